import { answerIn, answerOf, emptyCriterion, statesOf, withAnswer, type CriterionFields, type CriterionState } from '../model/checklist';
import type { ClosewardDb } from './database';
import { newerWinsEditOnTie } from './merge';
import { ensureRecord } from './visits';

/** A record's answers, one per criterion answered, in criterionId order. */
export async function criteriaOf(database: ClosewardDb, recordKey: string): Promise<CriterionState[]> {
  return statesOf(await database.checklists.get(recordKey));
}

/**
 * Writes only the fields that changed, each with its own timestamp. A change of status or
 * evidence also marks the criterion verified now, unless the caller says when. The read and
 * the write of the record's checklist row are one transaction: two tabs answering two
 * criteria of one record both keep their answer.
 */
export async function patchCriterion(
  database: ClosewardDb,
  recordKey: string,
  criterionId: string,
  changes: Partial<CriterionFields>,
  at = Date.now(),
): Promise<CriterionState> {
  const withVerified: Partial<CriterionFields> =
    ('status' in changes || 'evidence' in changes) && !('verifiedAt' in changes) ? { ...changes, verifiedAt: at } : changes;
  return database.transaction('rw', database.checklists, database.records, database.visits, async () => {
    await ensureRecord(database, recordKey);
    const row = await database.checklists.get(recordKey);
    const stored = answerIn(row, criterionId);
    const state: CriterionState = stored ? { recordKey, ...stored } : emptyCriterion(recordKey, criterionId);
    const next = newerWinsEditOnTie(state, withVerified, at);
    if (next) await database.checklists.put(withAnswer(row, recordKey, answerOf(next)));
    return next ?? state;
  });
}
