import { patchCriterion } from '../db/criteria';
import { patchRecord } from '../db/records';
import { patchStakeholder } from '../db/stakeholders';
import type { Drafts } from './drafts';
import type { SidebarActions, StoreContext } from './sidebar-state';
import type { UnsavedEdit } from './unsaved-journal';

type EditActions = Pick<SidebarActions, 'editCriterion' | 'verifyCriterion' | 'editRecord' | 'editStakeholder'>;

/**
 * Edits as the rep types: shown at once (drafts), written after a short pause, one write
 * per field with the time of the keystroke, so the per-field merge can keep both of two
 * tabs' edits.
 */
export function createEditActions(context: StoreContext): EditActions {
  const { database, store, saver, drafts, journal } = context;

  function edit<F extends object>(
    layer: Drafts<F>,
    target: Pick<UnsavedEdit, 'target' | 'recordKey' | 'id'>,
    changes: Partial<F>,
    write: (change: Partial<F>, at: number) => Promise<unknown>,
    immediate: boolean,
  ): void {
    const entityId = target.id;
    layer.set(entityId, changes);
    context.refresh();
    store.setState({ saving: true, saveError: undefined });
    const at = Date.now();
    for (const field of Object.keys(changes) as (keyof F)[]) {
      const value = changes[field];
      const change = { [field]: value } as Partial<F>;
      const saverId = `${target.recordKey}|${target.target}|${entityId}|${String(field)}`;
      journal.note(saverId, { ...target, field: String(field), value, at });
      saver.schedule(
        saverId,
        async () => {
          await write(change, at);
          journal.saved(saverId, at);
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
    // A new answer is a fresh check: patchCriterion stamps verifiedAt with the same write
    // (one transaction, so a tab closed right after typing still keeps it); until it lands,
    // the draft shows it verified, not stale.
    const answered = ('status' in changes || 'evidence' in changes) && !('verifiedAt' in changes);
    const shownAt = Date.now();
    if (answered) drafts.criteria.set(criterionId, { verifiedAt: shownAt });
    edit(
      drafts.criteria,
      { target: 'criterion', recordKey: key, id: criterionId },
      changes,
      async (change, at) => {
        await patchCriterion(database, key, criterionId, change, at);
        if (answered) drafts.criteria.settle(criterionId, 'verifiedAt', shownAt);
      },
      opts.debounce === false,
    );
  };

  return {
    editCriterion,

    verifyCriterion(criterionId) {
      editCriterion(criterionId, { verifiedAt: Date.now() }, { debounce: false });
    },

    editRecord(changes, opts = {}) {
      const key = pageKey();
      if (!key) return;
      edit(
        drafts.record,
        { target: 'record', recordKey: key, id: key },
        changes,
        (change, at) => patchRecord(database, key, change, at),
        opts.debounce === false,
      );
    },

    editStakeholder(id, changes, opts = {}) {
      const key = pageKey();
      if (!key) return;
      edit(
        drafts.stakeholders,
        { target: 'stakeholder', recordKey: key, id },
        changes,
        (change, at) => patchStakeholder(database, id, change, at),
        opts.debounce === false,
      );
    },
  };
}
