import { browser } from 'wxt/browser';
import { HostMessage, SIDEBAR_PORT, type FrameMessage } from '../../lib/model/messages';

export interface HostConnection {
  send(message: FrameMessage): void;
}

/**
 * Opens the channel to the content script of the tab this frame sits in. Only our own
 * extension can open it (tabs.connect), so the CRM page can neither read what flows
 * here nor drive the sidebar: it has no postMessage path into this frame that we listen to.
 */
export async function connectToHost(onMessage: (message: HostMessage) => void): Promise<HostConnection> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('The sidebar must be opened inside a CRM tab.');
  const port = browser.tabs.connect(tab.id, { name: SIDEBAR_PORT, frameId: 0 });
  port.onMessage.addListener((raw: unknown) => {
    const parsed = HostMessage.safeParse(raw);
    if (parsed.success) onMessage(parsed.data);
  });
  const connection: HostConnection = { send: (message) => port.postMessage(message) };
  connection.send({ type: 'ready' });
  return connection;
}
