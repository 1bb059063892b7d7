import Dexie, { type EntityTable, type Table } from 'dexie';
import { slimSource, yieldToMain, type ReportSource } from '../model/report';
import { RepSetting, REP_NAME_MAX, type AnySetting } from '../model/settings';
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

/** One rep as the team lead sees them in the list; the data itself is in `sources`. */
export interface TeamRep {
  repId: string;
  name: string;
  exportedAt: number;
  importedAt: number;
  records: number;
}

export interface TeamSource {
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
  /** One small summary per export imported, for the trend (lib/report/trend.ts). */
  history!: Dexie.Table<RepSnapshot, [string, number]>;

  constructor(name = TEAM_DB_NAME) {
    super(name);
    this.version(1).stores({ reps: 'repId, name', sources: 'repId' });
    // v2: the trend's history; each rep's current export leaves its first summary.
    this.version(2)
      .stores({ history: '[repId+exportedAt], repId' })
      .upgrade(async (tx) => {
        await tx.table<TeamSource>('sources').each((row) => tx.table<RepSnapshot>('history').put(snapshotOf(row.source)));
      });
  }
}

let shared: TeamDb | undefined;
export function teamDb(): TeamDb {
  shared ??= new TeamDb();
  return shared;
}

/** Adds one rep's export, replacing what this rep sent before (one entry per rep id). */
export async function putRepExport(team: TeamDb, data: ReportSource, now = Date.now()): Promise<TeamRep> {
  const rep: TeamRep = { repId: data.rep.id, name: data.rep.name, exportedAt: data.exportedAt, importedAt: now, records: data.records.length };
  const source = slimSource(data);
  const snapshot = snapshotOf(source);
  await team.transaction('rw', team.reps, team.sources, team.history, async () => {
    await team.reps.put(rep);
    await team.sources.put({ repId: rep.repId, source });
    await team.history.put(snapshot);
  });
  return rep;
}

export function listReps(team: TeamDb): Promise<TeamRep[]> {
  return team.reps.orderBy('name').toArray();
}

/**
 * Every rep's data, read one rep at a time with a turn for the page in between: reading
 * all at once would deserialize hundreds of megabytes in one go.
 */
export async function loadTeam(team: TeamDb, options: { signal?: AbortSignal } = {}): Promise<ReportSource[]> {
  const ids = await team.sources.toCollection().primaryKeys();
  const sources: ReportSource[] = [];
  for (const id of ids) {
    options.signal?.throwIfAborted();
    const row = await team.sources.get(id);
    if (row) sources.push(row.source);
    await yieldToMain();
  }
  return sources;
}

/** Removes a rep: their export and every summary their exports left in the trend. */
export async function removeRep(team: TeamDb, repId: string): Promise<void> {
  await team.transaction('rw', team.reps, team.sources, team.history, async () => {
    await team.reps.delete(repId);
    await team.sources.delete(repId);
    await team.history.where('repId').equals(repId).delete();
  });
}

export async function clearTeam(team: TeamDb): Promise<void> {
  await team.transaction('rw', team.reps, team.sources, team.history, async () => {
    await team.reps.clear();
    await team.sources.clear();
    await team.history.clear();
  });
}

/** Every summary the imported exports left, oldest rep id first. */
export function listHistory(team: TeamDb): Promise<RepSnapshot[]> {
  return team.history.toArray();
}
