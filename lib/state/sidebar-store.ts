import type { Subscription } from 'dexie';
import { createStore } from 'zustand/vanilla';
import { emptyCriterion, type CriterionFields, type CriterionState } from '../model/checklist';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { StakeholderFields } from '../model/stakeholder';
import type { RecordFields } from '../model/stored-record';
import type { RecordPage } from '../model/record';
import type { ClosewardDb } from '../db/database';
import { recordFromPage } from '../db/records';
import { noteVisit } from '../db/visits';
import type { StoredRecord } from '../model/stored-record';
import { Drafts } from './drafts';
import { createEditActions } from './edit-actions';
import { prefetchRecord, watchRecord, watchSettings, type RecordSnapshot } from './live-record';
import { describeSaveError, Saver } from './saver';
import type { SidebarActions, SidebarState, SidebarStore, StoreContext } from './sidebar-state';
import { replayLeftovers, takeLeftovers, UnsavedJournal } from './unsaved-journal';
import { createWorkflowActions } from './workflow-actions';

export type { EditOptions, SidebarActions, SidebarState, SidebarStore, StoreContext } from './sidebar-state';

export const SAVE_DEBOUNCE_MS = 250;

interface Visit {
  key: string;
  /** The latest page of this key (it may have gained its name meanwhile) and its URL. */
  page: RecordPage;
  url: string;
  started: boolean;
  done: Promise<void>;
}

export interface StoreOptions {
  now?: number;
  /** Where edits wait until written (localStorage); undefined turns the backstop off. */
  webStorage?: Storage | undefined;
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // Storage blocked by the browser's settings.
  }
}

