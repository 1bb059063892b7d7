// An export as a file: JSON text or parts, and its name. Pure; the database is read by
// lib/backup/db-export.ts.
import { statesOf, type CriterionState, type StoredChecklist } from '../model/checklist';
import { EXPORT_TABLES, type ExportData } from './format';
import { toDateInput } from '../model/time';

/**
 * The stored checklist rows as the export's criteria rows (one per answer), in the order
 * of the old criteria table's key: recordKey, then criterionId.
 */
export function criteriaRows(checklists: readonly StoredChecklist[]): CriterionState[] {
  return checklists.flatMap(statesOf);
}

/** Rows stringified per chunk: no single string of hundreds of megabytes (V8 caps strings at ~512 MB). */
const JSON_CHUNK = 10_000;

/**
 * An export as JSON parts for a Blob: the top level first, then each table's rows in
 * chunks of JSON.stringify. Same text as JSON.stringify(data), in pieces.
 */
export function exportJsonParts(data: ExportData): string[] {
  const parts: string[] = [
    `{"format":${JSON.stringify(data.format)},"version":${data.version},"exportedAt":${data.exportedAt},"rep":${JSON.stringify(data.rep)}`,
  ];
  for (const table of EXPORT_TABLES) {
    const rows: readonly unknown[] = data[table];
    parts.push(`,"${table}":[`);
    for (let from = 0; from < rows.length; from += JSON_CHUNK) {
      const text = JSON.stringify(rows.slice(from, from + JSON_CHUNK));
      if (from > 0) parts.push(',');
      // Without the chunk's own brackets; slice of a long string is a view, not a copy.
      parts.push(text.slice(1, -1));
    }
    parts.push(']');
  }
  parts.push('}');
  return parts;
}

export function exportJsonBlob(data: ExportData): Blob {
  return new Blob(exportJsonParts(data), { type: 'application/json' });
}

/**
 * The export as JSON text: one JSON.stringify, the fastest way there. Only when the text
 * would be longer than a string can be (V8: about 512 million characters) is it built
 * as a Blob of parts instead. `new Blob([result])` saves either.
 */
export function exportJsonText(data: ExportData): string | Blob {
  try {
    return JSON.stringify(data);
  } catch (error) {
    if (error instanceof RangeError) return exportJsonBlob(data);
    throw error;
  }
}

/** A file name with the rep and the date, e.g. closeward-jane-doe-2026-11-25.csv. */
export function exportFileName(rep: { id: string; name: string }, now: number, extension: 'csv' | 'json'): string {
  const date = toDateInput(now);
  const who =
    rep.name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || rep.id.slice(0, 8);
  return `closeward-${who}-${date}.${extension}`;
}
