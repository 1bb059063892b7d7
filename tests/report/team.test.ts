import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRepExport, checkRepFiles, type CheckedRepFile } from '../../lib/backup/db-team-import';
import {
  clearTeam,
  ensureRepIdentity,
  joinParts,
  listHistory,
  listReps,
  loadTeam,
  PART_ROWS,
  putRepExport,
  readRepIdentity,
  readSource,
  removeRep,
  saveRepName,
  splitSource,
  TeamDb,
} from '../../lib/db/team';
import { slimSource, type ReportSource } from '../../lib/model/report';
import { columnRows, fromColumns, recordCount } from '../../lib/report/columns';
import { rowsOf } from '../../lib/report/source-index';
import { diskFullAfter } from '../db/faults';
import { parseExport } from '../../lib/backup/check';
import { exportCsv, exportJson, readExportData } from '../../lib/backup/db-export';
import { exportFileName, exportJsonParts } from '../../lib/backup/json';
import { BOM } from '../../lib/backup/csv';
import { freshDb } from '../db/helpers';
import { makeExport, NOW } from './helpers';

const freshTeam = () => new TeamDb(`closeward-team-test-${crypto.randomUUID()}`);
const file = (name: string, content: unknown) => ({ name, text: async () => (typeof content === 'string' ? content : JSON.stringify(content)) });

const ana = makeExport({ id: 'rep-a', name: 'Ana' }, [
  { id: 'r1', statuses: ['confirmed'], conversations: [{ daysAgo: 1, outcome: 'notNow' }], followUps: [2] },
  { id: 'r2' },
]);
const ben = makeExport({ id: 'rep-b', name: 'Ben' }, [{ id: 'x' }]);

describe('the team database', () => {
  it('keeps one entry per rep: a re-import replaces the earlier one', async () => {
    const team = freshTeam();
    await putRepExport(team, ana, NOW);
    await putRepExport(team, ben, NOW);
    const newer = makeExport({ id: 'rep-a', name: 'Ana N.' }, [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }]);
    await putRepExport(team, newer, NOW + 1);
    expect((await listReps(team)).map((r) => [r.repId, r.name, r.records])).toEqual([
      ['rep-a', 'Ana N.', 3],
      ['rep-b', 'Ben', 1],
    ]);
    expect((await loadTeam(team)).map((s) => s.records.length).sort()).toEqual([1, 3]);
  });

  it('keeps only what the report needs: no evidence, notes or people', async () => {
    const team = freshTeam();
    const withPeople = {
      ...ana,
      stakeholders: [{ id: 's', recordKey: 'rep-a:r1', name: 'Grace', title: '', role: 'coach' as const, needs: 'secret', createdAt: 1, fieldTimes: {} }],
    };
    await putRepExport(team, withPeople);
    const [source] = await loadTeam(team);
    expect(JSON.stringify(source)).not.toMatch(/start here|secret|Grace/);
    expect(source!.conversations[0]).toEqual({
      recordKey: 'rep-a:r1',
      at: ana.conversations[0]!.at,
      loggedAt: ana.conversations[0]!.loggedAt,
      outcome: { kind: 'notNow' },
    });
    expect(source!.criteria[0]).toEqual({ recordKey: 'rep-a:r1', criterionId: 'budget', status: 'confirmed', verifiedAt: ana.criteria[0]!.verifiedAt });
  });

  it("adds good files, refuses bad ones with their name and reason, and never touches the lead's own records", async () => {
    const team = freshTeam();
    const own = freshDb();
    const before = await Promise.all(own.tables.map((t) => t.toArray()));
    // What the report page does: check every file, then add the good ones.
    const importRepFiles = async (files: Parameters<typeof checkRepFiles>[1]) => {
      const checked: CheckedRepFile[] = await checkRepFiles(team, files, []);
      for (const result of checked) if (result.ok) await addRepExport(team, result.data);
      return checked;
    };
    const results = await importRepFiles([file('ana.json', ana), file('notes.txt', 'hello'), file('old.json', { ...ben, version: 99 }), file('ben.json', ben)]);
    expect(results.map((r) => [r.file, r.ok])).toEqual([
      ['ana.json', true],
      ['notes.txt', false],
      ['old.json', false],
      ['ben.json', true],
    ]);
    expect(results[1]).toMatchObject({ problem: { message: expect.stringMatching(/not JSON/) } });
    expect(results[2]).toMatchObject({ problem: { message: expect.stringMatching(/newer Closeward/) } });
    expect((await listReps(team)).map((r) => r.repId)).toEqual(['rep-a', 'rep-b']);
    expect(await importRepFiles([file('ana again.json', ana)])).toMatchObject([{ ok: true, replaced: true }]);
    expect(await Promise.all(own.tables.map((t) => t.toArray()))).toEqual(before);
  });

  it('removes one rep, or all', async () => {
    const team = freshTeam();
    await putRepExport(team, ana);
    await putRepExport(team, ben);
    await removeRep(team, 'rep-a');
    expect((await loadTeam(team)).map((s) => s.rep.id)).toEqual(['rep-b']);
    await clearTeam(team);
    expect(await listReps(team)).toEqual([]);
  });
});

