// The parts of Firefox's own window a rep uses to open Closeward: the toolbar button and the
// keyboard shortcut. Events are trusted ones, sent with Firefox's own automation helpers in
// the browser window (WebDriver BiDi's input commands refuse chrome-scope contexts).
import type { FirefoxPanel } from './panel';

/** Firefox's widget id for the add-on closeward@closeward.app. */
const WIDGET = 'closeward_closeward_app';

const EVENT_UTILS = `const events = { window, parent: window, _EU_Ci: Ci, _EU_Cc: Cc };
  Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', events);`;

/** Whether the window's sidebar is open on Closeward. */
export async function sidebarOpen(panel: FirefoxPanel): Promise<boolean> {
  const state = await panel.chrome(await panel.windowContext(), `SidebarController.isOpen && SidebarController.currentID === '${WIDGET}-sidebar-action'`);
  return state === true;
}

/**
 * Clicks Closeward's toolbar button. New add-ons start in the Extensions menu; the rep pins
 * the button to the toolbar (here: CustomizableUI, as the "Pin to Toolbar" item does).
 */
export async function clickToolbarButton(panel: FirefoxPanel): Promise<void> {
  await panel.chrome(
    await panel.windowContext(),
    `(() => {
      CustomizableUI.addWidgetToArea('${WIDGET}-browser-action', CustomizableUI.AREA_NAVBAR);
      const button = document.getElementById('${WIDGET}-browser-action');
      ${EVENT_UTILS}
      events.synthesizeMouseAtCenter(button, {}, window);
      return true;
    })()`,
  );
}

/** Presses a key with modifiers in the browser window, focus on the page. */
export async function pressInWindow(panel: FirefoxPanel, key: string, modifiers: { altKey?: boolean; shiftKey?: boolean }): Promise<void> {
  await panel.chrome(
    await panel.windowContext(),
    `(() => {
      gBrowser.selectedBrowser.focus();
      ${EVENT_UTILS}
      events.synthesizeKey(${JSON.stringify(key)}, ${JSON.stringify(modifiers)}, window);
      return true;
    })()`,
  );
}
