import { render } from 'preact';
import '../../assets/sidebar.css';
import '../../assets/day.css';
import { SHOW_DAY_KEY } from '../../lib/model/messages';
import { browser } from 'wxt/browser';
import { browserTimeZone } from '../../lib/model/zoned-day';
import { FIRST_LOOK_GLOBAL, keepDayView, type FirstLook } from '../../lib/state/kept-day-view';
import { createPanelShell } from '../../lib/state/panel-shell';
import { applyTheme } from '../../lib/state/theme';
import { defaultStorage } from '../../lib/state/web-storage';
import { App, loadRecordCard } from './App';
import { followActiveTab } from './follow-tab';

/** A record that takes longer than this to read is shown loading, rather than keeping the panel blank. */
const FIRST_RECORD_WAIT_MS = 400;

const root = document.getElementById('app')!;
// From here on the page's first paint (entrypoints/first-paint.ts) leaves the panel to this code.
root.dataset.live = '';

// The first render needs neither Dexie nor the writes: they load beside it (panel-shell.ts).
const { store, recent, safety, day, live } = createPanelShell(() => import('./live').then((m) => m.connect()));
// The theme is set once the settings are read (until then the page has the one the first paint
// set, or the system's).
store.subscribe((state, previous) => {
  if (state.settings !== previous.settings) applyTheme(document.documentElement, state.settings.theme);
});
// Staleness and speed to lead are measured against a clock that moves while the panel is open.
setInterval(() => store.actions.tick(), 30_000);

let openRecord: (key: string, url: string) => void = () => {};
// The first render waits until the panel knows whether the active tab shows a record, and if so
// until the store has it, so a record's tab does not show the day view first.
let onRecordTab = false;
const located = followActiveTab(
  {
    record: (page, url) => {
      if (page && !onRecordTab) {
        onRecordTab = true;
        void loadRecordCard().catch(() => undefined);
      }
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
  (error: unknown) => {
    root.textContent = error instanceof Error ? error.message : String(error);
  },
);
void located.then(
  async () => {
    if (onRecordTab) await storeHasPage();
    // The kept picture goes in the same task as the live view comes: nothing blank is painted.
    root.replaceChildren();
    root.inert = false;
    render(<App store={store} recent={recent} safety={safety} day={day} dayRequests={dayRequests()} onOpenRecord={(key, url) => openRecord(key, url)} />, root);
  },
  () => undefined,
);

/** Settles once the store shows a record (read first, so its card comes whole), or after FIRST_RECORD_WAIT_MS. */
function storeHasPage(): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().page) return resolve();
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(done, FIRST_RECORD_WAIT_MS);
    const stop = store.subscribe((state) => {
      if (state.page) done();
    });
  });
}
live.catch((error: unknown) => {
  root.textContent = `Closeward could not open its data: ${error instanceof Error ? error.message : String(error)}`;
});

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
 * Keeps what the panel shows, if it is the rep's day as the next opening shows it (no record,
 * nothing typed in the search box, the day read), for the first paint of the next opening today.
 */
function keepView() {
  const view = root.querySelector('.cw-no-record');
  const shown =
    view &&
    !view.querySelector('[data-testid="back-to-record"]') &&
    view.querySelector('.cw-day[data-loaded="true"]') &&
    !view.querySelector<HTMLInputElement>('input[type="search"]')?.value;
  keepDayView(
    defaultStorage(),
    {
      build: browser.runtime.getManifest().version,
      timeZone: browserTimeZone(),
      theme: document.documentElement.dataset.theme ?? '',
      html: shown ? root.innerHTML : '',
    },
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
