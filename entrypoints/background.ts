import { browser } from 'wxt/browser';
import { onAlarm, scheduleDayTurn, updateBadge, watchBadge } from '../lib/background/badge';
import { BACKUP_ALARM, dailyBackup, scheduleDailyBackup } from '../lib/background/daily-backup';
import { isReminderNotification, scheduleReminder } from '../lib/background/reminder';
import { forgetTab, setTabRecord, toolbarAction } from '../lib/background/tab-records';
import { db } from '../lib/db/database';
import { syncCustomDomains } from '../lib/domains/custom-domains';
import { tabMessageListener } from '../lib/messaging/receive';
import { SHOW_DAY_KEY } from '../lib/model/messages';
import { panelToggle } from '../lib/background/panel-toggle';

/** The keyboard command that opens (and, where the browser allows, closes) the panel. */
const TOGGLE_PANEL = 'toggle-panel';

type SidePanelApi = typeof browser.sidePanel & { close?: (options: { windowId: number }) => Promise<void> };
type SidebarActionApi = { toggle(): Promise<void> };

export default defineBackground(() => {
  const sidePanel = browser.sidePanel as SidePanelApi | undefined;
  const sidebarAction = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;

  // Chrome and Edge: the toolbar icon opens the panel. Firefox: it toggles the sidebar.
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  if (!sidePanel && sidebarAction) toolbarAction()?.onClicked.addListener(() => void sidebarAction.toggle());

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    void syncCustomDomains();
  });
  browser.runtime.onStartup.addListener(() => void syncCustomDomains());

  // The badge: follow-ups overdue or due today. Counted again on every wake, at every write
  // while awake, and at the day's turn (an alarm: the worker may sleep through midnight).
  const database = db();
  void updateBadge(database);
  void scheduleDayTurn();
  void scheduleReminder();
  watchBadge(database);
  void scheduleDailyBackup();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BACKUP_ALARM) void dailyBackup(database).catch(() => undefined);
    else void onAlarm(alarm.name, database);
  });
  // The reminder's notification opens the panel on the rep's day.
  browser.notifications?.onClicked.addListener((id) => {
    if (!isReminderNotification(id)) return;
    void browser.storage.session.set({ [SHOW_DAY_KEY]: Date.now() });
    void browser.windows.getLastFocused().then((window) => {
      if (window.id === undefined) return;
      void browser.windows.update(window.id, { focused: true });
      if (sidePanel) void sidePanel.open({ windowId: window.id }).catch(() => undefined);
      else void (sidebarAction as unknown as { open?: () => Promise<void> } | undefined)?.open?.().catch(() => undefined);
    });
  });
  browser.permissions.onRemoved.addListener(() => void syncCustomDomains());

  // Each tab's record, as its content script reports it.
  browser.runtime.onMessage.addListener(
    tabMessageListener(browser.runtime.id, {
      page: (message, tab) => void setTabRecord(tab.id, message.page),
    }),
  );
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A tab that starts loading a page we have no access to shows no record (no content script
  // of ours runs there to say so). Pages we can read report for themselves.
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'loading' && !tab.url) void setTabRecord(tabId, null);
  });

  // Alt+Shift+K: opens the window's panel, or closes it where the browser can (Chrome 141+).
  if (sidePanel) {
    const panels = panelToggle(sidePanel, browser.runtime.id);
    browser.runtime.onConnect.addListener((port) => panels.onConnect(port));
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === TOGGLE_PANEL && tab?.windowId !== undefined) panels.toggle(tab.windowId);
    });
  }
});