/** An export of `n` records, each with six answers, a conversation and a follow-up: about 9 rows a record. */
const bigExport = (rep: { id: string; name: string }, n: number) =>
  makeExport(
    rep,
    Array.from({ length: n }, (_, i) => ({
      id: `r${String(i).padStart(5, '0')}`,
      statuses: ['confirmed', 'atRisk', 'no', 'unknown', 'confirmed', 'no'] as const,
      conversations: [{ daysAgo: i % 30, outcome: 'advanced' as const }],
      followUps: [(i % 11) - 5],
    })).map((spec) => ({ ...spec, statuses: [...spec.statuses] })),
  );

describe("a rep's rows in parts", () => {
  const sized = (lengths: { records: number; criteria: number; conversations: number; followUps: number }): ReportSource => ({
    rep: { id: 'ana', name: 'Ana' },
    exportedAt: NOW,
    // Names missing, empty or not, with letters outside ASCII; some records on a rung.
    records: Array.from({ length: lengths.records }, (_, i) => ({
      key: `k${i}`,
      crm: i % 2 ? 'salesforce' : 'hubspot',
      kind: i % 3 ? 'lead' : 'opportunity',
      name: i % 3 === 0 ? undefined : i % 3 === 1 ? '' : `Núñez 🙂 ${i}`,
      url: `https://example.com/${i}`,
      lastRungId: i % 4 ? undefined : 'discovery',
    })),
    criteria: Array.from({ length: lengths.criteria }, (_, i) => ({ recordKey: `k${i}`, criterionId: 'budget', status: 'confirmed', verifiedAt: i })),
    conversations: Array.from({ length: lengths.conversations }, (_, i) => ({ recordKey: `k${i}`, at: i, loggedAt: i, outcome: { kind: 'notNow' } })),
    followUps: Array.from({ length: lengths.followUps }, (_, i) => ({ recordKey: `k${i}`, dueAt: i, status: 'open' })),
    settings: [],
  });

  it('cuts the records into parts of about partRows rows, each with its own rows in their order, and joins them back', () => {
    const length = fc.nat(300);
    fc.assert(
      fc.property(
        fc.record({ records: length, criteria: length, conversations: length, followUps: length }),
        fc.integer({ min: 1, max: 120 }),
        (lengths, partRows) => {
          const source = sized(lengths);
          const { head, parts } = splitSource(source, partRows);
          expect(head).toEqual({ repId: 'ana', rep: source.rep, exportedAt: NOW, settings: [], records: lengths.records, parts: parts.length });
          expect(parts.map((p) => [p.repId, p.part])).toEqual(parts.map((_, i) => ['ana', i]));
          const partOf = new Map(parts.flatMap((p) => fromColumns(p).records.map((r) => [r.key, p.part] as const)));
          for (const part of parts) {
            const records = recordCount(part.records);
            // Over partRows only when one record's rows alone are more.
            if (records > 1) expect(columnRows(part)).toBeLessThanOrEqual(partRows);
            // Every row points at a record of its own part.
            for (const table of [part.criteria, part.conversations, part.followUps]) expect(table.record.every((at) => at < records)).toBe(true);
          }
          const joined = joinParts(head, parts);
          expect(joined.records).toEqual(source.records);
          // Each table: the rows of the export's records, grouped by part, in their order within a part.
          const expected = <T extends { recordKey: string }>(rows: readonly T[]) =>
            rows.filter((r) => partOf.has(r.recordKey)).sort((a, b) => partOf.get(a.recordKey)! - partOf.get(b.recordKey)!);
          expect(joined.criteria).toEqual(expected(source.criteria));
          expect(joined.conversations).toEqual(expected(source.conversations));
          expect(joined.followUps).toEqual(expected(source.followUps));
        },
      ),
    );
  });

  it('stores a big export in parts, reads it back whole, and a smaller re-import or a removal leaves no part behind', async () => {
    const team = freshTeam();
    const big = bigExport({ id: 'ana', name: 'Ana' }, 1200);
    await putRepExport(team, big, NOW);
    const parts = await team.parts.toArray();
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(columnRows(part)).toBeLessThanOrEqual(PART_ROWS);
    expect(rowsOf(big)).toBeLessThanOrEqual(parts.length * PART_ROWS);
    expect(await team.sources.get('ana')).toEqual({ repId: 'ana', rep: big.rep, exportedAt: NOW, settings: [], records: 1200, parts: parts.length });
    expect(await loadTeam(team)).toEqual([slimSource(big)]);

    await putRepExport(team, ben, NOW);
    await putRepExport(team, { ...ana, rep: { id: 'ana', name: 'Ana' } }, NOW);
    expect((await team.parts.toArray()).map((p) => [p.repId, p.part])).toEqual([
      ['ana', 0],
      ['rep-b', 0],
    ]);
    expect((await loadTeam(team)).map((s) => [s.rep.id, s.records.length])).toEqual([
      ['ana', 2],
      ['rep-b', 1],
    ]);
    await removeRep(team, 'ana');
    expect((await team.parts.toArray()).map((p) => p.repId)).toEqual(['rep-b']);
    await clearTeam(team);
    expect(await team.parts.count()).toBe(0);
  });

  it('adds an export all or nothing: a write that fails part-way leaves the team as it was', async () => {
    const team = freshTeam();
    const first = bigExport({ id: 'ana', name: 'Ana' }, 1200);
    await putRepExport(team, first, NOW);
    const before = { reps: await listReps(team), history: await listHistory(team), sources: await loadTeam(team) };
    // The newer export's first parts are written, then the disk is full.
    const disk = diskFullAfter(4);
    try {
      await expect(putRepExport(team, { ...bigExport({ id: 'ana', name: 'Ana N.' }, 1500), exportedAt: NOW + 1 }, NOW + 1)).rejects.toThrow(/quota/i);
      expect(disk.writes()).toBeGreaterThan(4);
    } finally {
      disk.restore();
    }
    expect({ reps: await listReps(team), history: await listHistory(team), sources: await loadTeam(team) }).toEqual(before);
  });

  it('reads a whole export, the one before or the one replacing it, never parts of both', async () => {
    const team = freshTeam();
    const older = bigExport({ id: 'ana', name: 'Ana' }, 1200);
    const newer = { ...bigExport({ id: 'ana', name: 'Ana N.' }, 900), exportedAt: NOW + 1 };
    await putRepExport(team, older, NOW);
    const [read] = await Promise.all([readSource(team, 'ana'), putRepExport(team, newer, NOW + 1)]);
    expect([slimSource(older), slimSource(newer)]).toContainEqual(read);
    expect(await readSource(team, 'ana')).toEqual(slimSource(newer));
  });

  it('stops reading when its signal is aborted', async () => {
    const team = freshTeam();
    await putRepExport(team, bigExport({ id: 'ana', name: 'Ana' }, 1200), NOW);
    const controller = new AbortController();
    controller.abort();
    await expect(readSource(team, 'ana', controller.signal)).rejects.toThrow(/abort/i);
    await expect(loadTeam(team, { signal: controller.signal })).rejects.toThrow(/abort/i);
  });
});

