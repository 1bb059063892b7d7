import type { Subscription } from 'dexie';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyCriterion, type CriterionFields, type CriterionState } from '../model/checklist';
import type { Conversation, ConversationInput } from '../model/conversation';
import type { ConversationDraft } from '../model/conversation-draft';
import type { FollowUp } from '../model/follow-up';
import type { RecordPage } from '../model/record';
import { DEFAULT_SETTINGS, type Settings, type ThemeChoice } from '../model/settings';
import type { Stakeholder, StakeholderFields } from '../model/stakeholder';
import type { RecordFields, StoredRecord } from '../model/stored-record';
import type { ClosewardDb } from '../db/database';
import { touchRecord } from '../db/records';
import { Drafts } from './drafts';
import { createEditActions } from './edit-actions';
import { watchRecord, watchSettings, type RecordSnapshot } from './live-record';
import { describeSaveError, Saver } from './saver';
import { replayLeftovers, takeLeftovers, UnsavedJournal } from './unsaved-journal';
import { createWorkflowActions } from './workflow-actions';

export const SAVE_DEBOUNCE_MS = 250;

export interface SidebarState {
  page: RecordPage | null;
  /** The stored record with the rep's not-yet-saved edits laid over it. */
  record: StoredRecord | undefined;
  /** Stored criteria with the rep's not-yet-saved edits laid over them. */
  criteria: Record<string, CriterionState>;
  stakeholders: Stakeholder[];
  /** Newest first. */
  conversations: Conversation[];
  followUps: FollowUp[];
  settings: Settings;
  /** The "Log a conversation" form while open; survives collapsing the sidebar. */
  conversationDraft: ConversationDraft | undefined;
  /** The clock staleness and speed to lead are measured against; ticks while open. */
  now: number;
  loaded: boolean;
  saving: boolean;
  saveError: string | undefined;
}

export interface EditOptions {
  debounce?: boolean;
}

export interface SidebarActions {
  showPage(page: RecordPage | null, url: string): Promise<void>;
  editCriterion(criterionId: string, changes: Partial<CriterionFields>, opts?: EditOptions): void;
  /** "Verified again": the answer still holds as of now. */
  verifyCriterion(criterionId: string): void;
  editRecord(changes: Partial<RecordFields>, opts?: EditOptions): void;
  editStakeholder(id: string, changes: Partial<StakeholderFields>, opts?: EditOptions): void;
  /** Adds an empty person to the buying team; resolves to their id (undefined if not saved). */
  addStakeholder(): Promise<string | undefined>;
  removeStakeholder(id: string): Promise<void>;
  /** Resolves to whether the conversation was saved; a failure is shown as the save error. */
  logConversation(input: ConversationInput): Promise<boolean>;
  setConversationDraft(draft: ConversationDraft | undefined): void;
  completeFollowUp(id: string): Promise<void>;
  setTheme(choice: ThemeChoice): Promise<void>;
  tick(now?: number): void;
  flush(): Promise<void>;
  dispose(): void;
}

export type SidebarStore = StoreApi<SidebarState> & { actions: SidebarActions };

/** What the action modules share with the store. */
export interface StoreContext {
  database: ClosewardDb;
  store: StoreApi<SidebarState>;
  saver: Saver;
  journal: UnsavedJournal;
  drafts: { criteria: Drafts<CriterionFields>; record: Drafts<RecordFields>; stakeholders: Drafts<StakeholderFields> };
  /** Recomputes the shown rows from the database's and the drafts. */
  refresh(): void;
  fail(error: unknown): void;
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
  }));
  const drafts = { criteria: new Drafts<CriterionFields>(), record: new Drafts<RecordFields>(), stakeholders: new Drafts<StakeholderFields>() };
  let snapshot: RecordSnapshot | undefined;
  let subscription: Subscription | undefined;
  const fail = (error: unknown) => store.setState({ saveError: describeSaveError(error) });
  const saver = new Saver(SAVE_DEBOUNCE_MS, fail, () => store.setState({ saving: false }));

  function refresh(): void {
    const key = store.getState().page?.key;
    if (!key || !snapshot) return;
    const criteria: Record<string, CriterionState> = {};
    for (const row of snapshot.criteria) criteria[row.criterionId] = row;
    for (const id of drafts.criteria.ids()) criteria[id] = drafts.criteria.over(id, criteria[id] ?? emptyCriterion(key, id));
    store.setState({
      record: snapshot.record && drafts.record.over(key, snapshot.record),
      criteria,
      stakeholders: snapshot.stakeholders.map((p) => drafts.stakeholders.over(p.id, p)),
      conversations: snapshot.conversations,
      followUps: snapshot.followUps,
    });
  }

  const journal = new UnsavedJournal(webStorage, database.name);
  // Edits left by a sidebar closed before its write landed: written before anything is shown.
  const replayed = replayLeftovers(database, takeLeftovers(webStorage, database.name)).catch(fail);
  const context: StoreContext = { database, store, saver, journal, drafts, refresh, fail };
  const settingsSubscription = watchSettings(database, { next: (settings) => store.setState({ settings }), error: fail });

  const actions: SidebarActions = {
    async showPage(page, url) {
      const current = store.getState().page;
      if (current?.key === page?.key) {
        if (page && page.name && page.name !== current?.name) {
          store.setState({ page });
          await touchRecord(database, page, url).catch(() => undefined);
        }
        return;
      }
      await Promise.all([replayed, saver.flush()]);
      subscription?.unsubscribe();
      for (const layer of Object.values(drafts)) layer.clear();
      snapshot = undefined;
      store.setState({ page, record: undefined, criteria: {}, stakeholders: [], conversations: [], followUps: [], conversationDraft: undefined, now: Date.now(), loaded: false, saveError: undefined });
      if (!page) return;
      try {
        await touchRecord(database, page, url);
      } catch (error) {
        fail(error);
      }
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
