// The side panel's first look, a plain script at the top of its page that runs while the panel's
// code is still loading: it asks which tab is active and what that tab's record is, for the panel
// to go on from, and on a tab without a record paints the rep's day as the panel last drew it
// today (the page's stylesheet holds the first paint back until it is in, so nothing shows
// unstyled). The panel's code replaces that picture with the live view as soon as it runs
// (main.tsx).
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { namesRecord, tabKey } from '../lib/model/tab-key';
import { browserTimeZone } from '../lib/model/zoned-day';
import { DAY_SHOWN_MARK, FIRST_LOOK_GLOBAL, FIRST_LOOK_MARK, keptDayView, type FirstLook } from '../lib/state/kept-day-view';
import { defaultStorage } from '../lib/state/web-storage';

/** How long the picture may wait for the panel's code. */
const STUCK_MS = 10_000;

async function lookAtActiveTab(): Promise<FirstLook | undefined> {
  // Both at once: storage.session holds only the tabs' small entries (lib/background/tab-records.ts).
  const [[tab], all] = await Promise.all([browser.tabs.query({ active: true, currentWindow: true }), browser.storage.session.get(null)]);
  if (tab?.id === undefined || tab.windowId === undefined) return undefined;
  return { windowId: tab.windowId, tabId: tab.id, url: tab.url ?? '', stored: all[tabKey(tab.id)] };
}

export default defineUnlistedScript({
  // The bundle names no global (modules/content-scripts.ts starts main itself).
  globalName: false,
  main() {
    const look = lookAtActiveTab().then(
      (first) => {
        performance.mark(FIRST_LOOK_MARK, { detail: { record: namesRecord(first?.stored) } });
        return first;
      },
      () => undefined,
    );
    Object.assign(globalThis, { [FIRST_LOOK_GLOBAL]: look });
    const kept = keptDayView(defaultStorage(), browser.runtime.getManifest().version, browserTimeZone(), Date.now());
    if (!kept) return;
    void look.then((first) => {
      // The tab shows a record (or the browser could not say): nothing to paint.
      if (!first || namesRecord(first.stored)) return;
      const paint = () => {
        const root = document.getElementById('app');
        // Not parsed that far yet, or the panel's code ran first (it marks the root).
        if (!root || root.dataset.live !== undefined) return false;
        if (kept.theme) document.documentElement.dataset.theme = kept.theme;
        // A picture, not the view: it takes no input until the panel's code replaces it. The
        // markup is the panel's own DOM as the browser serialized it (what came from a CRM page
        // is text in it); parsed in a document of its own, where nothing runs, then moved here.
        root.inert = true;
        root.replaceChildren(...new DOMParser().parseFromString(kept.html, 'text/html').body.childNodes);
        performance.mark(DAY_SHOWN_MARK, { detail: { kept: true } });
        // The panel's code never came (it failed to load): a picture that takes no input is no use.
        setTimeout(() => {
          if (root.dataset.live !== undefined) return;
          root.inert = false;
          root.textContent = 'Closeward could not start. Close the panel and open it again.';
        }, STUCK_MS);
        return true;
      };
      // The answer may come before the parser has reached the panel's root; the page is parsed
      // (readyState "interactive") before the panel's code runs.
      if (!paint() && document.readyState === 'loading') document.addEventListener('readystatechange', () => void paint(), { once: true });
    });
  },
});