describe("the rep's identity and own exports", () => {
  it('makes the rep id once and keeps it; the name is trimmed', async () => {
    const database = freshDb();
    expect(await readRepIdentity(database)).toEqual({ id: '', name: '' });
    const first = await ensureRepIdentity(database, 1, () => 'id-1');
    const second = await ensureRepIdentity(database, 2, () => 'id-2');
    expect(first).toEqual({ id: 'id-1', name: '' });
    expect(second).toEqual({ id: 'id-1', name: '' });
    await saveRepName(database, '  Ana Núñez  ');
    expect(await readRepIdentity(database)).toEqual({ id: 'id-1', name: 'Ana Núñez' });
  });

  it('exports JSON that parses back to the same data, whole or in parts', async () => {
    const database = freshDb();
    await saveRepName(database, 'Ana');
    const text = await exportJson(database, NOW);
    expect(typeof text).toBe('string');
    const parsed = parseExport(JSON.parse(text as string));
    expect(parsed.ok && parsed.data.rep.name).toBe('Ana');
    expect(parsed.ok && parsed.data.settings.map((s) => s.key).sort()).toEqual([
      'ladder',
      'notNowPreset',
      'repId',
      'repName',
      'retiredRungs',
      'stalenessDays',
      'templateId',
      'templates',
      'theme',
    ]);
    const data = await readExportData(database, NOW);
    const big = { ...data, records: Array.from({ length: 25_000 }, (_, i) => ({ ...ana.records[0]!, key: `k${i}` })) };
    expect(exportJsonParts(big).join('')).toBe(JSON.stringify(big));
  });

  it('exports CSV text with the BOM and a file name with the rep and the date', async () => {
    const database = freshDb();
    const csv = await exportCsv(database, NOW);
    expect(csv.startsWith(`${BOM}Rep,CRM,Kind,Record,URL`)).toBe(true);
    expect(exportFileName({ id: 'abc', name: 'Ana Núñez' }, NOW, 'csv')).toBe('closeward-ana-nunez-2026-03-10.csv');
    expect(exportFileName({ id: 'abcdef0123', name: '' }, NOW, 'json')).toBe('closeward-abcdef01-2026-03-10.json');
  });
});
