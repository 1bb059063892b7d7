import { browser } from 'wxt/browser';
import { syncCustomDomains } from '../lib/domains/custom-domains';

export default defineBackground(() => {
  // The keyboard command (rebindable at the browser's shortcuts page) toggles the sidebar.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'toggleSidebar' }).catch(() => undefined);
  });

  // Custom domains: keep registered content scripts in step with granted permissions.
  browser.runtime.onInstalled.addListener(() => void syncCustomDomains());
  browser.runtime.onStartup.addListener(() => void syncCustomDomains());
  browser.permissions.onRemoved.addListener(() => void syncCustomDomains());
});
