import { browser } from 'wxt/browser';
import { tabMessageListener } from '../../lib/messaging/receive';
import { PANEL_PORT, TAB_KEY_PREFIX, tabKey } from '../../lib/model/messages';
import { RecordPage } from '../../lib/model/record';
import type { FirstLook } from '../../lib/state/kept-day-view';

export interface TabFollower {
  windowId: number;
  /** Brings the tab already showing `key` to the front, or opens `url` in a new tab. */
  openRecord(key: string, url: string): Promise<void>;
}

export interface FollowHandlers {
  record(page: RecordPage | null, url: string): void;
  prefetch(key: string): void;
}

/**
 * How long the card of a page that is going away stays, waiting for the next page's report; a
 * page no content script runs on is cleared from storage.session by the background sooner.
 */
export const LEAVING_GRACE_MS = 1500;

/** How many direct messages wait for their echo at most (a storage write always follows each). */
const ECHOES_MAX = 50;

const sameRecord = (a: RecordPage | null, b: RecordPage | null) => a?.key === b?.key && a?.name === b?.name;

const pageIn = (value: unknown): RecordPage | null => {
  const parsed = RecordPage.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/**
 * Keeps the panel on the record of its window's active tab. The tab's content script tells us
 * straight away when the tab's record changes (the fastest path); `storage.session` (kept by the
 * background) answers when the panel opens or the rep switches tabs, and says when a tab left
 * for a page without a content script.
 */
export async function followActiveTab(handlers: FollowHandlers, options: { first?: Promise<FirstLook | undefined> | undefined } = {}): Promise<TabFollower> {
  // The page's first look (entrypoints/first-paint.ts) asked before this code had loaded.
  const first = await options.first?.catch(() => undefined);
  const windowId = first?.windowId ?? (await browser.windows.getCurrent()).id!;
  let activeTabId: number | undefined;
  // Bumped by every newer word on the active tab: a slower read for an older one is dropped.
  let generation = 0;
  // What each tab of this window shows, as its content script last told us directly: a switch
  // to a tab shows its record at once, without reading storage.
  const known = new Map<number, { page: RecordPage | null; url: string }>();
  // Per tab, what its content script told us directly and storage.session has not echoed yet
  // (the background writes each message there a moment later, in the same order).
  const echoes = new Map<number, (RecordPage | null)[]>();

  // The active tab's page is going away: the no-record view waits for the next page this long.
  let leaving: ReturnType<typeof setTimeout> | undefined;

  /** Shows the record of `tabId`, now the active tab; `shown`: the page already shown for it, not shown again. */
  async function follow(tabId: number, shown?: RecordPage | null): Promise<void> {
    activeTabId = tabId;
    clearTimeout(leaving);
    const mine = ++generation;
    const cached = known.get(tabId);
    if (cached) {
      handlers.record(cached.page, cached.url);
      return;
    }
    const key = tabKey(tabId);
    const [stored, tab] = await Promise.all([browser.storage.session.get(key), browser.tabs.get(tabId).catch(() => undefined)]);
    const page = pageIn(stored[key]);
    if (mine === generation && (shown === undefined || !sameRecord(page, shown))) handlers.record(page, tab?.url ?? '');
  }

  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) void follow(info.tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    known.delete(tabId);
    echoes.delete(tabId);
  });
  browser.runtime.onMessage.addListener(
    tabMessageListener(browser.runtime.id, {
      page: (message, tab) => {
        if (tab.windowId !== windowId && tab.id !== activeTabId) return;
        known.set(tab.id, { page: message.page, url: message.url });
        const pending = echoes.get(tab.id) ?? [];
        pending.push(message.page);
        if (pending.length > ECHOES_MAX) pending.shift();
        echoes.set(tab.id, pending);
        if (tab.id !== activeTabId) {
          // Another tab of the window: its record is read ahead, for a switch to it.
          if (message.page) handlers.prefetch(message.page.key);
          return;
        }
        const mine = ++generation;
        clearTimeout(leaving);
        if (message.leaving) {
          // The page is going away: its card stays until the next page reports (a record or
          // none), instead of the day view showing for the moment in between.
          leaving = setTimeout(() => mine === generation && handlers.record(null, message.url), LEAVING_GRACE_MS);
          return;
        }
        handlers.record(message.page, message.url);
      },
      prefetch: (message, tab) => {
        if (tab.id === activeTabId) handlers.prefetch(message.key);
      },
    }),
  );
  // A change to a tab's entry is either the echo of a message we had already (then it and
  // everything before it are done with: an older value must not come back), or news we did not
  // get directly: the background cleared the tab, or a message was missed.
  browser.storage.session.onChanged.addListener((changes) => {
    for (const [name, change] of Object.entries(changes)) {
      if (!name.startsWith(TAB_KEY_PREFIX)) continue;
      const tabId = Number(name.slice(TAB_KEY_PREFIX.length));
      const page = pageIn(change.newValue);
      const pending = echoes.get(tabId) ?? [];
      const echo = pending.findIndex((told) => sameRecord(told, page));
      if (echo >= 0) {
        pending.splice(0, echo + 1);
        continue;
      }
      echoes.delete(tabId);
      known.delete(tabId);
      if (tabId !== activeTabId) continue;
      if (page) void follow(tabId);
      else {
        generation++;
        handlers.record(null, '');
      }
    }
  });

  // While open, the panel keeps a port to the background: the keyboard command then closes it.
  // (Firefox's own command toggles its sidebar: no port needed there.)
  const connect = () => browser.runtime.connect({ name: `${PANEL_PORT}:${windowId}` }).onDisconnect.addListener(() => setTimeout(connect, 1000));
  if (browser.sidePanel) connect();

  /** Follows the window's active tab, unless it is `shown`'s and shows `shown.page` still. */
  async function followActive(shown?: { tabId: number; page: RecordPage | null }): Promise<void> {
    const [active] = await browser.tabs.query({ active: true, windowId });
    if (active?.id === undefined) return;
    // The tab followed now has reported since (a record, or that its page is going away): that
    // report is newer than anything read here.
    if (active.id === activeTabId && known.has(active.id)) return;
    await follow(active.id, active.id === shown?.tabId ? shown.page : undefined);
  }
  if (first) {
    // What the first look found is shown at once; then the active tab is asked for again, as
    // the rep may have switched tabs, or the tab reported, between that look and the listeners.
    activeTabId = first.tabId;
    const page = pageIn(first.stored);
    handlers.record(page, first.url);
    // A failure here leaves what the first look showed; the listeners above go on.
    followActive({ tabId: first.tabId, page }).catch(() => undefined);
  } else await followActive();

  return {
    windowId,
    async openRecord(key, url) {
      const all = await browser.storage.session.get(null);
      const tabIds = Object.entries(all)
        .filter(([k, v]) => k.startsWith(TAB_KEY_PREFIX) && pageIn(v)?.key === key)
        .map(([k]) => Number(k.slice(TAB_KEY_PREFIX.length)));
      for (const tabId of tabIds) {
        const tab = await browser.tabs.get(tabId).catch(() => undefined);
        if (!tab?.id) continue;
        await browser.tabs.update(tab.id, { active: true });
        if (tab.windowId !== windowId) await browser.windows.update(tab.windowId!, { focused: true });
        return;
      }
      if (/^https?:\/\//.test(url)) await browser.tabs.create({ url, windowId });
    },
  };
}
