import { createStore, type StoreApi } from 'zustand/vanilla';
import { DB_NAME } from '../db/names';
import { openExisting, readRecordFrom, readSettingsFrom } from '../db/record-read';
import { recordFromPage } from '../db/records';
import type { CriterionState } from '../model/checklist';
import type { RecordPage } from '../model/record';
import { browserTimeZone } from '../model/zoned-day';
import { initialDayState, type DayActions, type DayState, type DayStore } from './day-state';
import type { DayStoreOptions } from './day-state';

import { initialRecentState, type RecentState, type RecentStore } from './recent-state';
import { initialSafetyState, type SafetyState, type SafetyStore } from './safety-state';
import { initialSidebarState, type SidebarActions, type SidebarState, type SidebarStore } from './sidebar-state';
import { defaultStorage } from './web-storage';

/**
 * The side panel's stores as its first render needs them, before the database's code (Dexie,
 * the writes, the live queries: panel-live.ts) has loaded. Until then the shown record and the
 * settings are read with plain IndexedDB requests, the day comes from the copy kept today, and
 * what the rep does waits for the live stores; once they are in, each goes on from the state
 * shown, and every action is theirs.
 */
/** What the panel's stores become once the database's code has loaded (entrypoints/sidepanel/live.ts). */
export interface PanelLive {
  sidebar(state: StoreApi<SidebarState>): SidebarStore;
  day(state: StoreApi<DayState>, options: Pick<DayStoreOptions, 'cache' | 'timeZone' | 'clock'>): DayStore;
  recent(state: StoreApi<RecentState>): RecentStore;
  safety(state: StoreApi<SafetyState>): SafetyStore;
}

export interface PanelShell {
  store: SidebarStore;
  safety: SafetyStore;
  /** Makes the store of recent records (the day view owns it while shown). */
  recent(): RecentStore;
  /** Makes the day's store (the day view owns it while shown). */
  day(): DayStore;
  /** Settles once the live stores have taken over (rejects if their code could not load). */
  live: Promise<void>;
}

export interface ShellOptions {
  clock?: () => number;
  timeZone?: string;
  /** Where the day last read is kept (the panel's localStorage). */
  cache?: Storage | undefined;
  /** Opens the extension's database without Dexie, if it exists. */
  openDatabase?: () => Promise<IDBDatabase | undefined>;
}

