import Dexie, { type EntityTable, type Table } from 'dexie';
import { repLabel, slimSource, yieldToMain, type ReportSource } from '../model/report';
import { RepSetting, REP_NAME_MAX, type AnySetting } from '../model/settings';
import { fromColumns, toColumns, type RowColumns } from '../report/columns';
import { rollUpFeed, type RollUp, type RollUpOptions } from '../report/rollup';
import { snapshotOf, type RepSnapshot } from '../report/trend';
import type { ClosewardDb } from './database';

// --- the rep's own identity, in the rep's database ------------------------------------------

function settingsTable(database: ClosewardDb): Table<AnySetting, string> {
  return database.table('settings');
}

/** Who this rep is in a team report; the id is '' until the first export makes one. */
export async function readRepIdentity(database: ClosewardDb): Promise<{ id: string; name: string }> {
  const rows = await settingsTable(database).bulkGet(['repId', 'repName']);
  const [id, name] = rows.map((row) => RepSetting.safeParse(row));
  return {
    id: id?.success && id.data.key === 'repId' ? id.data.value : '',
    name: name?.success && name.data.key === 'repName' ? name.data.value : '',
  };
}

/** The rep's id, made once and kept: a team lead's re-import of this rep replaces the last one. */
export async function ensureRepIdentity(
  database: ClosewardDb,
  now = Date.now(),
  makeId: () => string = () => crypto.randomUUID(),
): Promise<{ id: string; name: string }> {
  return database.transaction('rw', database.settings, async () => {
    const identity = await readRepIdentity(database);
    if (identity.id) return identity;
    const id = makeId();
    await settingsTable(database).put({ key: 'repId', value: id, updatedAt: now });
    return { id, name: identity.name };
  });
}

/** The name shown for this rep in exports and team reports (trimmed, at most 120 characters). */
export async function saveRepName(database: ClosewardDb, name: string, now = Date.now()): Promise<void> {
  await settingsTable(database).put({ key: 'repName', value: name.trim().slice(0, REP_NAME_MAX), updatedAt: now });
}

// --- the team lead's database of reps' exports ------------------------------------------------

export const TEAM_DB_NAME = 'closeward-team';

/** One rep as the team lead sees them in the list; the data itself is in `sources` and `parts`. */
export interface TeamRep {
  repId: string;
  name: string;
  exportedAt: number;
  importedAt: number;
  records: number;
}

/** What a rep's export says besides its rows: who, when, the settings, its records and the parts holding its rows. */
export interface TeamSource {
  repId: string;
  rep: ReportSource['rep'];
  exportedAt: number;
  settings: ReportSource['settings'];
  records: number;
  parts: number;
}

/**
 * Part `part` of a rep's rows: records in the export's order, with the answers, conversations
 * and follow-ups of those records in columns (lib/report/columns.ts).
 */
export interface TeamPart extends RowColumns {
  repId: string;
  part: number;
}

type Row<Table extends 'records' | 'criteria' | 'conversations' | 'followUps'> = ReportSource[Table][number];

/**
 * About this many rows (records, answers, conversations, follow-ups) in one part: some 500
 * records with theirs. Reading and counting a part is one task of the page, about a
 * millisecond.
 */
export const PART_ROWS = 5000;

/**
 * A rep's export as the team database stores it: the rest, and its records cut into parts of
 * about `partRows` rows, each record with its own rows (in their order), in columns. Rows of a
 * record the export does not have count nowhere in a report and are not kept.
 */
export function splitSource(source: ReportSource, partRows = PART_ROWS): { head: TeamSource; parts: TeamPart[] } {
  const repId = source.rep.id;
  const n = source.records.length;
  // The record a row belongs to: the last with its key, as the report's index reads it.
  const positions = new Map<string, number>();
  for (let i = 0; i < n; i++) positions.set(source.records[i]!.key, i);
  const weight = new Uint32Array(n).fill(1);
  const tables = [source.criteria, source.conversations, source.followUps] as const;
  for (const rows of tables) {
    for (const row of rows) {
      const at = positions.get(row.recordKey);
      if (at !== undefined) weight[at]!++;
    }
  }
  const partOf = new Uint32Array(n);
  let part = 0;
  let filled = 0;
  for (let i = 0; i < n; i++) {
    if (filled > 0 && filled + weight[i]! > partRows) {
      part++;
      filled = 0;
    }
    partOf[i] = part;
    filled += weight[i]!;
  }
  const rows = Array.from({ length: part + 1 }, () => ({
    records: [] as Row<'records'>[],
    criteria: [] as Row<'criteria'>[],
    conversations: [] as Row<'conversations'>[],
    followUps: [] as Row<'followUps'>[],
  }));
  const into = <T extends { recordKey: string }>(list: readonly T[], pick: (p: (typeof rows)[number]) => T[]) => {
    for (const row of list) {
      const at = positions.get(row.recordKey);
      if (at !== undefined) pick(rows[partOf[at]!]!).push(row);
    }
  };
  source.records.forEach((record, i) => rows[partOf[i]!]!.records.push(record));
  into(source.criteria, (p) => p.criteria);
  into(source.conversations, (p) => p.conversations);
  into(source.followUps, (p) => p.followUps);
  const parts: TeamPart[] = rows.map((r, k) => ({ repId, part: k, ...toColumns(r) }));
  const head: TeamSource = {
    repId,
    rep: { id: repId, name: source.rep.name },
    exportedAt: source.exportedAt,
    settings: source.settings,
    records: n,
    parts: parts.length,
  };
  return { head, parts };
}