export function createSidebarStore(database: ClosewardDb, { now = Date.now(), webStorage = defaultStorage() }: StoreOptions = {}): SidebarStore {
  const store = createStore<SidebarState>(() => ({
    page: null,
    record: undefined,
    criteria: {},
    stakeholders: [],
    conversations: [],
    followUps: [],
    settings: DEFAULT_SETTINGS,
    conversationDraft: undefined,
    now,
    loaded: false,
    saving: false,
    saveError: undefined,
    unjournaled: 0,
  }));
  const drafts = { criteria: new Drafts<CriterionFields>(), record: new Drafts<RecordFields>(), stakeholders: new Drafts<StakeholderFields>() };
  let snapshot: RecordSnapshot | undefined;
  // Shown for a record opened for the first time until its first write lands.
  let provisional: StoredRecord | undefined;
  let subscription: Subscription | undefined;
  const fail = (error: unknown) => store.setState({ saveError: describeSaveError(error) });
  // Writes refused for want of space are tried again; once they all land, the error goes.
  const saver = new Saver(SAVE_DEBOUNCE_MS, fail, (recovered) => store.setState(recovered ? { saving: false, saveError: undefined } : { saving: false }));

  /**
   * Lays drafts over the snapshot and publishes it. `arriving` is the page whose first read
   * just landed: it becomes the shown page in the same state change as its data, so a
   * record switch costs one render and never shows one record's name over another's data.
   */
  function refresh(arriving?: RecordPage): void {
    const key = (arriving ?? store.getState().page)?.key;
    if (!key || !snapshot) return;
    const withDraft = (row: StoredRecord | undefined) => row && drafts.record.over(key, row);
    const criteria: Record<string, CriterionState> = {};
    for (const row of snapshot.criteria) criteria[row.criterionId] = row;
    for (const id of drafts.criteria.ids()) criteria[id] = drafts.criteria.over(id, criteria[id] ?? emptyCriterion(key, id));
    // What did not change since the last publish keeps its identity (the visit write makes the
    // record read again and returns equal rows), so only the sections whose data changed render.
    const shown = store.getState();
    store.setState({
      ...(arriving ? { page: arriving, loaded: true, conversationDraft: undefined, saveError: undefined } : {}),
      record: keepEqual(shown.record, withDraft(snapshot.record ?? provisional)),
      criteria: keepEqual(shown.criteria, criteria),
      stakeholders: keepEqual(
        shown.stakeholders,
        snapshot.stakeholders.map((p) => drafts.stakeholders.over(p.id, p)),
      ),
      conversations: keepEqual(shown.conversations, snapshot.conversations),
      followUps: keepEqual(shown.followUps, snapshot.followUps),
    });
  }

  const journal = new UnsavedJournal(webStorage, database.name);
  const stopJournalWatch = journal.subscribe((unjournaled) => store.setState({ unjournaled }));
  // Edits left by a sidebar closed before its write landed: written before a record is shown.
  const replayLeftoverEdits = () => replayLeftovers(database, takeLeftovers(webStorage, database.name, journal.key)).catch(fail);
  const context: StoreContext = { database, store, saver, journal, drafts, refresh: () => refresh(), fail };
  /** The page asked for last; the store's `page` is the one shown, which lags until its read lands. */
  let requested: RecordPage | null = null;
  const settingsSubscription = watchSettings(database, { next: (settings) => store.setState({ settings }), error: fail });

  /**
   * The visit (lastVisited, or the record's first sight) of the page asked for last: written
   * once, after the record's first read. A name that arrives before that read joins it.
   */
  let visit: Visit | undefined;

  const actions: SidebarActions = {
    async showPage(page, url) {
      const current = requested;
      if (current?.key === page?.key) {
        if (page && page.name && page.name !== current?.name) {
          requested = page;
          if (provisional?.key === page.key) {
            provisional = { ...provisional, name: page.name };
            if (!snapshot?.record) refresh();
          }
          if (store.getState().page?.key === page.key) store.setState({ page });
          const own = visit?.key === page.key ? visit : undefined;
          if (own && !own.started) {
            // The page's title came before the record's first read: the one visit write,
            // after that read, takes the name (a write now would delay the read behind it).
            own.page = page;
            own.url = url;
            await own.done;
          } else {
            await noteVisit(database, page, url).catch(fail);
          }
        }
        return;
      }
      requested = page;
      let markDone: () => void = () => {};
      const done = new Promise<void>((resolve) => (markDone = resolve));
      const own: Visit | undefined = page ? { key: page.key, page, url, started: false, done } : undefined;
      visit = own;
      await Promise.all([replayLeftoverEdits(), saver.flush()]);
      subscription?.unsubscribe();
      for (const layer of Object.values(drafts)) layer.clear();
      snapshot = undefined;
      if (!page || !own) {
        store.setState({ page, record: undefined, criteria: {}, stakeholders: [], conversations: [], followUps: [], conversationDraft: undefined, loaded: false, saveError: undefined });
        return;
      }
      // Read first, write after: the new record replaces the shown one in one render when its
      // one read transaction returns; the visit is written after that read, so the read does
      // not queue behind the write.
      provisional = recordFromPage(own.page, url, Date.now());
      const touch = () => {
        if (own.started) return;
        own.started = true;
        void noteVisit(database, own.page, own.url).catch(fail).finally(markDone);
      };
      subscription = watchRecord(database, page.key, {
        next: (value) => {
          if (requested?.key === page.key) {
            const arriving = store.getState().page?.key === page.key ? undefined : (requested ?? undefined);
            // Edits typed into the previous record while this one loaded belong to it alone.
            if (arriving) for (const layer of Object.values(drafts)) layer.clear();
            snapshot = value;
            // A record not yet written to keeps the clock of its first visit.
            if (value.visit && provisional?.key === page.key) provisional = { ...provisional, firstSeen: value.visit.firstSeen };
            refresh(arriving);
          }
          // The visit is written a task later: the render this state change queued (a
          // microtask) commits first, instead of queuing behind Dexie starting a read-write
          // transaction, and the database's write does not compete with it for a core
          // (measured: README, Performance, "What was changed").
          setTimeout(touch, 0);
        },
        error: (error) => {
          fail(error);
          if (requested?.key === page.key) store.setState({ page: requested, loaded: true });
          touch();
        },
      });
      await done;
    },
    prefetch(key) {
      if (key !== requested?.key) prefetchRecord(database, key);
    },
    ...createEditActions(context),
    ...createWorkflowActions(context),
    setConversationDraft: (conversationDraft) => store.setState({ conversationDraft }),
    tick: (at = Date.now()) => store.setState({ now: at }),
    flush: () => saver.flush(),
    unsafeToLeave: () => journal.unjournaled > 0,
    dispose() {
      saver.dispose();
      stopJournalWatch();
      subscription?.unsubscribe();
      settingsSubscription.unsubscribe();
    },
  };

  return Object.assign(store, { actions });
}

/**
 * `next`, with every part deeply equal to the same part of `prev` replaced by `prev`'s
 * (structural sharing). Every read of a record hands back new objects, even when only
 * `lastVisited` changed; sharing what did not change lets memoized sections see the same
 * props and skip their render. For plain data as IndexedDB returns it: objects, arrays and
 * primitives; anything else is compared by identity.
 */
export function keepEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    const out = new Array<unknown>(next.length);
    for (let i = 0; i < next.length; i++) {
      out[i] = keepEqual(prev[i], next[i]);
      if (out[i] !== prev[i]) same = false;
    }
    return (same ? prev : out) as T;
  }
  if (isPlain(next) && isPlain(prev)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = keepEqual(prev[key], next[key]);
      out[key] = value;
      if (value !== prev[key] || !(key in prev)) same = false;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
