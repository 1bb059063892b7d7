import type { Subscription } from 'dexie';
import { createStore } from 'zustand/vanilla';
import { emptyCriterion, type CriterionFields, type CriterionState } from '../model/checklist';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { StakeholderFields } from '../model/stakeholder';
import type { RecordFields } from '../model/stored-record';
import type { ClosewardDb } from '../db/database';
import { recordFromPage, touchRecord } from '../db/records';
import type { StoredRecord } from '../model/stored-record';
import { Drafts } from './drafts';
import { createEditActions } from './edit-actions';
import { watchRecord, watchSettings, type RecordSnapshot } from './live-record';
import { describeSaveError, Saver } from './saver';
import type { SidebarActions, SidebarState, SidebarStore, StoreContext } from './sidebar-state';
import { replayLeftovers, takeLeftovers, UnsavedJournal } from './unsaved-journal';
import { createWorkflowActions } from './workflow-actions';

export type { EditOptions, SidebarActions, SidebarState, SidebarStore, StoreContext } from './sidebar-state';

export const SAVE_DEBOUNCE_MS = 250;

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
  }));
  const drafts = { criteria: new Drafts<CriterionFields>(), record: new Drafts<RecordFields>(), stakeholders: new Drafts<StakeholderFields>() };
  let snapshot: RecordSnapshot | undefined;
  // Shown for a record opened for the first time until its first write lands.
  let provisional: StoredRecord | undefined;
  let subscription: Subscription | undefined;
  const fail = (error: unknown) => store.setState({ saveError: describeSaveError(error) });
  const saver = new Saver(SAVE_DEBOUNCE_MS, fail, () => store.setState({ saving: false }));

  function refresh(): void {
    const key = store.getState().page?.key;
    if (!key || !snapshot) return;
    const withDraft = (row: StoredRecord | undefined) => row && drafts.record.over(key, row);
    const criteria: Record<string, CriterionState> = {};
    for (const row of snapshot.criteria) criteria[row.criterionId] = row;
    for (const id of drafts.criteria.ids()) criteria[id] = drafts.criteria.over(id, criteria[id] ?? emptyCriterion(key, id));
    store.setState({
      record: withDraft(snapshot.record ?? provisional),
      criteria,
      stakeholders: snapshot.stakeholders.map((p) => drafts.stakeholders.over(p.id, p)),
      conversations: snapshot.conversations,
      followUps: snapshot.followUps,
    });
  }

  const journal = new UnsavedJournal(webStorage, database.name);
  // Edits left by a sidebar closed before its write landed: written before a record is shown.
  const replayLeftoverEdits = () => replayLeftovers(database, takeLeftovers(webStorage, database.name, journal.key)).catch(fail);
  const context: StoreContext = { database, store, saver, journal, drafts, refresh, fail };
  const settingsSubscription = watchSettings(database, { next: (settings) => store.setState({ settings }), error: fail });

  const actions: SidebarActions = {
    async showPage(page, url) {
      const current = store.getState().page;
      if (current?.key === page?.key) {
        if (page && page.name && page.name !== current?.name) {
          store.setState({ page });
          await touchRecord(database, page, url).catch(fail);
        }
        return;
      }
      await Promise.all([replayLeftoverEdits(), saver.flush()]);
      subscription?.unsubscribe();
      for (const layer of Object.values(drafts)) layer.clear();
      snapshot = undefined;
      store.setState({ page, record: undefined, criteria: {}, stakeholders: [], conversations: [], followUps: [], conversationDraft: undefined, now: Date.now(), loaded: false, saveError: undefined });
      if (!page) return;
      // Read first, write after: the rep sees the record as soon as one read transaction
      // returns; noting the visit (lastVisited, or the record's first sight) runs alongside.
      provisional = recordFromPage(page, url, Date.now());
      const touched = touchRecord(database, page, url, provisional.firstSeen).catch(fail);
      subscription = watchRecord(database, page.key, {
        next: (value) => {
          if (store.getState().page?.key !== page.key) return;
          snapshot = value;
          refresh();
          store.setState({ loaded: true });
        },
        error: (error) => {
          fail(error);
          store.setState({ loaded: true });
        },
      });
      await touched;
    },
    ...createEditActions(context),
    ...createWorkflowActions(context),
    setConversationDraft: (conversationDraft) => store.setState({ conversationDraft }),
    tick: (at = Date.now()) => store.setState({ now: at }),
    flush: () => saver.flush(),
    dispose() {
      subscription?.unsubscribe();
      settingsSubscription.unsubscribe();
    },
  };

  return Object.assign(store, { actions });
}
