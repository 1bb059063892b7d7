import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { listHistory, listReps, loadTeam, PART_ROWS, splitSource, TeamDb, type TeamRep } from '../../lib/db/team';
import { slimSource, type ReportSource } from '../../lib/model/report';
import { columnRows } from '../../lib/report/columns';
import { rowsOf } from '../../lib/report/source-index';
import { snapshotOf, type RepSnapshot } from '../../lib/report/trend';
import { makeExport, NOW } from '../report/helpers';

/** An export of `n` records, each with three answers and a conversation. */
function bigSource(rep: { id: string; name: string }, n: number): ReportSource {
  return slimSource(
    makeExport(
      rep,
      Array.from({ length: n }, (_, i) => ({
        id: `r${String(i).padStart(5, '0')}`,
        statuses: ['confirmed', i % 2 ? 'no' : 'atRisk', 'unknown'],
        conversations: [{ daysAgo: i % 20, outcome: i % 3 ? ('advanced' as const) : ('notNow' as const) }],
        followUps: i % 4 ? [] : [i % 9],
      })),
    ),
  );
}

/** A team database as version 2 wrote it: each rep's export whole in one row of `sources`. */
async function fillV2(name: string, sources: readonly ReportSource[], earlier: readonly RepSnapshot[]): Promise<TeamRep[]> {
  const v2 = new Dexie(name);
  v2.version(1).stores({ reps: 'repId, name', sources: 'repId' });
  v2.version(2).stores({ history: '[repId+exportedAt], repId' });
  const reps = sources.map((s) => ({ repId: s.rep.id, name: s.rep.name, exportedAt: s.exportedAt, importedAt: NOW, records: s.records.length }));
  await v2.table('reps').bulkPut(reps);
  await v2.table('sources').bulkPut(sources.map((source) => ({ repId: source.rep.id, source })));
  await v2.table('history').bulkPut([...earlier, ...sources.map(snapshotOf)]);
  v2.close();
  return reps;
}

describe('team database version 3: a rep’s rows in parts', () => {
  it('moves each whole export of version 2 into parts, and reads back the same exports, reps and history', async () => {
    const name = `closeward-team-test-${crypto.randomUUID()}`;
    const ana = bigSource({ id: 'ana', name: 'Ana' }, 1500);
    const ben = slimSource(makeExport({ id: 'ben', name: 'Ben' }, [{ id: 'x', statuses: ['confirmed'] }]));
    const earlier = [{ ...snapshotOf(ana), exportedAt: NOW - 7 * 86_400_000 }];
    const reps = await fillV2(name, [ana, ben], earlier);

    const team = new TeamDb(name);
    expect(await loadTeam(team)).toEqual([ana, ben]);
    expect(await listReps(team)).toEqual(reps);
    expect((await listHistory(team)).map((h) => [h.repId, h.exportedAt])).toEqual([
      ['ana', NOW - 7 * 86_400_000],
      ['ana', NOW],
      ['ben', NOW],
    ]);
    // No whole export is left: the sources hold what an export says besides its rows.
    const heads = await team.sources.toArray();
    expect(heads.map((h) => [h.repId, h.records, 'source' in h])).toEqual([
      ['ana', 1500, false],
      ['ben', 1, false],
    ]);
    expect(heads.map((h) => h.parts)).toEqual([splitSource(ana).head.parts, 1]);
    expect(rowsOf(ana)).toBeGreaterThan(PART_ROWS);
    expect(heads[0]!.parts).toBeGreaterThan(1);
    const parts = await team.parts.toArray();
    expect(parts.length).toBe(heads[0]!.parts + 1);
    for (const part of parts) expect(columnRows(part)).toBeLessThanOrEqual(PART_ROWS);
    team.close();
  });

  it('opens an empty version 2 database', async () => {
    const name = `closeward-team-test-${crypto.randomUUID()}`;
    await fillV2(name, [], []);
    const team = new TeamDb(name);
    expect(await loadTeam(team)).toEqual([]);
    expect(team.verno).toBe(3);
    team.close();
  });
});
