import { liveQuery, type Subscription } from 'dexie';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CriterionFields, CriterionState } from '../model/checklist';
import type { RecordPage } from '../model/record';
import type { StoredRecord } from '../model/stored-record';
import type { ClosewardDb } from '../db/database';
import { criteriaOf, patchCriterion } from '../db/criteria';
import { touchRecord } from '../db/records';
import { describeSaveError, Saver } from './saver';

export const SAVE_DEBOUNCE_MS = 250;

export interface SidebarState {
  page: RecordPage | null;
  record: StoredRecord | undefined;
  /** Stored criteria with the rep's not-yet-saved edits laid over them. */
  criteria: Record<string, CriterionState>;
  loaded: boolean;
  saving: boolean;
  saveError: string | undefined;
}

export interface SidebarActions {
  showPage(page: RecordPage | null, url: string): Promise<void>;
  editCriterion(criterionId: string, changes: Partial<CriterionFields>, opts?: { debounce?: boolean }): void;
  flush(): Promise<void>;
  dispose(): void;
}

export type SidebarStore = StoreApi<SidebarState> & { actions: SidebarActions };

export function createSidebarStore(database: ClosewardDb): SidebarStore {
  const store = createStore<SidebarState>(() => ({
    page: null,
    record: undefined,
    criteria: {},
    loaded: false,
    saving: false,
    saveError: undefined,
  }));
  // Edits typed but not yet committed, by criterion: shown over what the database says.
  const drafts = new Map<string, Partial<CriterionFields>>();
  let stored: Record<string, CriterionState> = {};
  let subscription: Subscription | undefined;

  const saver = new Saver(
    SAVE_DEBOUNCE_MS,
    (error) => store.setState({ saveError: describeSaveError(error) }),
    () => store.setState({ saving: false }),
  );

  function overlay(): Record<string, CriterionState> {
    const key = store.getState().page?.key;
    if (!key) return {};
    const view: Record<string, CriterionState> = { ...stored };
    for (const [id, draft] of drafts) {
      view[id] = { ...(view[id] ?? { recordKey: key, criterionId: id, status: 'unknown', evidence: '', fieldTimes: {} }), ...draft };
    }
    return view;
  }

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
      await saver.flush();
      subscription?.unsubscribe();
      drafts.clear();
      stored = {};
      store.setState({ page, record: undefined, criteria: {}, loaded: false, saveError: undefined });
      if (!page) return;
      try {
        await touchRecord(database, page, url);
      } catch (error) {
        store.setState({ saveError: describeSaveError(error) });
      }
      subscription = liveQuery(() =>
        Promise.all([database.records.get(page.key), criteriaOf(database, page.key)]),
      ).subscribe({
        next: ([record, rows]) => {
          if (store.getState().page?.key !== page.key) return;
          stored = Object.fromEntries(rows.map((r) => [r.criterionId, r]));
          store.setState({ record, criteria: overlay(), loaded: true });
        },
        error: (error) => store.setState({ saveError: describeSaveError(error), loaded: true }),
      });
    },

    editCriterion(criterionId, changes, opts = {}) {
      const page = store.getState().page;
      if (!page) return;
      const draft = { ...drafts.get(criterionId), ...changes };
      drafts.set(criterionId, draft);
      store.setState({ criteria: overlay(), saving: true, saveError: undefined });
      const at = Date.now();
      for (const field of Object.keys(changes) as (keyof CriterionFields)[]) {
        const value = changes[field];
        saver.schedule(
          `${page.key}|${criterionId}|${field}`,
          async () => {
            await patchCriterion(database, page.key, criterionId, { [field]: value }, at);
            // The draft is done once the database holds it, unless the rep typed on meanwhile.
            const current = drafts.get(criterionId);
            if (current && current[field] === value) {
              delete current[field];
              if (Object.keys(current).length === 0) drafts.delete(criterionId);
            }
          },
          opts.debounce === false,
        );
      }
    },

    flush: () => saver.flush(),

    dispose() {
      subscription?.unsubscribe();
    },
  };

  return Object.assign(store, { actions });
}
