import type { StoreApi } from 'zustand/vanilla';
import type { CriterionFields, CriterionState } from '../model/checklist';
import type { Conversation, ConversationInput } from '../model/conversation';
import type { ConversationDraft } from '../model/conversation-draft';
import type { FollowUp } from '../model/follow-up';
import type { RecordPage } from '../model/record';
import { DEFAULT_SETTINGS, type Settings, type ThemeChoice } from '../model/settings';
import type { Stakeholder, StakeholderFields } from '../model/stakeholder';
import type { RecordFields, StoredRecord } from '../model/stored-record';
import type { ClosewardDb } from '../db/database';
import type { SidebarDrafts } from './drafts';
import type { Saver } from './saver';
import type { UnsavedJournal } from './unsaved-journal';

// The shape of the side panel's store, apart from how it is built (sidebar-store.ts).

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
  /** The settings above were read from the database (until then they are the defaults). */
  settingsRead: boolean;
  /** The "Log a conversation" form while open; survives collapsing the sidebar. */
  conversationDraft: ConversationDraft | undefined;
  /** The clock staleness and speed to lead are measured against; ticks while open. */
  now: number;
  loaded: boolean;
  saving: boolean;
  saveError: string | undefined;
  /** Edits neither written nor kept for later (the browser's storage is full): leaving would lose them. */
  unjournaled: number;
}

export interface EditOptions {
  debounce?: boolean;
}

export interface SidebarActions {
  showPage(page: RecordPage | null, url: string): Promise<void>;
  /** The rep is about to open this record (the pointer rests on a link to it): read it ahead. */
  prefetch(key: string): void;
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
  /** Whether closing the panel now would lose an edit (neither written nor kept for later). */
  unsafeToLeave(): boolean;
  dispose(): void;
}

export type SidebarStore = StoreApi<SidebarState> & { actions: SidebarActions };

/** What the action modules share with the store. */
export interface StoreContext {
  database: ClosewardDb;
  store: StoreApi<SidebarState>;
  saver: Saver;
  journal: UnsavedJournal;
  drafts: SidebarDrafts;
  /** Recomputes the shown rows from the database's and the drafts. */
  refresh(): void;
  fail(error: unknown): void;
}

/** The panel before it shows a record. */
export function initialSidebarState(now: number): SidebarState {
  return {
    page: null,
    record: undefined,
    criteria: {},
    stakeholders: [],
    conversations: [],
    followUps: [],
    settings: DEFAULT_SETTINGS,
    settingsRead: false,
    conversationDraft: undefined,
    now,
    loaded: false,
    saving: false,
    saveError: undefined,
    unjournaled: 0,
  };
}
