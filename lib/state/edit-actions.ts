import { patchCriterion } from '../db/criteria';
import { patchRecord } from '../db/records';
import { patchStakeholder } from '../db/stakeholders';
import type { Drafts } from './drafts';
import type { SidebarActions, StoreContext } from './sidebar-store';

type EditActions = Pick<SidebarActions, 'editCriterion' | 'verifyCriterion' | 'editRecord' | 'editStakeholder'>;

/**
 * Edits as the rep types: shown at once (drafts), written after a short pause, one write
 * per field with the time of the keystroke, so the per-field merge can keep both of two
 * tabs' edits.
 */
export function createEditActions(context: StoreContext): EditActions {
  const { database, store, saver, drafts } = context;

  function edit<F extends object>(
    layer: Drafts<F>,
    entityId: string,
    saverPrefix: string,
    changes: Partial<F>,
    write: (change: Partial<F>, at: number) => Promise<unknown>,
    immediate: boolean,
  ): void {
    layer.set(entityId, changes);
    context.refresh();
    store.setState({ saving: true, saveError: undefined });
    const at = Date.now();
    for (const field of Object.keys(changes) as (keyof F)[]) {
      const value = changes[field];
      const change = { [field]: value } as Partial<F>;
      saver.schedule(
        `${saverPrefix}|${String(field)}`,
        async () => {
          await write(change, at);
          layer.settle(entityId, field, value);
          context.refresh();
        },
        immediate,
      );
    }
  }

  const pageKey = () => store.getState().page?.key;

  const editCriterion: EditActions['editCriterion'] = (criterionId, changes, opts = {}) => {
    const key = pageKey();
    if (!key) return;
    // A new answer is a fresh check: shown verified at once, not stale until the write lands.
    const answered = ('status' in changes || 'evidence' in changes) && !('verifiedAt' in changes);
    const withVerified = answered ? { ...changes, verifiedAt: Date.now() } : changes;
    edit(drafts.criteria, criterionId, `${key}|criterion|${criterionId}`, withVerified, (change, at) => patchCriterion(database, key, criterionId, change, at), opts.debounce === false);
  };

  return {
    editCriterion,

    verifyCriterion(criterionId) {
      editCriterion(criterionId, { verifiedAt: Date.now() }, { debounce: false });
    },

    editRecord(changes, opts = {}) {
      const key = pageKey();
      if (!key) return;
      edit(drafts.record, key, `${key}|record`, changes, (change, at) => patchRecord(database, key, change, at), opts.debounce === false);
    },

    editStakeholder(id, changes, opts = {}) {
      const key = pageKey();
      if (!key) return;
      edit(drafts.stakeholders, id, `${key}|stakeholder|${id}`, changes, (change, at) => patchStakeholder(database, id, change, at), opts.debounce === false);
    },
  };
}
