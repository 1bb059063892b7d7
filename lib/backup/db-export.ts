// Reading the rep's database into an export: one read transaction, one `toArray()` per
// table. What is made of the rows (json.ts, csv.ts) never opens a database.
import type { ClosewardDb } from '../db/database';
import { ensureRepIdentity } from '../db/team';
import { AnySetting, settingsFrom } from '../model/settings';
import { answerTemplates, withTemplateIds } from './answers';
import { toCsv } from './csv';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData } from './format';
import { criteriaRows, exportJsonText } from './json';

/**
 * Everything in the rep's database, as one export; each answer names the template it
 * belongs to. Makes the rep's id on the first export.
 */
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
      criteria: withTemplateIds(criteriaRows(c), answerTemplates(settingsFrom(readable))),
      stakeholders: s,
      conversations: cv,
      followUps: f,
      settings: readable,
    } satisfies ExportData;
  });
}

/** The rep's whole database as a versioned JSON export (lib/backup/format.ts). */
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
