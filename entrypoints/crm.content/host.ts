import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { recognize } from '../../lib/crm/index';
import { hostMatches } from '../../lib/crm/hosts';
import { adapterById, ADAPTERS } from '../../lib/crm/registry';
import type { RecordPage } from '../../lib/model/record';
import { SIDEBAR_PORT, type CrmId } from '../../lib/model/vocabulary';
import type { FrameMessage, HostMessage } from '../../lib/model/messages';
import { createFrame, type Frame } from './frame';
import { watchNavigation } from './navigation';
import { readNameFromDom } from './name';

type Port = ReturnType<typeof browser.runtime.connect>;

/** Custom domains the rep added in the options page: host pattern → CRM. */
async function customCrmFor(host: string): Promise<CrmId | undefined> {
  if (ADAPTERS.some((a) => a.hosts.some((p) => hostMatches(p, host)))) return undefined;
  const { customDomains } = await browser.storage.local.get('customDomains');
  const list = Array.isArray(customDomains) ? (customDomains as { host: string; crm: CrmId }[]) : [];
  return list.find((d) => hostMatches(d.host, host))?.crm;
}

export function mountHost(ctx: ContentScriptContext): void {
  const ports = new Set<Port>();
  let frame: Frame | undefined;
  let page: RecordPage | null = null;
  let crm: CrmId | undefined;

  const sidebarUrl = browser.runtime.getURL('/sidebar.html');
  const send = (message: HostMessage) => ports.forEach((p) => p.postMessage(message));

  function current(): RecordPage | null {
    const found = recognize({ url: location.href, title: document.title, crm });
    if (found && !found.name) {
      const name = readNameFromDom(adapterById.get(found.crm)?.nameSelectors);
      if (name) found.name = name;
    }
    return found;
  }

  function update(): void {
    const next = current();
    if (!next) {
      frame?.remove();
      frame = undefined;
      page = null;
      return;
    }
    frame ??= createFrame(sidebarUrl, (collapsed) => send({ type: 'layout', collapsed }));
    frame.describe(next);
    if (next.key !== page?.key || next.name !== page?.name) {
      page = next;
      send({ type: 'record', page, url: location.href });
    }
  }

  // Only frames of our own extension can open this port: the page cannot reach it.
  const onConnect = (port: Port) => {
    if (port.name !== SIDEBAR_PORT || port.sender?.id !== browser.runtime.id) return;
    if (!port.sender?.url?.startsWith(sidebarUrl)) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((message: FrameMessage) => {
      if (message?.type === 'ready') {
        port.postMessage({ type: 'record', page, url: location.href } satisfies HostMessage);
        if (frame) port.postMessage({ type: 'layout', collapsed: frame.collapsed } satisfies HostMessage);
      } else if (message?.type === 'setCollapsed' && typeof message.collapsed === 'boolean') {
        frame?.setCollapsed(message.collapsed);
      }
    });
  };
  browser.runtime.onConnect.addListener(onConnect);

  const onCommand = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    if ((message as { type?: string })?.type === 'toggleSidebar') frame?.setCollapsed(!frame.collapsed);
  };
  browser.runtime.onMessage.addListener(onCommand);

  ctx.onInvalidated(() => {
    browser.runtime.onConnect.removeListener(onConnect);
    browser.runtime.onMessage.removeListener(onCommand);
    frame?.remove();
  });

  const start = () => {
    update();
    watchNavigation(ctx, update);
  };
  if (recognize({ url: location.href }) || ADAPTERS.some((a) => a.hosts.some((p) => hostMatches(p, location.hostname)))) {
    start();
  } else {
    // A custom domain: which CRM it runs is the rep's choice, kept in extension storage.
    void customCrmFor(location.hostname).then((chosen) => {
      crm = chosen;
      if (crm) start();
    });
  }
}
