import type { FieldTimes } from '../model/checklist';

/**
 * Applies a change of some fields to a row, field by field: a field is written only if
 * this write is not older than the last write of that field. Two tabs editing different
 * fields both keep their edit; two edits of one field keep the newer.
 * Returns null when nothing would change.
 */
export function mergeFields<T extends { fieldTimes: FieldTimes }>(
  row: T,
  changes: Partial<Omit<T, 'fieldTimes'>>,
  at: number,
): T | null {
  let next: T | null = null;
  for (const [field, value] of Object.entries(changes) as [string, unknown][]) {
    const last = row.fieldTimes[field] ?? 0;
    if (at < last) continue;
    next ??= { ...row, fieldTimes: { ...row.fieldTimes } };
    (next as Record<string, unknown>)[field] = value;
    next.fieldTimes[field] = at;
  }
  return next;
}
