import { render } from 'preact';
import '../../assets/sidebar.css';
import '../../assets/day.css';
import { SHOW_DAY_KEY } from '../../lib/model/messages';
import { browser } from 'wxt/browser';
import { createPanelShell } from '../../lib/state/panel-shell';
import { applyTheme } from '../../lib/state/theme';
import { App } from './App';
import { followActiveTab } from './follow-tab';

// The first render needs neither Dexie nor the writes: they load beside it (panel-shell.ts).
const { store, recent, safety, day, live } = createPanelShell(() => import('./live').then((m) => m.connect()));
applyTheme(document.documentElement, store.getState().settings.theme);
store.subscribe((state, previous) => {
  if (state.settings.theme !== previous.settings.theme) applyTheme(document.documentElement, state.settings.theme);
});
// Staleness and speed to lead are measured against a clock that moves while the panel is open.
setInterval(() => store.actions.tick(), 30_000);
const root = document.getElementById('app')!;

let openRecord: (key: string, url: string) => void = () => {};
render(<App store={store} recent={recent} safety={safety} day={day} dayRequests={dayRequests()} onOpenRecord={(key, url) => openRecord(key, url)} />, root);

followActiveTab({
  record: (page, url) => void store.actions.showPage(page, url),
  prefetch: (key) => store.actions.prefetch(key),
}).then(
  (follower) => {
    openRecord = (key, url) => void follower.openRecord(key, url);
  },
  (error: unknown) => {
    root.textContent = error instanceof Error ? error.message : String(error);
  },
);
live.catch((error: unknown) => {
  root.textContent = `Closeward could not open its data: ${error instanceof Error ? error.message : String(error)}`;
});

// Closing the panel right after an edit keeps the edit.
addEventListener('pagehide', () => void store.actions.flush());
// An edit that could be neither written nor kept for later (the disk is full): ask before leaving.
addEventListener('beforeunload', (event) => {
  if (store.actions.unsafeToLeave()) event.preventDefault();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void store.actions.flush();
});

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
