import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClosewardDb } from '../../lib/db/database';
import { criteriaOf } from '../../lib/db/criteria';
import { checklistChunks, checklistsOf, criteriaInOrder } from '../../lib/backup/checklists';
import { importBackup } from '../../lib/backup/db-import';
import { EXPORT_VERSION, type ExportData } from '../../lib/backup/format';
import { exportJson, readExportData } from '../../lib/backup/db-export';
import { freshDb } from '../db/helpers';
import { makeExport, NOW, record } from '../report/helpers';

afterEach(() => vi.restoreAllMocks());

/** Every object store the import writes, as stored. */
const STORES = ['records', 'checklists', 'stakeholders', 'conversations', 'followUps', 'settings'] as const;
async function snapshot(database: ClosewardDb): Promise<unknown[][]> {
  return Promise.all(STORES.map((table) => database.table(table).toArray()));
}

async function load(database: ClosewardDb, data: ExportData): Promise<void> {
  const result = await importBackup(database, structuredClone(data));
  if (!result.ok) throw new Error(result.message);
}

const team = () =>
  makeExport({ id: 'rep-1', name: 'Ana' }, [
    { id: 'r1', rung: 'discovery', statuses: ['confirmed', 'no', 'atRisk'], conversations: [{ daysAgo: 3, outcome: 'notNow' }], followUps: [10] },
    { id: 'r2', statuses: ['unknown'], conversations: [{ daysAgo: 2, outcome: 'advanced' }] },
    { id: 'r3', statuses: ['confirmed', 'confirmed'] },
    { id: 'r4' },
  ]);

