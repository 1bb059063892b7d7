import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it, vi } from 'vitest';
import { ClosewardDb } from '../../lib/db/database';
import { checkDatabaseLost, keepDatabaseMarker, MARKER_KEY, noteRecordCount, readMarker, settleDatabaseLoss } from '../../lib/db/guard';
import { record } from '../report/helpers';
import { freshName } from './helpers';

async function filled(name: string, n: number): Promise<ClosewardDb> {
  const database = new ClosewardDb(name);
  await database.records.bulkPut(Array.from({ length: n }, (_, i) => record(`k${i}`)));
  return database;
}

/** The browser discards the database behind the extension's back and hands back an empty one. */
async function loseAndReopen(database: ClosewardDb): Promise<ClosewardDb> {
  const name = database.name;
  database.close();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
  const reopened = new ClosewardDb(name);
  await reopened.open();
  return reopened;
}

describe('a lost database is noticed', () => {
  it('filled, deleted behind its back, reopened: lost, and how many records it held', async () => {
    const database = await filled(freshName(), 51);
    await noteRecordCount(database, 1000);
    expect(await readMarker()).toEqual({ records: 51, updatedAt: 1000 });
    const reopened = await loseAndReopen(database);
    expect(await checkDatabaseLost(reopened)).toEqual({ lost: true, expected: 51 });
  });

  it("the rep's first write to the empty database does not hide the loss; settling it does", async () => {
    const database = await filled(freshName(), 3);
    await noteRecordCount(database);
    const reopened = await loseAndReopen(database);
    expect((await checkDatabaseLost(reopened)).lost).toBe(true);
    await reopened.records.put(record('new'));
    await noteRecordCount(reopened);
    expect(await checkDatabaseLost(reopened)).toEqual({ lost: true, expected: 3 });
    await settleDatabaseLoss(reopened);
    expect(await checkDatabaseLost(reopened)).toEqual({ lost: false, expected: 1 });
  });

  it('an empty database never overwrites the marker of a full one', async () => {
    const database = await filled(freshName(), 2);
    await noteRecordCount(database);
    const reopened = await loseAndReopen(database);
    await noteRecordCount(reopened);
    expect((await readMarker())?.records).toBe(2);
  });

  it('a new install (no marker) or a database that holds records is not lost', async () => {
    const fresh = new ClosewardDb(freshName());
    expect(await checkDatabaseLost(fresh)).toEqual({ lost: false, expected: 0 });
    const full = await filled(freshName(), 2);
    await noteRecordCount(full);
    expect(await checkDatabaseLost(full)).toEqual({ lost: false, expected: 2 });
  });

  it('a marker that is not ours is ignored', async () => {
    await fakeBrowser.storage.local.set({ [MARKER_KEY]: { records: 'many' } });
    expect(await checkDatabaseLost(new ClosewardDb(freshName()))).toEqual({ lost: false, expected: 0 });
  });

  it('keeps the marker current after writes, debounced', async () => {
    const database = await filled(freshName(), 1);
    const stop = keepDatabaseMarker(database, 20);
    await vi.waitFor(async () => expect((await readMarker())?.records).toBe(1));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await database.records.bulkPut([record('a'), record('b')]);
    await database.records.put(record('c'));
    await vi.waitFor(async () => expect((await readMarker())?.records).toBe(4));
    expect(set.mock.calls.length).toBeLessThanOrEqual(2);
    stop();
  });
});