export function createPanelShell(load: () => Promise<PanelLive>, options: ShellOptions = {}): PanelShell {
  const { clock = Date.now, timeZone = browserTimeZone(), cache = defaultStorage(), openDatabase = () => openExisting(DB_NAME) } = options;
  let connected: PanelLive | undefined;
  const loading = load().then((live) => {
    connected = live;
    return live;
  });
  // What cannot load is reported once, through `live`.
  loading.catch(() => undefined);

  // The record and settings, read ahead of the live stores on a connection of our own.
  let connection: Promise<IDBDatabase | undefined> | undefined;
  const ownConnection = () => (connection ??= openDatabase().catch(() => undefined));

  const sidebar = createStore<SidebarState>(() => initialSidebarState(clock()));
  /** The page asked for last, shown by the live store when it takes over. */
  let latest: { page: RecordPage | null; url: string } | undefined;
  let liveSidebar: SidebarStore | undefined;

  async function preview(page: RecordPage, url: string): Promise<void> {
    const own = await ownConnection();
    if (!own || liveSidebar) return;
    let shown: Partial<SidebarState>;
    try {
      const snapshot = await readRecordFrom(own, page.key);
      const provisional = recordFromPage(page, url, clock());
      const criteria: Record<string, CriterionState> = {};
      for (const row of snapshot.criteria) criteria[row.criterionId] = row;
      shown = {
        page,
        loaded: true,
        record: snapshot.record ?? (snapshot.visit ? { ...provisional, firstSeen: snapshot.visit.firstSeen } : provisional),
        criteria,
        stakeholders: snapshot.stakeholders,
        conversations: snapshot.conversations,
        followUps: snapshot.followUps,
        conversationDraft: undefined,
      };
    } catch {
      return; // An older schema or a closed connection: the live store reads it.
    }
    if (!liveSidebar && latest?.page?.key === page.key) sidebar.setState(shown);
  }

  void ownConnection()
    .then((own) => own && readSettingsFrom(own))
    .then(
      (settings) => settings && !liveSidebar && sidebar.setState({ settings, settingsRead: true }),
      () => undefined,
    );

  const sidebarLive = loading.then(async (live) => {
    liveSidebar = live.sidebar(sidebar);
    // The live store takes the page shown (its read returns the same rows, which keep their identity).
    // A failure there is the store's to show (its save error); the live store is in all the same.
    if (latest) await liveSidebar.actions.showPage(latest.page, latest.url).catch(() => undefined);
    void connection?.then((own) => own?.close());
    return liveSidebar;
  });
  /** An action run on the live store once it has shown the page the rep is on. */
  const later = forwarder(() => sidebarLive);

  const early: SidebarActions = {
    showPage(page, url) {
      if (liveSidebar) return liveSidebar.actions.showPage(page, url);
      latest = { page, url };
      if (page) return preview(page, url);
      sidebar.setState({ ...initialSidebarState(clock()), settings: sidebar.getState().settings, settingsRead: sidebar.getState().settingsRead });
      return Promise.resolve();
    },
    prefetch: () => undefined,
    editCriterion: later('editCriterion'),
    verifyCriterion: later('verifyCriterion'),
    editRecord: later('editRecord'),
    editStakeholder: later('editStakeholder'),
    addStakeholder: later('addStakeholder'),
    removeStakeholder: later('removeStakeholder'),
    logConversation: later('logConversation'),
    setConversationDraft: (conversationDraft) => sidebar.setState({ conversationDraft }),
    completeFollowUp: later('completeFollowUp'),
    setTheme: later('setTheme'),
    tick: (now = clock()) => sidebar.setState({ now }),
    flush: () => (liveSidebar ? liveSidebar.actions.flush() : Promise.resolve()),
    // Nothing was edited before the live store took over.
    unsafeToLeave: () => liveSidebar?.actions.unsafeToLeave() ?? false,
    dispose: () => void sidebarLive.then((live) => live.actions.dispose()),
  };
  // The live store puts its own actions here when it takes over.
  const store: SidebarStore = Object.assign(sidebar, { actions: early });

  /** Runs `attach` on the live stores now if they are in, else when they come (and not after `dropped`). */
  function whenLive<T>(attach: (live: PanelLive) => T, dropped: () => boolean): Promise<T> {
    if (connected) return Promise.resolve(attach(connected));
    return loading.then((live) => {
      if (dropped()) throw new Error('dropped before the database was ready');
      return attach(live);
    });
  }

  const safetyState = createStore<SafetyState>(initialSafetyState);
  // The live store puts its own methods here when it takes over.
  const safety: SafetyStore = Object.assign(safetyState, {
    restore: () => safetyLive.then((live) => live.restore()),
    startAfresh: () => safetyLive.then((live) => live.startAfresh()),
    dispose: () => void safetyLive.then((live) => live.dispose()),
  });
  const safetyLive = whenLive(
    (live) => live.safety(safetyState),
    () => false,
  );
  safetyLive.catch(() => undefined);

  function recent(): RecentStore {
    const state = createStore<RecentState>(initialRecentState);
    let disposed = false;
    const store = Object.assign(state, {
      dispose() {
        disposed = true;
        void live.then(
          (l) => l.dispose(),
          () => undefined,
        );
      },
    });
    const live = whenLive(
      (l) => l.recent(state),
      () => disposed,
    );
    live.catch(() => undefined);
    return store;
  }

  function day(): DayStore {
    const state = createStore<DayState>(() => initialDayState(cache, timeZone, clock()));
    let disposed = false;
    const forward = forwarder(() => live);
    const actions: DayActions = {
      done: forward('done'),
      reschedule: forward('reschedule'),
      snooze: forward('snooze'),
      showMore: forward('showMore'),
      search: forward('search'),
      dispose() {
        disposed = true;
        void live.then(
          (l) => l.actions.dispose(),
          () => undefined,
        );
      },
    };
    // The live store puts its own actions here when it takes over.
    const store = Object.assign(state, { actions });
    const live = whenLive(
      (l) => l.day(state, { cache, timeZone, clock }),
      () => disposed,
    );
    live.catch(() => undefined);
    return store;
  }

  return { store, safety, recent, day, live: sidebarLive.then(() => undefined) };
}

/**
 * Makes stand-ins for a store's actions: each waits for the store that `ready()` gives and runs
 * its action of the same name there, in the order they were called.
 */
function forwarder<A extends object>(ready: () => Promise<{ actions: A }>) {
  return <K extends keyof A>(name: K): A[K] =>
    ((...args: unknown[]) => ready().then((live) => (live.actions[name] as (...a: unknown[]) => unknown)(...args))) as A[K];
}
