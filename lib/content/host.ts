import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageFrom } from '../crm/core';
import type { CrmAdapter } from '../crm/types';
import type { RecordPage } from '../model/record';
import { SIDEBAR_PORT } from '../model/vocabulary';
import type { FrameMessage, HostMessage } from '../model/messages';
import { createFrame, type Frame } from './frame';
import { watchNavigation } from './navigation';
import { readNameFromDom } from './name';

type Port = ReturnType<typeof browser.runtime.connect>;

/**
 * The record this page shows, read with the one adapter this content script carries.
 * `title` is undefined while it still belongs to the previous route; `readDom` is false at
 * the moment the route changes, when the page has not re-rendered the new record yet.
 */
function currentPage(adapter: CrmAdapter, url: string, title: string | undefined, readDom: boolean): RecordPage | null {
  let page: RecordPage | null = null;
  try {
    page = pageFrom(adapter, new URL(url), title);
  } catch {
    return null;
  }
  if (page && !page.name && readDom) {
    const name = readNameFromDom(adapter.nameSelectors);
    if (name) page.name = name;
  }
  return page;
}

/**
 * Runs in the CRM tab: recognizes the page, keeps `#closeward-root` and the sidebar frame in
 * step with in-app navigation, and answers the sidebar frame over an extension-only port.
 */
