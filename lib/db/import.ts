import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { EXPORT_TABLES, type ExportData, type ExportProblem, type ExportTable, type ParseResult, type RepIdentity } from '../backup/format';
import { parseExportSliced } from '../backup/check';
import { byCriterionId, type CriterionState, type FieldTimes, type StoredAnswer, type StoredChecklist } from '../model/checklist';
import type { SliceOptions } from '../model/report';
import { RECORD_FIELDS, type StoredRecord } from '../model/stored-record';
import type { ClosewardDb } from './database';
import { request } from './idb';
import { rekeyOldZendesk } from './rekey-zendesk';
import { clampTimes, clockNote } from '../backup/clock';
import { putRepExport, type TeamDb, type TeamRep } from './team';

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

export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
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
 *    the moment of the import (import-clock.ts): a file from a clock that ran ahead cannot
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

export type AddResult = { file: string; ok: true; rep: TeamRep; replaced: boolean } | { file: string; ok: false; problem: ExportProblem };

/**
 * A team lead's import: reps' export files into the team database (lib/db/team.ts), never
 * into the lead's own records. Files are read, checked (in slices, so the page stays
 * live) and added one by one; a bad file is reported and skipped, the others are added.
 */
export async function importRepFiles(
  team: TeamDb,
  files: readonly { name: string; text(): Promise<string> }[],
  options: SliceOptions & { now?: number } = {},
): Promise<AddResult[]> {
  const results: AddResult[] = [];
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch {
      results.push({ file: file.name, ok: false, problem: { message: 'The file is not JSON: is it a Closeward export (.json)?' } });
      continue;
    }
    const parsed = await parseExportSliced(value, options);
    if (!parsed.ok) {
      results.push({ file: file.name, ok: false, problem: parsed.problem });
      continue;
    }
    const replaced = (await team.reps.get(parsed.data.rep.id)) !== undefined;
    const rep = await putRepExport(team, parsed.data, options.now);
    results.push({ file: file.name, ok: true, rep, replaced });
  }
  return results;
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

async function writeTable(
  store: IDBObjectStore,
  chunks: Iterable<object[]>,
  writer: TableWriter,
  counts: TableCounts,
  progress: (rows: number) => void,
): Promise<void> {
  const { key, merge, tally, weight } = writer;
  // A table with nothing in it (a new machine) needs no reads at all.
  const empty = (await request(store.openKeyCursor())) === null;
  const puts = new GroupedPuts(store);
  for (const chunk of chunks) {
    let done = 0;
    if (empty) {
      for (const row of chunk) {
        const wait = puts.put(row);
        if (wait) await wait;
        done += weight(row);
      }
      counts.added += done;
    } else {
      const stored = await storedRows(store, chunk, key);
      for (const row of chunk) {
        const id = key.id(row);
        const before = stored.get(id);
        const merged = merge(before, row);
        tally(before, merged, row, counts);
        done += weight(row);
        if (!merged) continue;
        stored.set(id, merged);
        const wait = puts.put(merged);
        if (wait) await wait;
      }
    }
    progress(done);
  }
}

/**
 * Serializing a put happens on the page's thread. Puts go out in groups, each group
 * waiting for the one before it to be written: the store always has work queued, and
 * the page gets a turn (a progress bar moves) between groups.
 */
const PUT_GROUP = 500;

class GroupedPuts {
  private previous: IDBRequest | undefined;
  private count = 0;
  constructor(private readonly store: IDBObjectStore) {}

  /** Returns a promise to await at the end of a group, otherwise undefined. */
  put(row: object): Promise<unknown> | undefined {
    const req = this.store.put(row);
    if (++this.count % PUT_GROUP !== 0) return undefined;
    const before = this.previous;
    this.previous = req;
    return before && request(before);
  }
}

/** The rows in chunks, each in key order (an export is already: toArray() reads in key order; sorted only if the file was edited). */
function* sortedChunks(rows: readonly object[], chunkSize: number, key: TableKey): Generator<object[]> {
  for (let from = 0; from < rows.length; from += chunkSize) {
    const chunk = rows.slice(from, from + chunkSize);
    for (let i = 1; i < chunk.length; i++) {
      if (key.compare(chunk[i - 1]!, chunk[i]!) > 0) {
        chunk.sort(key.compare);
        break;
      }
    }
    yield chunk;
  }
}