function append<T>(into: T[], rows: readonly T[]): void {
  for (const row of rows) into.push(row);
}

/** The export again from its stored rest and its parts, in the order of `part`. */
export function joinParts(head: TeamSource, parts: readonly TeamPart[]): ReportSource {
  const records: Row<'records'>[] = [];
  const criteria: Row<'criteria'>[] = [];
  const conversations: Row<'conversations'>[] = [];
  const followUps: Row<'followUps'>[] = [];
  for (const part of parts) {
    const rows = fromColumns(part);
    append(records, rows.records);
    append(criteria, rows.criteria);
    append(conversations, rows.conversations);
    append(followUps, rows.followUps);
  }
  return { rep: head.rep, exportedAt: head.exportedAt, records, criteria, conversations, followUps, settings: head.settings };
}

/** How versions 1 and 2 kept a rep's export: one row with all of it. */
interface WholeSource {
  repId: string;
  source: ReportSource;
}

/**
 * A database of its own, apart from the lead's own records (`closeward`): importing a
 * team can never touch them. Summaries and data are separate tables so the list of reps
 * opens without reading everyone's rows.
 */
export class TeamDb extends Dexie {
  reps!: EntityTable<TeamRep, 'repId'>;
  sources!: EntityTable<TeamSource, 'repId'>;
  /** Each rep's rows in parts of about PART_ROWS rows, keyed [repId+part]. */
  parts!: Table<TeamPart, [string, number]>;
  /** One small summary per export imported, for the trend (lib/report/trend.ts). */
  history!: Dexie.Table<RepSnapshot, [string, number]>;

  constructor(name = TEAM_DB_NAME) {
    super(name);
    this.version(1).stores({ reps: 'repId, name', sources: 'repId' });
    // v2: the trend's history; each rep's current export leaves its first summary.
    this.version(2)
      .stores({ history: '[repId+exportedAt], repId' })
      .upgrade(async (tx) => {
        await tx.table<WholeSource>('sources').each((row) => tx.table<RepSnapshot>('history').put(snapshotOf(row.source)));
      });
    // v3: a rep's rows in parts, so that reading them never deserializes a whole export in one task.
    this.version(3)
      .stores({ parts: '[repId+part]' })
      .upgrade(async (tx) => {
        const sources = tx.table<WholeSource | TeamSource, string>('sources');
        for (const repId of await sources.toCollection().primaryKeys()) {
          const row = await sources.get(repId);
          if (!row || !('source' in row)) continue;
          const { head, parts } = splitSource(row.source);
          await tx.table<TeamPart, [string, number]>('parts').bulkPut(parts);
          await sources.put(head);
        }
      });
  }
}

let shared: TeamDb | undefined;
export function teamDb(): TeamDb {
  shared ??= new TeamDb();
  return shared;
}

/** Every part of one rep's rows. */
function partsOf(team: TeamDb, repId: string) {
  return team.parts.where('[repId+part]').between([repId, Dexie.minKey], [repId, Dexie.maxKey]);
}

/**
 * Adds one rep's export, replacing what this rep sent before (one entry per rep id). One
 * transaction: a write that fails leaves the team as it was. The parts are written one at a
 * time, each copied for the database in a task of its own.
 */
