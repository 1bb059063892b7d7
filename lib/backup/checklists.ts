// An export lists answers one row each; the database keeps a record's answers in one
// checklist row. Grouping them, in key order, a chunk at a time. Pure.
import { byCriterionId, type CriterionState, type StoredChecklist } from '../model/checklist';
import { CRITERION_FIELDS, newerWinsKeepStoredOnTie } from './merge';
import { byString } from './writers';

const byCriterion = (a: CriterionState, b: CriterionState): number => byString(a.recordKey, b.recordKey) || byCriterionId(a, b);

const isInOrder = (rows: readonly CriterionState[], from: number, to: number): boolean => {
  for (let i = Math.max(1, from); i < to; i++) if (byCriterion(rows[i - 1]!, rows[i]!) > 0) return false;
  return true;
};

/**
 * The criteria rows in (recordKey, criterionId) order: the file's own list when it is in
 * that order (an export always is), checked `slice` rows at a time with a turn for the page
 * in between (done in one pass, it was the longest task of a 100,000-record import); a sorted
 * copy for a file edited by hand.
 */
export async function criteriaInOrder(rows: readonly CriterionState[], slice = 50_000): Promise<readonly CriterionState[]> {
  for (let from = 0; from < rows.length; from += slice) {
    if (!isInOrder(rows, from, Math.min(rows.length, from + slice + 1))) return [...rows].sort(byCriterion);
    if (from + slice < rows.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return rows;
}

/**
 * An export's criteria rows as checklist rows, one per record (answers in criterionId
 * order), `chunkSize` records at a time. A file lists them in that order already; one
 * edited by hand is sorted first (`inOrder`: the caller has checked, see criteriaInOrder).
 * A criterion listed twice for one record keeps the newer write per field.
 */
export function* checklistChunks(criteria: readonly CriterionState[], chunkSize: number, inOrder = false): Generator<StoredChecklist[]> {
  const sorted = inOrder || isInOrder(criteria, 1, criteria.length) ? criteria : [...criteria].sort(byCriterion);
  let out: StoredChecklist[] = [];
  let row: StoredChecklist | undefined;
  for (const state of sorted) {
    if (row?.recordKey !== state.recordKey) {
      if (out.length === chunkSize) {
        yield out;
        out = [];
      }
      row = { recordKey: state.recordKey, answers: [] };
      out.push(row);
    }
    // The answer as stored: the export's templateId says where it was counted, not what it is.
    const { recordKey: _recordKey, templateId: _templateId, ...answer } = state as CriterionState & { templateId?: string };
    const last = row.answers[row.answers.length - 1];
    if (last?.criterionId === answer.criterionId) row.answers[row.answers.length - 1] = newerWinsKeepStoredOnTie(last, answer, CRITERION_FIELDS) ?? last;
    else row.answers.push(answer);
  }
  if (out.length) yield out;
}

/** All of an export's criteria rows as checklist rows, at once. */
export function checklistsOf(criteria: readonly CriterionState[]): StoredChecklist[] {
  return [...checklistChunks(criteria, Infinity)].flat();
}