/**
 * The stored rows of a sorted chunk: one getAll over the chunk's key range, unless that
 * range holds many more stored rows than the chunk (a small backup into a large
 * database), then one get per key.
 */
async function storedRows(store: IDBObjectStore, chunk: readonly object[], key: TableKey): Promise<Map<string, object>> {
  const byId = new Map<string, object>();
  if (!chunk.length) return byId;
  const limit = chunk.length * 4 + 1;
  const range = IDBKeyRange.bound(key.of(chunk[0]!), key.of(chunk[chunk.length - 1]!));
  const inRange = (await request(store.getAll(range, limit))) as object[];
  if (inRange.length < limit) {
    for (const row of inRange) byId.set(key.id(row), row);
    return byId;
  }
  const found = await Promise.all(chunk.map((row) => request(store.get(key.of(row)) as IDBRequest<object | undefined>)));
  for (const row of found) if (row) byId.set(key.id(row), row);
  return byId;
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

// --- keys and merges per table -----------------------------------------------------------------

interface TableKey {
  /** The IndexedDB key of a row. */
  of(row: object): IDBValidKey;
  /** The key as one string, for a Map. */
  id(row: object): string;
  /** IndexedDB's order of keys (strings compare by code unit, like JavaScript's <). */
  compare(a: object, b: object): number;
}

const byString = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function stringKey(field: string): TableKey {
  const of = (row: object) => (row as Record<string, string>)[field]!;
  return { of, id: of, compare: (a, b) => byString(of(a), of(b)) };
}

/**
 * Takes each of `fields` from the incoming row where its write is newer than the stored
 * one's (equal times keep the stored value: re-importing a file changes nothing).
 * Returns null when nothing changes.
 */
export function mergeNewerFields<T extends { fieldTimes: FieldTimes }>(stored: T, incoming: T, fields: readonly string[]): T | null {
  let next: T | null = null;
  const storedTimes: FieldTimes = stored.fieldTimes ?? {};
  for (const field of fields) {
    const at = incoming.fieldTimes[field];
    if (at === undefined || !(at > (storedTimes[field] ?? 0))) continue;
    next ??= { ...stored, fieldTimes: { ...storedTimes } };
    const value = (incoming as Record<string, unknown>)[field];
    if (value === undefined) delete (next as Record<string, unknown>)[field];
    else (next as Record<string, unknown>)[field] = value;
    next.fieldTimes[field] = at;
  }
  return next;
}

function mergeRecord(stored: StoredRecord | undefined, incoming: StoredRecord): StoredRecord | null {
  if (!stored) return incoming;
  let next = mergeNewerFields(stored, incoming, RECORD_FIELDS);
  // The later visit knows the current URL and name; the earlier sighting started the clock.
  if (incoming.lastVisited > stored.lastVisited) {
    next ??= { ...stored };
    next.lastVisited = incoming.lastVisited;
    next.url = incoming.url;
    if (incoming.name !== undefined) next.name = incoming.name;
  }
  if (incoming.firstSeen < stored.firstSeen) {
    next ??= { ...stored };
    next.firstSeen = incoming.firstSeen;
  }
  return next;
}

const CRITERION_FIELDS = ['status', 'evidence', 'verifiedAt', 'stakeholderId'] as const;
const STAKEHOLDER_FIELDS = ['name', 'title', 'role', 'needs'] as const;

/** The object store each table of an export goes to. */
const STORES: Record<ExportTable, string> = {
  records: 'records',
  criteria: 'checklists',
  stakeholders: 'stakeholders',
  conversations: 'conversations',
  followUps: 'followUps',
  settings: 'settings',
};

const byCriterion = (a: CriterionState, b: CriterionState): number =>
  byString(a.recordKey, b.recordKey) || byCriterionId(a, b);

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
    if (last?.criterionId === answer.criterionId) row.answers[row.answers.length - 1] = mergeNewerFields(last, answer, CRITERION_FIELDS) ?? last;
    else row.answers.push(answer);
  }
  if (out.length) yield out;
}

/** All of an export's criteria rows as checklist rows, at once. */
export function checklistsOf(criteria: readonly CriterionState[]): StoredChecklist[] {
  return [...checklistChunks(criteria, Infinity)].flat();
}

