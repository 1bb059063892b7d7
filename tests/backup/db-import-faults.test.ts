import { afterEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../lib/backup/db-import';
import { makeExport, type RecordSpec } from '../report/helpers';
import { freshDb } from '../db/helpers';
import { databaseDigest, diskFullAfter } from '../db/faults';

let disk: ReturnType<typeof diskFullAfter> | undefined;
afterEach(() => {
  disk?.restore();
  disk = undefined;
});

const rep = { id: 'rep-1', name: 'Ana' };
const backup = () =>
  makeExport(
    rep,
    Array.from({ length: 12 }, (_, i): RecordSpec => ({
      id: `r${String(i).padStart(2, '0')}`,
      statuses: ['confirmed', 'no', 'atRisk'],
      conversations: [{ daysAgo: 3, outcome: 'notNow' }],
      followUps: [10],
    })),
  );

/** A database holding the rep's own data, with edits the backup would overwrite. */
async function filled() {
  const database = freshDb();
  const own = makeExport(rep, [{ id: 'r00', statuses: ['no'] }, { id: 'mine' }]);
  own.criteria[0]!.fieldTimes = { status: 1 };
  const result = await importBackup(database, own);
  if (!result.ok) throw new Error(result.message);
  return database;
}

describe('an import on a disk that fills up part-way', () => {
  it('counts how many writes a whole import takes (so the cases below fall inside it)', async () => {
    disk = diskFullAfter(Infinity);
    const result = await importBackup(await filled(), backup(), { chunkSize: 3 });
    expect(result.ok).toBe(true);
    expect(disk.writes()).toBeGreaterThan(40);
  });

  it.each([0, 1, 2, 5, 11, 12, 13, 20, 30, 40])('quota reached after %i writes: the database is byte-identical and the rep is told', async (allowed) => {
    const database = await filled();
    const before = await databaseDigest(database);
    disk = diskFullAfter(allowed);
    const result = await importBackup(database, backup(), { chunkSize: 3 });
    disk.restore();
    expect(result).toMatchObject({
      ok: false,
      stage: 'write',
      message: expect.stringMatching(/QuotaExceededError.*Nothing was imported; your data is as it was\./),
    });
    expect(await databaseDigest(database)).toBe(before);
  });

  it('the same file imports whole once space is back', async () => {
    const database = await filled();
    disk = diskFullAfter(7);
    expect((await importBackup(database, backup(), { chunkSize: 3 })).ok).toBe(false);
    disk.restore();
    expect(await importBackup(database, backup(), { chunkSize: 3 })).toMatchObject({ ok: true, tables: { records: { added: 11, unchanged: 1 } } });
    expect(await database.records.count()).toBe(13);
    expect((await database.checklists.get('rep-1:r00'))?.answers.map((a) => a.status)).toEqual(['atRisk', 'confirmed', 'no']);
  });
});
