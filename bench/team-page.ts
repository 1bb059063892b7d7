// The team report's data for the roll-up metric: the reps' exports written into the team
// database (closeward-team) the way the report page adds them, each rep with earlier weekly
// exports first, so the page then opens on a team with its history.
import Dexie from 'dexie';
import { putRepExport, TEAM_DB_NAME, TeamDb } from '../lib/db/team';
import type { ReportSource } from '../lib/model/report';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Writes `sources` (one export per rep) through putRepExport, each preceded by `weeks` earlier
 * exports of the same rep dated a week apart. Returns what the team database holds.
 */
export async function writeTeam(sources: readonly ReportSource[], weeks: number) {
  await Dexie.delete(TEAM_DB_NAME);
  const team = new TeamDb();
  await team.open();
  const t = performance.now();
  for (const source of sources) {
    for (let w = weeks; w >= 0; w--) await putRepExport(team, { ...source, exportedAt: source.exportedAt - w * WEEK_MS });
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
