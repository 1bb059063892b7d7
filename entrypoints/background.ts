import { browser } from 'wxt/browser';

export default defineBackground(() => {
  // The keyboard command (rebindable at the browser's shortcuts page) toggles the sidebar.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'toggleSidebar' }).catch(() => undefined);
  });
});
