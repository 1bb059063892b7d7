import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it } from 'vitest';
import { latestBackup, makeRollingBackup, restoreLatestBackup } from '../../lib/backup/db-rolling';
import { BACKUP_KEY, backupAge, backupIsStale } from '../../lib/backup/db-rolling-info';
import { ClosewardDb } from '../../lib/db/database';
import { checkDatabaseLost, noteRecordCount } from '../../lib/db/guard';
import { importBackup } from '../../lib/backup/db-import';
import { DAY_MS } from '../../lib/model/time';
import { readExportData } from '../../lib/backup/db-export';
import { databaseDigest } from '../db/faults';
import { freshName } from '../db/helpers';
import { makeExport } from '../report/helpers';

const T = Date.UTC(2026, 10, 2, 8, 0);

async function filled(name = freshName()): Promise<ClosewardDb> {
  const database = new ClosewardDb(name);
  const result = await importBackup(
    database,
    makeExport({ id: 'rep-1', name: 'Ana' }, [
      { id: 'r1', rung: 'discovery', statuses: ['confirmed', 'no'], conversations: [{ daysAgo: 3, outcome: 'notNow' }], followUps: [10] },
      { id: 'r2', statuses: ['atRisk'] },
    ]),
  );
  if (!result.ok) throw new Error(result.message);
  return database;
}

async function lose(database: ClosewardDb): Promise<ClosewardDb> {
  database.close();
  await new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(database.name);
    req.onsuccess = resolve;
  });
  return new ClosewardDb(database.name);
}

describe('the rolling copy in storage.local', () => {
  it('is made at most once a day, the newest replacing the one before', async () => {
    const database = await filled();
    expect(await makeRollingBackup(database, T)).toMatchObject({ made: true, bytes: expect.any(Number) });
    expect(await makeRollingBackup(database, T + 3_600_000)).toMatchObject({ made: false, reason: 'recent' });
    expect((await latestBackup())?.madeAt).toBe(T);
    expect(await makeRollingBackup(database, T + DAY_MS)).toMatchObject({ made: true });
    expect(await latestBackup()).toMatchObject({ madeAt: T + DAY_MS, records: 2 });
    expect(await makeRollingBackup(database, T + DAY_MS + 1, { force: true })).toMatchObject({ made: true });
  });

  it('never copies an empty database over the copy that can bring the data back', async () => {
    const database = await filled();
    await makeRollingBackup(database, T);
    const empty = await lose(database);
    expect(await makeRollingBackup(empty, T + 2 * DAY_MS)).toMatchObject({ made: false, reason: 'empty' });
    expect((await latestBackup())?.records).toBe(2);
  });

  it('says so when the data is larger than the copy may be, and keeps the older copy', async () => {
    const database = await filled();
    await makeRollingBackup(database, T);
    const outcome = await makeRollingBackup(database, T + DAY_MS, { maxBytes: 100 });
    expect(outcome).toMatchObject({
      made: false,
      reason: 'tooLarge',
      message: expect.stringMatching(/larger than the automatic copy can hold.*export a backup file/),
    });
    expect((await latestBackup())?.madeAt).toBe(T);
  });

  it('tells how old the latest copy is, and when a reminder is due', async () => {
    expect(await backupAge(T)).toBeUndefined();
    expect(await backupIsStale(T)).toBe(true);
    await makeRollingBackup(await filled(), T);
    expect(await backupAge(T + 3 * DAY_MS)).toBe(3 * DAY_MS);
    expect(await backupIsStale(T + 3 * DAY_MS)).toBe(false);
    expect(await backupIsStale(T + 8 * DAY_MS)).toBe(true);
  });
});

describe('restoring the latest copy', () => {
  it('brings a lost database back through the checked merge, and the loss is settled', async () => {
    const database = await filled();
    await noteRecordCount(database);
    await makeRollingBackup(database, T);
    const before = await readExportData(database, T);
    const reopened = await lose(database);
    expect(await checkDatabaseLost(reopened)).toEqual({ lost: true, expected: 2 });
    const result = await restoreLatestBackup(reopened);
    expect(result).toMatchObject({ ok: true, tables: { records: { added: 2 } } });
    const after = await readExportData(reopened, T);
    for (const table of ['records', 'criteria', 'stakeholders', 'conversations', 'followUps'] as const) expect(after[table], table).toEqual(before[table]);
    expect(await checkDatabaseLost(reopened)).toEqual({ lost: false, expected: 2 });
  });

  it('a copy that does not pass the check changes nothing', async () => {
    const database = await filled();
    await makeRollingBackup(database, T);
    const stored = await latestBackup();
    await fakeBrowser.storage.local.set({ [BACKUP_KEY]: { ...stored!, data: { ...stored!.data, records: [{ key: '' }] } } });
    const digest = await databaseDigest(database);
    const result = await restoreLatestBackup(database);
    expect(result).toMatchObject({ ok: false, stage: 'check', message: expect.stringMatching(/Table "records", row index 0.*Nothing was imported/) });
    expect(await databaseDigest(database)).toBe(digest);
  });

  it('with no copy at all, says so', async () => {
    expect(await restoreLatestBackup(new ClosewardDb(freshName()))).toMatchObject({ ok: false, message: expect.stringMatching(/no automatic copy/) });
  });
});
