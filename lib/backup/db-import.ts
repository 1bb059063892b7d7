// Restoring a backup into the rep's database: the file checked, then merged in one
// IndexedDB transaction (all or nothing) by each table's rule (lib/backup/writers.ts).
import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import type { ClosewardDb } from '../db/database';
import type { SliceOptions } from '../model/report';
import { parseExportSliced } from './check';
import { criteriaInOrder, checklistChunks } from './checklists';
import { clampTimes, clockNote } from './clock';
import { rekeyOldZendesk } from './db-rekey-zendesk';
import { sortedChunks, writeTable } from './db-write';
import { EXPORT_TABLES, type ExportData, type ExportProblem, type ExportTable, type ParseResult, type RepIdentity } from './format';
import { STORES, WRITERS, type TableCounts } from './writers';

export type ImportPhase = 'checking' | 'writing';

export interface ImportOptions {
  /** Rows written per chunk; each chunk is read and merged with one request. */
  chunkSize?: number | undefined;
  /** Rows checked, then rows written, of how many: for a progress bar. */
  onProgress?: ((done: number, total: number, phase: ImportPhase) => void) | undefined;
  /** Stops the import; nothing is written (the transaction is aborted). */
  signal?: AbortSignal | undefined;
  /** How the check gives the page a turn (tests); see runSliced. */
  yieldToMain?: SliceOptions['yieldToMain'];
  /** This computer's time at the import: no time from the file is kept later than it. */
  now?: number | undefined;
}

export type ImportResult =
  | {
      ok: true;
      rep: RepIdentity;
      exportedAt: number;
      upgradedFrom?: number | undefined;
      tables: Record<ExportTable, TableCounts>;
      /** How far the file's times were ahead of this computer's clock (they were set to now). */
      aheadMs: number;
      /** What to tell the rep about that, when they were ahead. */
      clockNote?: string | undefined;
    }
  | { ok: false; stage: 'read' | 'check' | 'write'; message: string; problem?: ExportProblem | undefined };

const NOTHING_CHANGED = 'Nothing was imported; your data is as it was.';

/**
 * Restores or merges a backup (a JSON export) into the rep's database:
 * 1. the whole file is checked first: a malformed file changes nothing, and the message
 *    names the table, the row index and the field;
 * 2. then every table is merged in one IndexedDB transaction (all or nothing), in chunks:
 *    per field the newer write wins (fieldTimes), so an old backup never undoes newer
 *    edits; rows the database lacks are added; conversations are kept as they are; a
 *    follow-up done on either side stays done. No time from the file is kept later than
 *    the moment of the import (clock.ts): a file from a clock that ran ahead cannot
 *    outvote the rep's next edits.
 */
export async function importBackup(database: ClosewardDb, input: string | Blob | unknown, options: ImportOptions = {}): Promise<ImportResult> {
  let value: unknown;
  try {
    value = typeof input === 'string' ? JSON.parse(input) : input instanceof Blob ? JSON.parse(await input.text()) : input;
  } catch (error) {
    return { ok: false, stage: 'read', message: `The file is not valid JSON (${(error as Error).message}). ${NOTHING_CHANGED}` };
  }
  const { onProgress, signal } = options;
  let parsed: ParseResult;
  try {
    parsed = await parseExportSliced(value, {
      signal,
      yieldToMain: options.yieldToMain,
      onProgress: onProgress && ((done, total) => onProgress(done, total, 'checking')),
    });
  } catch (error) {
    return { ok: false, stage: 'check', message: `The check was stopped (${(error as Error).message}). ${NOTHING_CHANGED}` };
  }
  if (!parsed.ok) return { ok: false, stage: 'check', message: `${parsed.problem.message} ${NOTHING_CHANGED}`, problem: parsed.problem };
  const { data, aheadMs } = clampTimes(rekeyOldZendesk(parsed.data), options.now ?? Date.now());
  try {
    const tables = await mergeExport(database, data, options);
    const note = clockNote(aheadMs);
    return { ok: true, rep: data.rep, exportedAt: data.exportedAt, upgradedFrom: parsed.upgradedFrom, tables, aheadMs, ...(note ? { clockNote: note } : {}) };
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, stage: 'write', message: `Writing the backup failed (${reason}). ${NOTHING_CHANGED}` };
  }
}

/**
 * Merges already checked export data, all tables in one transaction. Rejects (and writes
 * nothing) if any write fails, `onProgress` throws or `signal` aborts.
 */
export async function mergeExport(database: ClosewardDb, data: ExportData, options: ImportOptions = {}): Promise<Record<ExportTable, TableCounts>> {
  const chunkSize = Math.max(1, options.chunkSize ?? 5000);
  const total = EXPORT_TABLES.reduce((n, table) => n + data[table].length, 0);
  await database.open();
  // Checked before the transaction opens, so the check can give the page its turns (inside
  // the transaction only a pending request may stand between two tasks).
  const criteria = await criteriaInOrder(data.criteria);
  // Plain IndexedDB under Dexie's own connection: Dexie's bulkPut tracks every key for
  // liveQuery, 1.8× slower than plain puts of the same rows here. Live queries are told
  // once, at the end.
  const tx = database.backendDB().transaction(Object.values(STORES), 'readwrite', { durability: 'relaxed' });
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The import was stopped.', 'AbortError'));
  });
  committed.catch(() => {});
  const counts = {} as Record<ExportTable, TableCounts>;
  let done = 0;
  try {
    for (const table of EXPORT_TABLES) {
      counts[table] = { added: 0, updated: 0, unchanged: 0 };
      // Criteria rows go into their records' checklist rows (one per record), grouped a
      // chunk at a time so the page gets its turns.
      const writer = WRITERS[table];
      const chunks = table === 'criteria' ? checklistChunks(criteria, chunkSize, true) : sortedChunks(data[table], chunkSize, writer.key);
      await writeTable(tx.objectStore(STORES[table]), chunks, writer, counts[table], (n) => {
        done += n;
        options.signal?.throwIfAborted();
        options.onProgress?.(done, total, 'writing');
      });
    }
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request: its error is the one to report.
    }
    await committed.catch(() => {});
    throw tx.error ?? error;
  }
  await committed;
  signalLiveQueries(database);
  return counts;
}

/** Tells live queries (this page, and every other tab through Dexie's channel) that the tables changed. */
function signalLiveQueries(database: ClosewardDb): void {
  const all = () => new RangeSet(Dexie.minKey, Dexie.maxKey);
  const parts: ObservabilitySet = {};
  for (const table of database.tables) {
    if (!(Object.values(STORES) as string[]).includes(table.name)) continue;
    const prefix = `idb://${database.name}/${table.name}/`;
    parts[prefix] = all();
    parts[`${prefix}:dels`] = all();
    for (const index of table.schema.indexes) parts[prefix + index.name] = all();
  }
  Dexie.on.storagemutated.fire(parts);
}
