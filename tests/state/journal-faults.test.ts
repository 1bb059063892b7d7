import { afterEach, describe, expect, it } from 'vitest';
import { criteriaOf } from '../../lib/db/criteria';
import { noteVisit } from '../../lib/db/visits';
import { LONG_TEXT_MAX } from '../../lib/model/limits';
import { replayLeftovers, takeLeftovers, UnsavedJournal, type UnsavedEdit } from '../../lib/state/unsaved-journal';
import { diskFullAfter, quotaError } from '../db/faults';
import { freshDb, freshName, LEAD } from '../db/helpers';
import { MemoryStorage } from './memory-storage';

/** localStorage of the extension origin; `full` makes every setItem throw as a full origin does. */
class StubStorage extends MemoryStorage {
  full = false;
  override setItem(key: string, value: string) {
    if (this.full) throw quotaError();
    super.setItem(key, value);
  }
}

let disk: ReturnType<typeof diskFullAfter> | undefined;
afterEach(() => {
  disk?.restore();
  disk = undefined;
});

const evidence = (value: string, at = 1000): UnsavedEdit => ({ target: 'criterion', recordKey: LEAD.key, id: 'budget', field: 'evidence', value, at });

describe('leftover edits on a full disk', () => {
  it("a tab that cannot write keeps the closed tab's journal; the next tab writes it once space is back", async () => {
    const name = freshName();
    const storage = new StubStorage();
    const setup = freshDb(name);
    await noteVisit(setup, LEAD, 'https://crm.test/lead');
    setup.close();
    // Tab A typed, could not write (disk full), and was closed: its journal is all that is left.
    new UnsavedJournal(storage, name).note('a', evidence('Budget approved in March'));
    const journalA = storage.key(0)!;

    // Tab B opens while the disk is still full: its replay fails and takes nothing out.
    const tabB = freshDb(name);
    const ownB = new UnsavedJournal(storage, name);
    disk = diskFullAfter(0);
    await expect(replayLeftovers(tabB, takeLeftovers(storage, name, ownB.key))).rejects.toMatchObject({ name: expect.stringMatching(/QuotaExceeded|Abort/) });
    expect(JSON.parse(storage.getItem(journalA)!)).toEqual([evidence('Budget approved in March')]);
    tabB.close();

    // Space comes back; tab C opens and writes it, and only then is the journal taken out.
    disk.restore();
    const tabC = freshDb(name);
    await replayLeftovers(tabC, takeLeftovers(storage, name, new UnsavedJournal(storage, name).key));
    expect((await criteriaOf(tabC, LEAD.key))[0]?.evidence).toBe('Budget approved in March');
    expect(storage.getItem(journalA)).toBeNull();
    tabC.close();
  });

  it('a batch an open tab added to meanwhile stays for that tab', async () => {
    const database = freshDb();
    await noteVisit(database, LEAD, 'https://crm.test/lead');
    const storage = new StubStorage();
    const open = new UnsavedJournal(storage, database.name);
    open.note('a', evidence('first'));
    const leftovers = takeLeftovers(storage, database.name);
    open.note('b', { ...evidence('status'), field: 'status', value: 'confirmed', at: 1001 });
    await replayLeftovers(database, leftovers);
    expect(storage.getItem(open.key)).not.toBeNull();
  });

  it('an edit of a record neither stored nor visited is dropped, not kept forever', async () => {
    const database = freshDb();
    const storage = new StubStorage();
    new UnsavedJournal(storage, database.name).note('a', { target: 'record', recordKey: 'nobody', id: 'nobody', field: 'source', value: 'x', at: 1 });
    await replayLeftovers(database, takeLeftovers(storage, database.name));
    expect(storage.length).toBe(0);
    expect(await database.records.count()).toBe(0);
  });

  it('an over-long value is written cut to its limit, not dropped', async () => {
    const database = freshDb();
    await noteVisit(database, LEAD, 'https://crm.test/lead');
    const storage = new StubStorage();
    new UnsavedJournal(storage, database.name).note('a', evidence('e'.repeat(LONG_TEXT_MAX + 10)));
    await replayLeftovers(database, takeLeftovers(storage, database.name));
    expect((await criteriaOf(database, LEAD.key))[0]?.evidence).toHaveLength(LONG_TEXT_MAX);
  });
});

describe('a journal with no room in localStorage', () => {
  it('counts the edits a closed tab would lose and tells its listeners, until there is room again', () => {
    const storage = new StubStorage();
    const journal = new UnsavedJournal(storage, 'db');
    const heard: number[] = [];
    journal.subscribe((n) => heard.push(n));
    journal.note('a', evidence('one'));
    expect(journal.unjournaled).toBe(0);
    storage.full = true;
    journal.note('b', { ...evidence('two'), id: 'coach' });
    expect(journal.unjournaled).toBe(2);
    expect(heard.at(-1)).toBe(2);
    // The first edit lands; the second is still only in memory.
    journal.saved('a', 1000);
    expect(journal.unjournaled).toBe(1);
    storage.full = false;
    journal.note('c', { ...evidence('three'), id: 'timing' });
    expect(journal.unjournaled).toBe(0);
    expect(heard.at(-1)).toBe(0);
    expect(JSON.parse(storage.getItem(journal.key)!)).toHaveLength(2);
    journal.saved('b', 1000);
    journal.saved('c', 1000);
    expect(journal.unsaved).toBe(0);
    expect(storage.length).toBe(0);
  });

  it('no localStorage at all: every noted edit is unjournaled', () => {
    const journal = new UnsavedJournal(undefined, 'db');
    journal.note('a', evidence('x'));
    expect(journal.unjournaled).toBe(1);
  });
});