export async function putRepExport(team: TeamDb, data: ReportSource, now = Date.now()): Promise<TeamRep> {
  const rep: TeamRep = { repId: data.rep.id, name: data.rep.name, exportedAt: data.exportedAt, importedAt: now, records: data.records.length };
  const source = slimSource(data);
  const snapshot = snapshotOf(source);
  const { head, parts } = splitSource(source);
  await team.transaction('rw', [team.reps, team.sources, team.parts, team.history], async () => {
    await partsOf(team, rep.repId).delete();
    await team.reps.put(rep);
    await team.sources.put(head);
    for (const part of parts) await team.parts.put(part);
    await team.history.put(snapshot);
  });
  return rep;
}

export function listReps(team: TeamDb): Promise<TeamRep[]> {
  return team.reps.orderBy('name').toArray();
}

/** What reads a rep's stored export: its rest first, then each part in order. */
export interface RepReader {
  head(head: TeamSource): void;
  part(part: TeamPart): void;
}

/**
 * One rep's stored export, handed to `reader` as it is read: the rest, then the parts one
 * after another, each read a task of the page of its own. One transaction: never part of one
 * export and part of the one replacing it. False if the rep is not in the team.
 */
export function readRep(team: TeamDb, repId: string, reader: RepReader, signal?: AbortSignal): Promise<boolean> {
  return team.transaction('r', [team.sources, team.parts], async () => {
    const head = await team.sources.get(repId);
    if (!head) return false;
    reader.head(head);
    for (let part = 0; part < head.parts; part++) {
      signal?.throwIfAborted();
      const row = await team.parts.get([repId, part]);
      if (!row) throw new Error(`part ${part + 1} of ${head.parts} of ${repLabel(head.rep)}'s export is missing`);
      reader.part(row);
    }
    return true;
  });
}

/** What each rep's export says besides its rows, in the order of their ids. */
export function listSources(team: TeamDb): Promise<TeamSource[]> {
  return team.sources.toArray();
}

/** One rep's export, put together from its parts. */
export async function readSource(team: TeamDb, repId: string, signal?: AbortSignal): Promise<ReportSource | undefined> {
  let head: TeamSource | undefined;
  const parts: TeamPart[] = [];
  const found = await readRep(team, repId, { head: (h) => (head = h), part: (p) => parts.push(p) }, signal);
  return found && head ? joinParts(head, parts) : undefined;
}

/** Every rep's data, rep after rep, part after part, with a turn for the page after each rep. */
export async function loadTeam(team: TeamDb, options: { signal?: AbortSignal } = {}): Promise<ReportSource[]> {
  const ids = await team.sources.toCollection().primaryKeys();
  const sources: ReportSource[] = [];
  for (const id of ids) {
    options.signal?.throwIfAborted();
    const source = await readSource(team, id, options.signal);
    if (source) sources.push(source);
    await yieldToMain();
  }
  return sources;
}

/**
 * The team's roll-up, read from the database part by part and counted as it is read
 * (lib/report/rollup.ts rollUpFeed): each task of the page reads and counts one part, about
 * a millisecond; only the records' columns stay in memory, for the lists behind the numbers.
 * `onProgress` after each part; `signal` stops it (the promise rejects).
 */
export async function rollUpTeam(
  team: TeamDb,
  options: RollUpOptions & { signal?: AbortSignal | undefined; onProgress?: ((done: number, total: number) => void) | undefined } = {},
): Promise<RollUp> {
  const { signal, onProgress } = options;
  const heads = await listSources(team);
  const feed = rollUpFeed(heads, options);
  const total = heads.reduce((sum, head) => sum + head.parts, 0);
  let done = 0;
  for (const { repId } of heads) {
    signal?.throwIfAborted();
    const reader: RepReader = {
      head: (head) => feed.head(head),
      part: (part) => {
        feed.part(part);
        onProgress?.(++done, total);
      },
    };
    await readRep(team, repId, reader, signal);
    await yieldToMain();
  }
  signal?.throwIfAborted();
  return feed.finish();
}

/** Removes a rep: their export and every summary their exports left in the trend. */
export async function removeRep(team: TeamDb, repId: string): Promise<void> {
  await team.transaction('rw', [team.reps, team.sources, team.parts, team.history], async () => {
    await team.reps.delete(repId);
    await team.sources.delete(repId);
    await partsOf(team, repId).delete();
    await team.history.where('repId').equals(repId).delete();
  });
}

export async function clearTeam(team: TeamDb): Promise<void> {
  await team.transaction('rw', [team.reps, team.sources, team.parts, team.history], async () => {
    await team.reps.clear();
    await team.sources.clear();
    await team.parts.clear();
    await team.history.clear();
  });
}

/** Every summary the imported exports left, oldest rep id first. */
export function listHistory(team: TeamDb): Promise<RepSnapshot[]> {
  return team.history.toArray();
}