export function mountHost(ctx: ContentScriptContext, adapter: CrmAdapter): void {
  const ports = new Set<Port>();
  let frame: Frame | undefined;
  let page: RecordPage | null = null;

  const sidebarUrl = browser.runtime.getURL('/sidebar.html');
  // Each frame's lane, once it took it: a MessagePort straight to the frame's window, which
  // skips the browser's routing of extension messages (busy with the page's own navigation at
  // the moment a record switch is sent). The extension's port stays for everything else.
  const lanes = new Map<Port, MessagePort>();
  // Messages may overtake each other across the two channels: the frame keeps the newest.
  let seq = 0;
  const numbered = (message: HostMessage): HostMessage => (message.type === 'prefetch' ? message : { ...message, seq: ++seq });
  const send = (message: HostMessage) => {
    const out = numbered(message);
    ports.forEach((p) => (lanes.get(p) ?? p).postMessage(out));
  };

  // The title seen when the URL last changed: a title equal to it after a route change
  // still names the previous record.
  let routeUrl = location.href;
  let routeTitle = document.title;
  let titleStale = false;

  function update(url: string = location.href): void {
    const title = document.title;
    const routeChanged = url !== routeUrl;
    if (routeChanged) {
      titleStale = title === routeTitle;
      routeUrl = url;
    } else if (title !== routeTitle) {
      titleStale = false;
    }
    routeTitle = title;
    const next = currentPage(adapter, url, titleStale ? undefined : title, !routeChanged);
    if (!next) {
      frame?.remove();
      frame = undefined;
      page = null;
      return;
    }
    frame ??= createFrame(sidebarUrl, (collapsed) => send({ type: 'layout', collapsed }));
    frame.describe(next);
    if (next.key !== page?.key || next.name !== page?.name) {
      const switched = next.key !== page?.key;
      page = next;
      send({ type: 'record', page, url });
      if (switched && !next.name) for (const delay of NAME_RETRY_MS) ctx.setTimeout(() => page?.key === next.key && !page.name && update(), delay);
    }
  }

  // Only pages of our own extension can open this port. A page can embed its own copy of
  // sidebar.html (web-accessible; in Chromium the extension id is public): that copy gets what
  // ours gets, which the page cannot read (another origin), and can collapse ours, which the
  // page could do anyway through #closeward-root. It never gets a lane (our frame ignores its
  // nonce).
  const onConnect = (port: Port) => {
    if (port.name !== SIDEBAR_PORT || port.sender?.id !== browser.runtime.id) return;
    if (!port.sender?.url?.startsWith(sidebarUrl)) return;
    ports.add(port);
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      lanes.get(port)?.close();
      lanes.delete(port);
    });
    port.onMessage.addListener((message: FrameMessage) => {
      if (message?.type === 'ready') {
        port.postMessage(numbered({ type: 'record', page, url: location.href }));
        if (frame) port.postMessage(numbered({ type: 'layout', collapsed: frame.collapsed }));
        if (typeof message.lane === 'string' && frame) openLane(port, message.lane, frame);
      } else if (message?.type === 'setCollapsed' && typeof message.collapsed === 'boolean') {
        frame?.setCollapsed(message.collapsed);
      }
    });
  };
  browser.runtime.onConnect.addListener(onConnect);

  // The frame asked for a lane with a nonce over its port (only our frames can open one): the
  // port for it goes to the frame's window alone, with the nonce. Used from the frame's
  // answer on it; a frame that never answers (say, a browser that cannot pass the port) keeps
  // the extension's port.
  function openLane(port: Port, nonce: string, into: Frame): void {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => {
      if ((event.data as FrameMessage | undefined)?.type === 'laneOpen' && ports.has(port)) lanes.set(port, channel.port1);
    };
    try {
      if (!into.offerLane(nonce, channel.port2)) channel.port1.close();
    } catch {
      channel.port1.close();
    }
    // An offer nobody took (a frame that cannot take it, or a copy of the sidebar the page
    // embedded, whose nonce our frame ignores) is closed.
    ctx.setTimeout(() => lanes.get(port) === channel.port1 || channel.port1.close(), LANE_OFFER_MS);
  }

  const onCommand = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    if ((message as { type?: string })?.type === 'toggleSidebar') frame?.setCollapsed(!frame.collapsed);
  };
  browser.runtime.onMessage.addListener(onCommand);

  // A link to another record that the pointer rests on (or the keyboard focuses) for
  // PREFETCH_DWELL_MS: the frame reads that record ahead, so a click on it shows the record
  // without waiting for the database. Trusted events only (page scripts cannot make the
  // frame read anything); one message per link, nothing while no frame listens.
  let dwelling: { href: string; timer: number } | undefined;
  let announced = { href: '', at: 0 };
  const onHover = (event: PointerEvent | FocusEvent) => {
    if (!event.isTrusted || ports.size === 0) return;
    const href = linkIn(event)?.href ?? '';
    if (href === dwelling?.href) return;
    if (dwelling) clearTimeout(dwelling.timer);
    dwelling = undefined;
    // The same link again soon (the pointer crossing its icon and its text): said already.
    if (!href || (href === announced.href && Date.now() - announced.at < PREFETCH_REPEAT_MS)) return;
    const timer = ctx.setTimeout(() => {
      dwelling = undefined;
      announced = { href, at: Date.now() };
      const target = currentPage(adapter, href, undefined, false);
      if (target && target.key !== page?.key) send({ type: 'prefetch', key: target.key });
    }, PREFETCH_DWELL_MS);
    dwelling = { href, timer };
  };
  ctx.addEventListener(document, 'pointerover', onHover, { capture: true, passive: true });
  ctx.addEventListener(document, 'focusin', onHover, { capture: true, passive: true });

  ctx.onInvalidated(() => {
    lanes.forEach((lane) => lane.close());
    lanes.clear();
    browser.runtime.onConnect.removeListener(onConnect);
    browser.runtime.onMessage.removeListener(onCommand);
    frame?.remove();
  });

  update();
  watchNavigation(ctx, update);
}

/** An offered lane that no frame took within this long is closed. */
const LANE_OFFER_MS = 10_000;

/** How long the pointer rests on a record's link before the frame reads that record ahead. */
export const PREFETCH_DWELL_MS = 40;
/** A link announced this recently is not announced again (the frame keeps the read longer). */
const PREFETCH_REPEAT_MS = 2000;

/** The link an event happened in, looking through open shadow roots (closed ones hide theirs). */
function linkIn(event: Event): HTMLAnchorElement | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLAnchorElement) return node.href ? node : undefined;
    if (node === document.body) break;
  }
  return undefined;
}

/**
 * CRMs that keep the name out of the title render it some time after the route changes:
 * look again a few times (each look is a few querySelector calls).
 */
const NAME_RETRY_MS = [300, 1000, 3000];
