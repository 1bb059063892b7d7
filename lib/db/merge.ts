import type { FieldTimes } from '../model/checklist';
import { clampField } from '../model/limits';

/**
 * The time to stamp on a local write of one field made at `at`, or null when the stored
 * write is newer and wins. A stored time later than this computer's clock (`now`) came
 * from a clock that ran ahead, or from before this clock was set back: the write happening
 * now is later in fact, so it is stamped just after the stored one and wins. A stored time
 * between `at` and `now` is another tab's newer write of the field: it stays.
 */
export function stampFor(at: number, last: number, now: number): number | null {
  if (at >= last) return at;
  return last > now ? last + 1 : null;
}

/**
 * Applies a change of some fields to a row, field by field, the rule of everyday writes: a
 * field is written only if this write is not older than the last write of that field, so on
 * equal times the edit wins (see stampFor for a stored time ahead of the clock). An import
 * keeps the stored value on a tie instead (lib/backup/merge.ts). Two tabs editing different fields both keep their edit; two
 * edits of one field keep the newer. Text is cut to its field's limit (lib/model/limits.ts),
 * so what is stored always passes an import's check. Returns null when nothing would change.
 */
export function newerWinsEditOnTie<T extends { fieldTimes: FieldTimes }>(
  row: T,
  changes: Partial<Omit<T, 'fieldTimes'>>,
  at: number,
  now = Date.now(),
): T | null {
  let next: T | null = null;
  for (const [field, value] of Object.entries(changes) as [string, unknown][]) {
    const stamp = stampFor(at, row.fieldTimes[field] ?? 0, now);
    if (stamp === null) continue;
    next ??= { ...row, fieldTimes: { ...row.fieldTimes } };
    (next as Record<string, unknown>)[field] = clampField(field, value);
    next.fieldTimes[field] = stamp;
  }
  return next;
}
