import { browser } from 'wxt/browser';
import { HostMessage, SIDEBAR_PORT, type FrameMessage } from '../../lib/model/messages';

export interface HostConnection {
  send(message: FrameMessage): void;
}

/**
 * Opens the channel to the content script of the tab this frame sits in. Only our own
 * extension can open it (tabs.connect), so the CRM page can neither read what flows
 * here nor drive the sidebar.
 *
 * The content script's messages may also come over a lane: with `ready` the frame sends a
 * fresh nonce over that port, and the content script hands this window a MessagePort with it
 * (a message event here, which the page's scripts never see). Only a port that comes with the
 * nonce is taken, one per connection. The page's scripts cannot even address this window (it
 * sits in a closed shadow root, outside window.frames); the nonce is a second lock. Messages
 * over the lane skip the browser's routing of extension messages.
 */
export async function connectToHost(onMessage: (message: HostMessage) => void): Promise<HostConnection> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('The sidebar must be opened inside a CRM tab.');
  const port = browser.tabs.connect(tab.id, { name: SIDEBAR_PORT, frameId: 0 });
  const receive = newestOnly(onMessage);
  port.onMessage.addListener(receive);

  const nonce = crypto.randomUUID();
  const takeLane = (event: MessageEvent) => {
    const data = event.data as { closewardLane?: unknown } | null;
    // The nonce is the lock: anything posted from the parent window's documents would pass the
    // source check, which only keeps other frames out.
    if (event.source !== window.parent || data?.closewardLane !== nonce || event.ports.length !== 1) return;
    removeEventListener('message', takeLane);
    const lane = event.ports[0]!;
    lane.onmessage = (message) => receive(message.data);
    lane.postMessage({ type: 'laneOpen' } satisfies FrameMessage);
    // Seen only inside this frame (tests and DevTools): the lane is in use.
    document.documentElement.dataset.hostLane = 'open';
    port.onDisconnect.addListener(() => lane.close());
  };
  addEventListener('message', takeLane);
  port.onDisconnect.addListener(() => removeEventListener('message', takeLane));

  const connection: HostConnection = { send: (message) => port.postMessage(message) };
  connection.send({ type: 'ready', lane: nonce });
  return connection;
}

/**
 * Checks each message and passes it on unless a newer one of its kind came first: the same
 * content script sends over two channels (its port, then the lane), and a message on the lane
 * can overtake one still on its way through the port.
 */
export function newestOnly(onMessage: (message: HostMessage) => void): (raw: unknown) => void {
  const newest = new Map<HostMessage['type'], number>();
  return (raw) => {
    const parsed = HostMessage.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if ('seq' in message && message.seq !== undefined) {
      if (message.seq <= (newest.get(message.type) ?? -Infinity)) return;
      newest.set(message.type, message.seq);
    }
    onMessage(message);
  };
}
