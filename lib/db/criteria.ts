import { emptyCriterion, type CriterionFields, type CriterionState } from '../model/checklist';
import type { ClosewardDb } from './database';
import { mergeFields } from './merge';

export function criteriaOf(database: ClosewardDb, recordKey: string): Promise<CriterionState[]> {
  return database.criteria.where('recordKey').equals(recordKey).toArray();
}

/**
 * Writes only the fields that changed, each with its own timestamp. A change of status or
 * evidence also marks the criterion verified now, unless the caller says when.
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
  return database.transaction('rw', database.criteria, async () => {
    const row = (await database.criteria.get([recordKey, criterionId])) ?? emptyCriterion(recordKey, criterionId);
    const next = mergeFields(row, withVerified, at);
    if (next) await database.criteria.put(next);
    return next ?? row;
  });
}
