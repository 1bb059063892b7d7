import type { FieldTimes } from '../model/checklist';
import type { ExportData } from './format';

/**
 * A backup's times as this computer may trust them: none later than `now`. Merges keep the
 * newer write per field; a file from a clock that ran ahead would otherwise win over every
 * edit the rep makes here until this clock caught up. `aheadMs` is how far the file's
 * latest time was ahead (0 when none was), for the rep to be told.
 */
export function clampTimes(data: ExportData, now: number): { data: ExportData; aheadMs: number } {
  let aheadMs = 0;
  const clampTime = (t: number): number => {
    if (t <= now) return t;
    aheadMs = Math.max(aheadMs, t - now);
    return now;
  };
  const clampFieldTimes = (times: FieldTimes): FieldTimes | undefined => {
    let out: FieldTimes | undefined;
    for (const field in times) {
      const t = times[field]!;
      if (t <= now) continue;
      out ??= { ...times };
      out[field] = clampTime(t);
    }
    return out;
  };
  const withTimes = <T extends { fieldTimes: FieldTimes }>(row: T): T => {
    const times = clampFieldTimes(row.fieldTimes);
    return times ? { ...row, fieldTimes: times } : row;
  };
  const records = mapChanged(data.records, (row) => {
    const next = withTimes(row);
    return row.lastVisited > now ? { ...next, lastVisited: clampTime(row.lastVisited) } : next;
  });
  const criteria = mapChanged(data.criteria, withTimes);
  const stakeholders = mapChanged(data.stakeholders, withTimes);
  const settings = mapChanged(data.settings, (row) => (row.updatedAt > now ? { ...row, updatedAt: clampTime(row.updatedAt) } : row));
  if (!aheadMs) return { data, aheadMs };
  return { data: { ...data, records, criteria, stakeholders, settings }, aheadMs };
}

/** The list itself when `f` changes no row, otherwise a copy with the changed rows. */
function mapChanged<T>(rows: T[], f: (row: T) => T): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const next = f(rows[i]!);
    if (next === rows[i]) continue;
    out ??= rows.slice();
    out[i] = next;
  }
  return out ?? rows;
}

/** "1 h", "25 min", "3 days": how far ahead, as the rep reads it. */
export function formatAhead(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.max(1, Math.round(ms / 1000))} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

/** The sentence an import result carries when the file's clock ran ahead. */
export function clockNote(aheadMs: number): string | undefined {
  if (aheadMs <= 0) return undefined;
  return `Times in this file were up to ${formatAhead(aheadMs)} ahead of this computer's clock; they were set to now, so your next edits here win over what the file brought.`;
}