/**
 * Per answer, the newer write of each field wins; answers the stored row lacks are added.
 * Unchanged answers stay the very objects they were (the tally counts by identity).
 */
function mergeChecklist(stored: StoredChecklist | undefined, incoming: StoredChecklist): StoredChecklist | null {
  if (!stored) return incoming;
  let answers: StoredAnswer[] | undefined;
  for (const answer of incoming.answers) {
    const list = answers ?? stored.answers;
    const at = list.findIndex((a) => a.criterionId === answer.criterionId);
    const next = at === -1 ? answer : mergeNewerFields(list[at]!, answer, CRITERION_FIELDS);
    if (!next) continue;
    answers ??= [...stored.answers];
    if (at === -1) answers.push(next);
    else answers[at] = next;
  }
  if (!answers) return null;
  answers.sort(byCriterionId);
  return { recordKey: stored.recordKey, answers };
}

/** Counts per answer, not per checklist row: the rep imported criteria. */
function tallyChecklist(before: object | undefined, merged: object | null, incoming: object, counts: TableCounts): void {
  const answers = (incoming as StoredChecklist).answers;
  if (!before) {
    counts.added += answers.length;
    return;
  }
  const was = (before as StoredChecklist).answers;
  const now = (merged as StoredChecklist | null)?.answers;
  for (const answer of answers) {
    const old = was.find((a) => a.criterionId === answer.criterionId);
    if (!old) counts.added++;
    else if (now && !now.includes(old)) counts.updated++;
    else counts.unchanged++;
  }
}

function tallyRow(before: object | undefined, merged: object | null, _incoming: object, counts: TableCounts): void {
  if (!merged) counts.unchanged++;
  else if (before) counts.updated++;
  else counts.added++;
}

/** How one table is written: its key, the merge with a stored row, how rows are counted. */
interface TableWriter {
  key: TableKey;
  /** The row to store given the stored one (if any) and the backup's; null to leave it. */
  merge(stored: object | undefined, incoming: object): object | null;
  tally(before: object | undefined, merged: object | null, incoming: object, counts: TableCounts): void;
  /** How many of the export's rows one row stands for (a checklist: its answers). */
  weight(row: object): number;
}

type Row<T extends ExportTable> = ExportData[T][number];
function writer<T extends ExportTable>(key: TableKey, merge: (stored: Row<T> | undefined, incoming: Row<T>) => Row<T> | null): TableWriter {
  return { key, merge: merge as TableWriter['merge'], tally: tallyRow, weight: () => 1 };
}

const WRITERS: Record<ExportTable, TableWriter> = {
  records: writer<'records'>(stringKey('key'), mergeRecord),
  criteria: {
    key: stringKey('recordKey'),
    merge: mergeChecklist as TableWriter['merge'],
    tally: tallyChecklist,
    weight: (row) => (row as StoredChecklist).answers.length,
  },
  stakeholders: writer<'stakeholders'>(stringKey('id'), (stored, incoming) => {
    if (!stored) return incoming;
    const next = mergeNewerFields(stored, incoming, STAKEHOLDER_FIELDS);
    return incoming.createdAt < stored.createdAt ? { ...(next ?? stored), createdAt: incoming.createdAt } : next;
  }),
  // A logged conversation never changes: one id, one conversation.
  conversations: writer<'conversations'>(stringKey('id'), (stored, incoming) => (stored ? null : incoming)),
  // Done is final: a follow-up done on either machine stays done.
  followUps: writer<'followUps'>(stringKey('id'), (stored, incoming) => {
    if (!stored) return incoming;
    if (stored.status === 'open' && incoming.status === 'done') return { ...stored, status: 'done' as const, doneAt: incoming.doneAt ?? incoming.createdAt };
    return null;
  }),
  settings: writer<'settings'>(stringKey('key'), (stored, incoming) => {
    if (!stored) return incoming;
    // The rep's id is the one made first: a new machine's fresh id gives way to the backup's.
    if (incoming.key === 'repId') return incoming.updatedAt < stored.updatedAt && incoming.value !== stored.value ? incoming : null;
    return incoming.updatedAt > stored.updatedAt ? incoming : null;
  }),
};
