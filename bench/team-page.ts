// The team report's data for the roll-up metric: the reps' exports written into the team
// database (closeward-team) the way the report page adds them, each rep with earlier weekly
// exports first, so the page then opens on a team with its history.
import Dexie from 'dexie';
import { putRepExport, TEAM_DB_NAME, TeamDb } from '../lib/db/team';
import { slimSource, type ReportSource } from '../lib/model/report';
import { snapshotOf } from '../lib/report/trend';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Writes `sources` (one export per rep) through putRepExport, each preceded by `weeks` earlier
 * exports of the same rep dated a week apart. Of an earlier export the team database keeps only
 * its dated summary (the next export replaces the rep's data), so that summary is all that is
 * written for it: the same database as adding every export, without writing each rep's data 13
 * times. Returns what the team database holds.
 */
export async function writeTeam(sources: readonly ReportSource[], weeks: number) {
  await Dexie.delete(TEAM_DB_NAME);
  const team = new TeamDb();
  await team.open();
  const t = performance.now();
  for (const source of sources) {
    const slim = slimSource(source);
    await team.history.bulkPut(Array.from({ length: weeks }, (_, i) => snapshotOf({ ...slim, exportedAt: source.exportedAt - (weeks - i) * WEEK_MS })));
    await putRepExport(team, source);
  }
  const ms = performance.now() - t;
  const tables = Object.fromEntries(await Promise.all(team.tables.map(async (table) => [table.name, await table.count()] as const)));
  team.close();
  return { ms, tables, reps: sources.length, records: sources.map((s) => s.records.length) };
}

/** Removes the team database the metric wrote. */
export async function dropTeam() {
  await Dexie.delete(TEAM_DB_NAME);
}
