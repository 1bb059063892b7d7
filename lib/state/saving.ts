import type { StoreApi } from 'zustand/vanilla';
import type { ClosewardDb } from '../db/database';
import { describeSaveError, Saver } from './saver';
import type { SidebarState } from './sidebar-state';
import { replayLeftovers, takeLeftovers, UnsavedJournal } from './unsaved-journal';

export { defaultStorage } from './web-storage';

export const SAVE_DEBOUNCE_MS = 250;

/** How the panel's edits reach the database: debounced writes, their errors, and the journal that keeps them until written. */
export interface Saving {
  saver: Saver;
  journal: UnsavedJournal;
  /** Shows a write's failure as the save error. */
  fail(error: unknown): void;
  /** Edits left by a panel closed before its write landed: written before a record is shown. */
  replayLeftoverEdits(): Promise<void>;
  dispose(): void;
}

export function createSaving(store: StoreApi<SidebarState>, database: ClosewardDb, webStorage: Storage | undefined): Saving {
  const fail = (error: unknown) => store.setState({ saveError: describeSaveError(error) });
  // Writes refused for want of space are tried again; once they all land, the error goes.
  const saver = new Saver(SAVE_DEBOUNCE_MS, fail, (recovered) => store.setState(recovered ? { saving: false, saveError: undefined } : { saving: false }));
  const journal = new UnsavedJournal(webStorage, database.name);
  const stopJournalWatch = journal.subscribe((unjournaled) => store.setState({ unjournaled }));
  return {
    saver,
    journal,
    fail,
    replayLeftoverEdits: () => replayLeftovers(database, takeLeftovers(webStorage, database.name, journal.key)).catch(fail),
    dispose() {
      saver.dispose();
      stopJournalWatch();
    },
  };
}
