import { render } from 'preact';
import '../../assets/sidebar.css';
import '../../assets/day.css';
import { SHOW_DAY_KEY } from '../../lib/model/messages';
import { browser } from 'wxt/browser';
import { browserTimeZone } from '../../lib/model/zoned-day';
import { dayPicture, FIRST_LOOK_GLOBAL, keepDayView, type FirstLook } from '../../lib/state/kept-day-view';
import { createPanelShell } from '../../lib/state/panel-shell';
import { applyTheme, type ThemeChoice } from '../../lib/state/theme';
import { defaultStorage } from '../../lib/state/web-storage';
import { App, loadRecordCard } from './App';
import { followActiveTab } from './follow-tab';

/** How long the first render waits for a record's tab's record and card code; then it draws what the store holds. */
const FIRST_RECORD_WAIT_MS = 400;

const root = document.getElementById('app')!;
// From here on the page's first paint (entrypoints/first-paint.ts) leaves the panel to this code.
root.dataset.live = '';

// The first render needs neither Dexie nor the writes: they load beside it (panel-shell.ts).
const { store, recent, safety, day, live } = createPanelShell(() => import('./live').then((m) => m.connect()));
// The theme follows the settings once they are read; until then the page keeps the one the
// first paint set with its picture, or the system's.
let theme: ThemeChoice | undefined;
store.subscribe((state) => {
  if (!state.settingsRead || state.settings.theme === theme) return;
  theme = state.settings.theme;
  applyTheme(document.documentElement, theme);
});
// Staleness and speed to lead are measured against a clock that moves while the panel is open.
setInterval(() => store.actions.tick(), 30_000);

/** The panel's code has drawn it (until then what is up is the first paint's picture, or nothing). */
let rendered = false;
/** Says why the panel cannot work, in place of anything it shows; the first render does not come after it. */
let failure: string | undefined;
function fail(message: string) {
  failure = message;
  root.inert = false;
  root.textContent = message;
}

let openRecord: (key: string, url: string) => void = () => {};
// The first render waits until the panel knows whether the active tab shows a record, and if so
// until the store has it and the card's code is in, so a record's tab does not show the day
// view first.
let latestIsRecord = false;
/** Ends the wait for the first record early: the active tab turned out to show none. */
let noRecordAfterAll: (() => void) | undefined;
const located = followActiveTab(
  {
    record: (page, url) => {
      // The card's code starts loading with the first record (it loads once).
      if (page) void loadRecordCard().catch(() => undefined);
      latestIsRecord = page !== null;
      if (!page) noRecordAfterAll?.();
      void store.actions.showPage(page, url);
    },
    prefetch: (key) => store.actions.prefetch(key),
  },
  { first: (globalThis as { [FIRST_LOOK_GLOBAL]?: Promise<FirstLook | undefined> })[FIRST_LOOK_GLOBAL] },
);
located.then(
  (follower) => {
    openRecord = (key, url) => void follower.openRecord(key, url);
  },
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
);
void located.then(
  async () => {
    await firstRecordShown();
    if (failure !== undefined) return;
    // The kept picture, if it is up, goes in the same task as the live view comes: nothing blank
    // is painted. The live view then draws the whole day at once, as the picture did.
    const pictured = root.inert;
    root.replaceChildren();
    root.inert = false;
    rendered = true;
    render(
      <App
        store={store}
        recent={recent}
        safety={safety}
        day={day}
        dayRequests={dayRequests()}
        onOpenRecord={(key, url) => openRecord(key, url)}
        wholeDayAtOnce={pictured}
      />,
      root,
    );
  },
  () => undefined,
);

/**
 * Settles once the store shows a record and the card's code is in, or the active tab turns out
 * to show none after all, or after FIRST_RECORD_WAIT_MS.
 */
function firstRecordShown(): Promise<void> {
  if (!latestIsRecord) return Promise.resolve();
  const shown = new Promise<void>((resolve) => {
    if (store.getState().page) return resolve();
    const stop = store.subscribe((state) => {
      if (state.page) {
        stop();
        resolve();
      }
    });
  });
  return Promise.race([
    Promise.all([shown, loadRecordCard().catch(() => undefined)]).then(() => undefined),
    new Promise<void>((resolve) => {
      noRecordAfterAll = resolve;
      setTimeout(resolve, FIRST_RECORD_WAIT_MS);
    }),
  ]);
}
live.catch((error: unknown) => fail(`Closeward could not open its data: ${error instanceof Error ? error.message : String(error)}`));

// Closing the panel right after an edit keeps the edit.
addEventListener('pagehide', () => {
  void store.actions.flush();
  keepView();
});
// An edit that could be neither written nor kept for later (the disk is full): ask before leaving.
addEventListener('beforeunload', (event) => {
  if (store.actions.unsafeToLeave()) event.preventDefault();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') {
    void store.actions.flush();
    keepView();
  }
});

/**
 * Keeps the picture of the rep's day the panel shows (dayPicture), for the first paint of the
 * next opening today, or forgets the last one if it shows something else. Not before the panel
 * has drawn (what is up is the last picture still), nor while an edit waits for room to be
 * written: the room is the edit's.
 */
function keepView() {
  if (!rendered || root.inert || failure !== undefined) return;
  const html = store.actions.unsafeToLeave() ? '' : dayPicture(root);
  keepDayView(
    defaultStorage(),
    { build: browser.runtime.getManifest().version, timeZone: browserTimeZone(), theme: document.documentElement.dataset.theme ?? '', html },
    Date.now(),
  );
}

/** The reminder's notification asks (through storage.session) to show the rep's day. */
function dayRequests() {
  return {
    subscribe(listener: () => void) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
        if (changes[SHOW_DAY_KEY]?.newValue) listener();
      };
      browser.storage.session.onChanged.addListener(onChanged);
      void browser.storage.session.get(SHOW_DAY_KEY).then((stored) => {
        if (stored[SHOW_DAY_KEY]) {
          listener();
          void browser.storage.session.remove(SHOW_DAY_KEY);
        }
      });
      return () => browser.storage.session.onChanged.removeListener(onChanged);
    },
  };
}
