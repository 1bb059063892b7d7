import { describe, expect, it } from 'vitest';
import { patchCriterion } from '../../lib/db/criteria';
import { patchRecord } from '../../lib/db/records';
import { noteVisit, recentVisits } from '../../lib/db/visits';
import { VISITS_MAX } from '../../lib/model/visit';
import { freshDb, LEAD } from './helpers';
import { touchRecord } from './store-record';

const fake = (i: number) => ({ ...LEAD, recordId: `fake${i}`, key: `salesforce:acme:lead:fake${i}`, name: `Script ${i}` });

describe('visits', () => {
  it('keep the newest VISITS_MAX and never change a stored record, however many a page makes', async () => {
    const database = freshDb();
    const stored = await touchRecord(database, LEAD, 'https://acme/lead', 1000);
    await patchRecord(database, LEAD.key, { source: 'Webinar' }, 1500);
    const before = await database.records.get(LEAD.key);
    // A page script pushing fake record URLs, and renaming the real record through its title.
    for (let i = 0; i < VISITS_MAX + 20; i++) await noteVisit(database, fake(i), `https://acme/${i}`, 2000 + i);
    await noteVisit(database, { ...LEAD, name: '=HYPERLINK("x")' }, 'https://evil/', 9000);
    expect(await database.visits.count()).toBe(VISITS_MAX);
    expect(await database.records.count()).toBe(1);
    expect(await database.records.get(LEAD.key)).toEqual(before);
    expect(stored.name).toBe('Ada Lovelace');
    // The oldest fakes went first; the newest visit is the last one.
    expect(await database.visits.get(fake(0).key)).toBeUndefined();
    expect((await recentVisits(database, 1))[0]?.key).toBe(LEAD.key);
  });

  it('keep the first sight of a record across later visits', async () => {
    const database = freshDb();
    await noteVisit(database, LEAD, 'https://acme/1', 1000);
    const again = await noteVisit(database, { ...LEAD, name: undefined }, 'https://acme/2', 5000);
    expect(again).toMatchObject({ firstSeen: 1000, lastVisited: 5000, url: 'https://acme/2', name: 'Ada Lovelace' });
  });

  it("become a stored record on the first write, with the visit's clock, URL and name", async () => {
    const database = freshDb();
    await noteVisit(database, LEAD, 'https://acme/1', 1000);
    expect(await database.records.count()).toBe(0);
    await patchCriterion(database, LEAD.key, 'budget', { status: 'confirmed' }, 3000);
    expect(await database.records.get(LEAD.key)).toMatchObject({ firstSeen: 1000, url: 'https://acme/1', name: 'Ada Lovelace' });
    // A later visit's name reaches the stored record with the rep's next write, not before.
    await noteVisit(database, { ...LEAD, name: 'Ada King' }, 'https://acme/2', 4000);
    expect((await database.records.get(LEAD.key))?.name).toBe('Ada Lovelace');
    await patchRecord(database, LEAD.key, { source: 'Referral' }, 5000);
    expect(await database.records.get(LEAD.key)).toMatchObject({ name: 'Ada King', url: 'https://acme/2', source: 'Referral' });
  });
});

describe('upgrade to version 5', () => {
  it('makes the stored records the first visits, newest first', async () => {
    const { default: Dexie } = await import('dexie');
    const { SCHEMA_V4, ClosewardDb } = await import('../../lib/db/database');
    const name = `closeward-test-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V4);
    await v4.table('records').bulkAdd([
      {
        key: LEAD.key,
        crm: 'salesforce',
        instance: LEAD.instance,
        kind: 'lead',
        recordId: LEAD.recordId,
        url: 'https://acme/lead',
        name: 'Ada',
        firstSeen: 100,
        lastVisited: 200,
        nextMicroConversion: '',
        callPurpose: '',
        targetDate: '',
        source: '',
        problems: [],
        fieldTimes: {},
      },
    ]);
    v4.close();
    const current = new ClosewardDb(name);
    expect((await recentVisits(current)).map((v) => [v.key, v.name, v.firstSeen, v.lastVisited])).toEqual([[LEAD.key, 'Ada', 100, 200]]);
    current.close();
  });
});