describe('importing a backup', () => {
  it('restores a JSON export into an empty database as it was (round trip)', async () => {
    const source = freshDb();
    await load(source, team());
    const blob = await exportJson(source, NOW);
    const target = freshDb();
    const result = await importBackup(target, blob);
    expect(result.ok).toBe(true);
    const [before, after] = await Promise.all([readExportData(source, NOW), readExportData(target, NOW)]);
    expect(after.rep).toEqual(before.rep);
    for (const table of ['records', 'criteria', 'stakeholders', 'conversations', 'followUps'] as const) {
      expect(after[table], table).toEqual(before[table]);
    }
  });

  it('counts what it added, updated and left; importing the same file again changes nothing', async () => {
    const database = freshDb();
    const first = await importBackup(database, structuredClone(team()));
    expect(first).toMatchObject({ ok: true, tables: { records: { added: 4, updated: 0, unchanged: 0 }, criteria: { added: 6 } } });
    const before = await snapshot(database);
    const again = await importBackup(database, structuredClone(team()), { chunkSize: 2 });
    expect(again).toMatchObject({ ok: true, tables: { records: { added: 0, updated: 0, unchanged: 4 }, conversations: { unchanged: 2 } } });
    expect(await snapshot(database)).toEqual(before);
  });

  it('merges per field: an older backup never overwrites newer edits, a newer one does', async () => {
    const database = freshDb();
    await database.records.put(record('k', { callPurpose: 'mine, newer', source: 'mine, older', fieldTimes: { callPurpose: 300, source: 100 } }));
    await database.checklists.put({
      recordKey: 'k',
      answers: [
        { criterionId: 'budget', status: 'confirmed', evidence: 'old note', verifiedAt: 200, fieldTimes: { status: 200, evidence: 50, verifiedAt: 200 } },
      ],
    });
    const backup = makeExport({ id: 'rep-1', name: 'Ana' }, [], {
      records: [record('k', { callPurpose: 'backup, older', source: 'backup, newer', fieldTimes: { callPurpose: 200, source: 400 } })],
      criteria: [
        {
          recordKey: 'k',
          criterionId: 'budget',
          status: 'no',
          evidence: 'new note',
          verifiedAt: 100,
          fieldTimes: { status: 100, evidence: 400, verifiedAt: 100 },
        },
      ],
    });
    const result = await importBackup(database, backup);
    expect(result).toMatchObject({ ok: true, tables: { records: { updated: 1 }, criteria: { updated: 1 } } });
    expect(await database.records.get('k')).toMatchObject({
      callPurpose: 'mine, newer',
      source: 'backup, newer',
      fieldTimes: { callPurpose: 300, source: 400 },
    });
    expect((await criteriaOf(database, 'k'))[0]).toMatchObject({
      status: 'confirmed',
      evidence: 'new note',
      verifiedAt: 200,
      fieldTimes: { status: 200, evidence: 400, verifiedAt: 200 },
    });
  });

  it('keeps conversations as logged, keeps a follow-up done on either side done, and adds what is missing', async () => {
    const database = freshDb();
    const data = team();
    await load(database, data);
    const followUp = data.followUps[0]!;
    const later = {
      ...data,
      followUps: [{ ...followUp, status: 'done' as const, doneAt: NOW }],
      conversations: [{ ...data.conversations[0]!, noteToFutureSelf: 'rewritten' }],
    };
    await load(database, later);
    expect(await database.followUps.get(followUp.id)).toMatchObject({ status: 'done', doneAt: NOW });
    expect((await database.conversations.get(data.conversations[0]!.id))!.noteToFutureSelf).toBe('start here');
    // Re-importing the older file (open) leaves it done.
    await load(database, data);
    expect((await database.followUps.get(followUp.id))!.status).toBe('done');
  });

  it("keeps the rep id made first: a new machine takes the backup's", async () => {
    const database = freshDb();
    await database.table('settings').put({ key: 'repId', value: 'new-machine', updatedAt: 500 });
    await load(
      database,
      makeExport({ id: 'rep-1', name: 'Ana' }, [], {
        settings: [
          { key: 'repId', value: 'original', updatedAt: 100 },
          { key: 'repName', value: 'Ana', updatedAt: 100 },
        ],
      }),
    );
    expect(await database.table('settings').get('repId')).toMatchObject({ value: 'original' });
    expect(await database.table('settings').get('repName')).toMatchObject({ value: 'Ana' });
    await load(database, makeExport({ id: 'rep-1', name: 'Ana' }, [], { settings: [{ key: 'repId', value: 'younger', updatedAt: 900 }] }));
    expect(await database.table('settings').get('repId')).toMatchObject({ value: 'original' });
  });

  it('merges rows that are not in key order, and a small backup into a large database', async () => {
    const database = freshDb();
    const many = makeExport(
      { id: 'rep-1', name: 'Ana' },
      Array.from({ length: 60 }, (_, i) => ({ id: `r${String(i).padStart(2, '0')}` })),
    );
    await load(database, many);
    const first = many.records[0]!;
    const last = many.records.at(-1)!;
    const edits = makeExport({ id: 'rep-1', name: 'Ana' }, [], {
      records: [
        { ...last, source: 'edited last', fieldTimes: { source: 10 } },
        { ...first, source: 'edited first', fieldTimes: { source: 10 } },
      ],
    });
    const result = await importBackup(database, edits, { chunkSize: 2 });
    expect(result).toMatchObject({ ok: true, tables: { records: { updated: 2, added: 0 } } });
    expect((await database.records.get(first.key))!.source).toBe('edited first');
    expect((await database.records.get(last.key))!.source).toBe('edited last');
    expect(await database.records.count()).toBe(60);
  });

  it("puts each record's answers in one checklist row, counting and merging per answer", async () => {
    const database = freshDb();
    await database.checklists.put({
      recordKey: 'k',
      answers: [
        { criterionId: 'budget', status: 'confirmed', evidence: 'kept', verifiedAt: 500, fieldTimes: { status: 500, evidence: 500, verifiedAt: 500 } },
        { criterionId: 'coach', status: 'no', evidence: 'older', fieldTimes: { status: 100, evidence: 100 } },
      ],
    });
    const answer = (recordKey: string, criterionId: string, at: number, evidence = `${criterionId} at ${at}`) => ({
      recordKey,
      criterionId,
      status: 'atRisk' as const,
      evidence,
      fieldTimes: { status: at, evidence: at },
    });
    const backup = makeExport({ id: 'rep-1', name: 'Ana' }, [], {
      // Out of order, and one answer listed twice: the newer write wins per field.
      criteria: [
        answer('k', 'timing', 300),
        answer('k', 'coach', 200),
        answer('new', 'budget', 50, 'first'),
        answer('k', 'budget', 100),
        answer('new', 'budget', 60, 'second'),
      ],
    });
    const result = await importBackup(database, backup, { chunkSize: 1 });
    expect(result).toMatchObject({ ok: true, tables: { criteria: { added: 2, updated: 1, unchanged: 1 } } });
    const k = await database.checklists.get('k');
    expect(k!.answers.map((a) => a.criterionId)).toEqual(['budget', 'coach', 'timing']);
    expect(k!.answers[0]).toMatchObject({ status: 'confirmed', evidence: 'kept' });
    expect(k!.answers[1]).toMatchObject({ status: 'atRisk', evidence: 'coach at 200' });
    expect(await criteriaOf(database, 'new')).toEqual([
      { recordKey: 'new', criterionId: 'budget', status: 'atRisk', evidence: 'second', fieldTimes: { status: 60, evidence: 60 } },
    ]);
    // The export gives the answers back one row each, in key order.
    const exported = await readExportData(database, NOW);
    expect(exported.criteria.map((c) => `${c.recordKey}/${c.criterionId}`)).toEqual(['k/budget', 'k/coach', 'k/timing', 'new/budget']);
  });

  it('groups criteria rows by record whatever their order', () => {
    const row = (recordKey: string, criterionId: string) => ({ recordKey, criterionId, status: 'unknown' as const, evidence: '', fieldTimes: {} });
    const grouped = checklistsOf([row('b', 'x'), row('a', 'y'), row('b', 'a'), row('a', 'b')]);
    expect(grouped.map((g) => [g.recordKey, g.answers.map((a) => a.criterionId)])).toEqual([
      ['a', ['b', 'y']],
      ['b', ['a', 'x']],
    ]);
    expect(grouped[0]!.answers[0]).not.toHaveProperty('recordKey');
    // In chunks of whole records: a record's answers never straddle two chunks.
    const rows = ['a', 'b', 'c', 'd', 'e'].flatMap((k) => ['x', 'y', 'z'].map((c) => row(k, c)));
    const chunks = [...checklistChunks(rows, 2)];
    expect(chunks.map((chunk) => chunk.map((g) => `${g.recordKey}:${g.answers.length}`))).toEqual([['a:3', 'b:3'], ['c:3', 'd:3'], ['e:3']]);
  });

  it('checks the criteria order in slices: the same list when in order, a sorted copy when not, wherever the disorder is', async () => {
    const row = (recordKey: string, criterionId: string) => ({ recordKey, criterionId, status: 'unknown' as const, evidence: '', fieldTimes: {} });
    const inOrder = ['a', 'b', 'c', 'd'].flatMap((k) => ['x', 'y'].map((c) => row(k, c)));
    for (const slice of [1, 2, 3, 100]) expect(await criteriaInOrder(inOrder, slice)).toBe(inOrder);
    for (let swap = 1; swap < inOrder.length; swap++) {
      const shuffled = [...inOrder];
      [shuffled[swap - 1], shuffled[swap]] = [shuffled[swap]!, shuffled[swap - 1]!];
      for (const slice of [1, 2, 3, 100]) expect(await criteriaInOrder(shuffled, slice), `swap ${swap}, slice ${slice}`).toEqual(inOrder);
    }
  });

  it('reports progress, checking then writing, up to the total', async () => {
    const calls: [number, number, string][] = [];
    await importBackup(freshDb(), team(), { chunkSize: 2, onProgress: (done, total, phase) => calls.push([done, total, phase]) });
    const total = calls[0]![1];
    expect(calls.at(-1)).toEqual([total, total, 'writing']);
    expect(calls.some(([, , phase]) => phase === 'checking')).toBe(true);
    const writes = calls.filter(([, , phase]) => phase === 'writing').map(([done]) => done);
    expect(writes).toEqual([...writes].sort((a, b) => a - b));
    expect(writes.length).toBeGreaterThan(3);
  });

  it('tells live queries (the sidebar) that the data changed', async () => {
    const database = freshDb();
    const seen: number[] = [];
    const subscription = liveQuery(() => database.records.count()).subscribe((n) => seen.push(n));
    await vi.waitFor(() => expect(seen).toEqual([0]));
    await load(database, team());
    await vi.waitFor(() => expect(seen.at(-1)).toBe(4));
    subscription.unsubscribe();
  });
});

