// Reading the rep's database into an export. The one module of lib/report that touches a
// database: it reads through the instance it is given (one read transaction, one
// `toArray()` per table); everything else here is pure.
import type { ClosewardDb } from '../db/database';
import { ensureRepIdentity } from '../db/team';
import { statesOf, type CriterionState, type StoredChecklist } from '../model/checklist';
import { EXPORT_FORMAT, EXPORT_TABLES, EXPORT_VERSION, type ExportData } from '../model/export';
import { AnySetting } from '../model/settings';
import { toDateInput } from '../model/time';
import { toCsv } from './csv';

/**
 * The stored checklist rows as the export's criteria rows (one per answer), in the order
 * of the old criteria table's key: recordKey, then criterionId.
 */
export function criteriaRows(checklists: readonly StoredChecklist[]): CriterionState[] {
  return checklists.flatMap(statesOf);
}

/** Everything in the rep's database, as one export. Makes the rep's id on the first export. */
export async function readExportData(database: ClosewardDb, now = Date.now()): Promise<ExportData> {
  const rep = await ensureRepIdentity(database, now);
  const { records, checklists, stakeholders, conversations, followUps, settings } = database;
  return database.transaction('r', [records, checklists, stakeholders, conversations, followUps, settings], async () => {
    const [r, c, s, cv, f, st] = await Promise.all([
      records.toArray(),
      checklists.toArray(),
      stakeholders.toArray(),
      conversations.toArray(),
      followUps.toArray(),
      database.table('settings').toArray(),
    ]);
    // A settings row this version cannot read would make the file fail its own import.
    const readable = (st as unknown[]).filter((row) => AnySetting.safeParse(row).success) as ExportData['settings'];
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now,
      rep,
      records: r,
      criteria: criteriaRows(c),
      stakeholders: s,
      conversations: cv,
      followUps: f,
      settings: readable,
    } satisfies ExportData;
  });
}

/** Rows stringified per chunk: no single string of hundreds of megabytes (V8 caps strings at ~512 MB). */
const JSON_CHUNK = 10_000;

/**
 * An export as JSON parts for a Blob: the top level first, then each table's rows in
 * chunks of JSON.stringify. Same text as JSON.stringify(data), in pieces.
 */
export function exportJsonParts(data: ExportData): string[] {
  const parts: string[] = [`{"format":${JSON.stringify(data.format)},"version":${data.version},"exportedAt":${data.exportedAt},"rep":${JSON.stringify(data.rep)}`];
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

/** The rep's whole database as a versioned JSON export (lib/model/export.ts). */
export async function exportJson(database: ClosewardDb, now = Date.now()): Promise<string | Blob> {
  return exportJsonText(await readExportData(database, now));
}

/** The tables a CSV needs, read once each. */
async function readReportData(database: ClosewardDb, now: number): Promise<Parameters<typeof toCsv>[0]> {
  const rep = await ensureRepIdentity(database, now);
  const { records, checklists, conversations, followUps, settings } = database;
  return database.transaction('r', [records, checklists, conversations, followUps, settings], async () => {
    const [r, c, cv, f, st] = await Promise.all([records.toArray(), checklists.toArray(), conversations.toArray(), followUps.toArray(), settings.toArray()]);
    return { rep, exportedAt: now, records: r, criteria: criteriaRows(c), conversations: cv, followUps: f, settings: st };
  });
}

/** One row per record as CSV text (BOM, header, ISO dates, formula-escaped), for Excel and Sheets. */
export async function exportCsv(database: ClosewardDb, now = Date.now()): Promise<string> {
  return toCsv(await readReportData(database, now), { now });
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
