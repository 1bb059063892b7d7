import { browser } from 'wxt/browser';
import { tabMessageListener } from '../../lib/messaging/receive';
import { PANEL_PORT, TAB_KEY_PREFIX, tabKey } from '../../lib/model/messages';
import { RecordPage } from '../../lib/model/record';

export interface TabFollower {
  windowId: number;
  /** Brings the tab already showing `key` to the front, or opens `url` in a new tab. */
  openRecord(key: string, url: string): Promise<void>;
}

export interface FollowHandlers {
  record(page: RecordPage | null, url: string): void;
  prefetch(key: string): void;
}

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
export async function followActiveTab(handlers: FollowHandlers): Promise<TabFollower> {
  const windowId = (await browser.windows.getCurrent()).id!;
  let activeTabId: number | undefined;
  // Bumped by every newer word on the active tab: a slower read for an older one is dropped.
  let generation = 0;
  // What the active tab's content script told us directly, not yet seen again in storage.session
  // (the background writes each message there a moment later, in the same order).
  let echoes: (RecordPage | null)[] = [];

  async function follow(tabId: number): Promise<void> {
    activeTabId = tabId;
    echoes = [];
    const mine = ++generation;
    const key = tabKey(tabId);
    const [stored, tab] = await Promise.all([browser.storage.session.get(key), browser.tabs.get(tabId).catch(() => undefined)]);
    if (mine === generation) handlers.record(pageIn(stored[key]), tab?.url ?? '');
  }

  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) void follow(info.tabId);
  });
  browser.runtime.onMessage.addListener(
    tabMessageListener(browser.runtime.id, {
      page: (message, tab) => {
        if (tab.id !== activeTabId) return;
        generation++;
        echoes.push(message.page);
        if (echoes.length > ECHOES_MAX) echoes.shift();
        handlers.record(message.page, message.url);
      },
      prefetch: (message, tab) => {
        if (tab.id === activeTabId) handlers.prefetch(message.key);
      },
    }),
  );
  // A change to the active tab's entry is either the echo of a message shown already (then it
  // and everything before it are done with: an older value must not come back), or news the
  // panel did not get directly: the background cleared the tab, or a message was missed.
  browser.storage.session.onChanged.addListener((changes) => {
    if (activeTabId === undefined) return;
    const change = changes[tabKey(activeTabId)];
    if (!change) return;
    const page = pageIn(change.newValue);
    const echo = echoes.findIndex((shown) => sameRecord(shown, page));
    if (echo >= 0) {
      echoes.splice(0, echo + 1);
      return;
    }
    if (page) void follow(activeTabId);
    else {
      generation++;
      echoes = [];
      handlers.record(null, '');
    }
  });

  // While open, the panel keeps a port to the background: the keyboard command then closes it.
  // (Firefox's own command toggles its sidebar: no port needed there.)
  const connect = () => browser.runtime.connect({ name: `${PANEL_PORT}:${windowId}` }).onDisconnect.addListener(() => setTimeout(connect, 1000));
  if (browser.sidePanel) connect();

  const [active] = await browser.tabs.query({ active: true, windowId });
  if (active?.id !== undefined) await follow(active.id);

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