describe('a backup that cannot be imported changes nothing', () => {
  async function filled(): Promise<{ database: ClosewardDb; before: unknown[][] }> {
    const database = freshDb();
    await load(database, makeExport({ id: 'rep-1', name: 'Ana' }, [{ id: 'mine', statuses: ['confirmed'] }]));
    return { database, before: await snapshot(database) };
  }

  it('a malformed row: nothing written, and the message names the table, row and field', async () => {
    const { database, before } = await filled();
    const data = team() as unknown as Record<string, Record<string, unknown>[]>;
    data.criteria![3]!.verifiedAt = 'yesterday';
    const result = await importBackup(database, JSON.stringify(data));
    expect(result).toMatchObject({ ok: false, stage: 'check', problem: { table: 'criteria', index: 3, field: 'verifiedAt' } });
    expect(result.ok || result.message).toBe(
      'Table "criteria", row index 3 (rep-1:r2), field "verifiedAt" should be a number, got "yesterday". Nothing was imported; your data is as it was.',
    );
    expect(await snapshot(database)).toEqual(before);
  });

  it('a file from a newer Closeward: says to update', async () => {
    const { database, before } = await filled();
    const result = await importBackup(database, { ...team(), version: EXPORT_VERSION + 1 });
    expect(result).toMatchObject({ ok: false, stage: 'check', message: expect.stringMatching(/newer Closeward .* Update Closeward/) });
    expect(await snapshot(database)).toEqual(before);
  });

  it('not JSON at all', async () => {
    const { database, before } = await filled();
    expect(await importBackup(database, '{"format": "closeward-export", ')).toMatchObject({
      ok: false,
      stage: 'read',
      message: expect.stringMatching(/not valid JSON/),
    });
    expect(await snapshot(database)).toEqual(before);
  });

  it.each([
    ['an empty database', false],
    ['a database with rows to merge', true],
  ])('a write failing mid-way into %s: all or nothing', async (_, prefill) => {
    const { database, before } = prefill ? await filled() : { database: freshDb(), before: undefined };
    const empty = prefill ? undefined : await snapshot(database);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 7) throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const result = await importBackup(database, team(), { chunkSize: 2 });
    expect(result).toMatchObject({ ok: false, stage: 'write', message: expect.stringMatching(/QuotaExceededError: disk full.*Nothing was imported/) });
    expect(calls).toBeGreaterThanOrEqual(7);
    vi.restoreAllMocks();
    expect(await snapshot(database)).toEqual(before ?? empty);
  });

  it('a chunk that throws (here: the progress callback) rolls back the chunks before it', async () => {
    const { database, before } = await filled();
    let chunks = 0;
    const result = await importBackup(database, team(), {
      chunkSize: 2,
      onProgress: (_done, _total, phase) => {
        if (phase === 'writing' && ++chunks === 3) throw new Error('stop here');
      },
    });
    expect(result).toMatchObject({ ok: false, stage: 'write', message: expect.stringMatching(/stop here/) });
    expect(await snapshot(database)).toEqual(before);
  });

  it('a signal aborted while checking stops it before any write', async () => {
    const { database, before } = await filled();
    const result = await importBackup(database, team(), { signal: AbortSignal.abort() });
    expect(result).toMatchObject({ ok: false, stage: 'check', message: expect.stringMatching(/stopped/) });
    expect(await snapshot(database)).toEqual(before);
  });

  it('an aborted signal stops it with nothing written', async () => {
    const { database, before } = await filled();
    const controller = new AbortController();
    const result = await importBackup(database, team(), {
      chunkSize: 2,
      signal: controller.signal,
      onProgress: (_done, _total, phase) => phase === 'writing' && controller.abort(),
    });
    expect(result).toMatchObject({ ok: false, stage: 'write' });
    expect(await snapshot(database)).toEqual(before);
  });
});
