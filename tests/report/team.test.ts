import { describe, expect, it } from 'vitest';
import { addRepExport, checkRepFiles, type CheckedRepFile } from '../../lib/backup/db-team-import';
import { clearTeam, ensureRepIdentity, listReps, loadTeam, putRepExport, readRepIdentity, removeRep, saveRepName, TeamDb } from '../../lib/db/team';
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
