import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClosewardDb } from '../db/database';
import { createSidebarDrafts } from './drafts';
import { createEditActions } from './edit-actions';
import { keepEqual } from './keep-equal';
import { watchSettings } from './live-record';
import { createRecordSwitch } from './record-switch';
import { RecordView } from './record-view';
import { createSaving, defaultStorage } from './saving';
import { initialSidebarState, type SidebarActions, type SidebarState, type SidebarStore, type StoreContext } from './sidebar-state';
import { createWorkflowActions } from './workflow-actions';

export type { EditOptions, SidebarActions, SidebarState, SidebarStore, StoreContext } from './sidebar-state';
export { SAVE_DEBOUNCE_MS } from './saving';

export interface StoreOptions {
  now?: number;
  /** Where edits wait until written (localStorage); undefined turns the backstop off. */
  webStorage?: Storage | undefined;
  /** The state to go on from (the panel's, made before the database's code loaded). */
  store?: StoreApi<SidebarState> | undefined;
}

/**
 * The side panel's store: the shown record (record-switch, record-view), the rep's edits
 * (drafts, edit-actions, saving) and one-click actions (workflow-actions), over one state.
 */
export function createSidebarStore(
  database: ClosewardDb,
  { now = Date.now(), webStorage = defaultStorage(), store = createStore<SidebarState>(() => initialSidebarState(now)) }: StoreOptions = {},
): SidebarStore {
  const drafts = createSidebarDrafts();
  const saving = createSaving(store, database, webStorage);
  const { saver, journal, fail } = saving;
  const view = new RecordView(store, drafts);
  const context: StoreContext = { database, store, saver, journal, drafts, refresh: () => view.publish(), fail };
  const record = createRecordSwitch(context, view, () => Promise.all([saving.replayLeftoverEdits(), saver.flush()]));
  const settingsSubscription = watchSettings(database, {
    next: (settings) => store.setState({ settings: keepEqual(store.getState().settings, settings), settingsRead: true }),
    error: fail,
  });

  const actions: SidebarActions = {
    showPage: record.showPage,
    prefetch: record.prefetch,
    ...createEditActions(context),
    ...createWorkflowActions(context),
    setConversationDraft: (conversationDraft) => store.setState({ conversationDraft }),
    tick: (at = Date.now()) => store.setState({ now: at }),
    flush: () => saver.flush(),
    unsafeToLeave: () => journal.unjournaled > 0,
    dispose() {
      saving.dispose();
      record.dispose();
      settingsSubscription.unsubscribe();
    },
  };

  return Object.assign(store, { actions });
}
