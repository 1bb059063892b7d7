import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { criteriaOf } from '../../lib/db/criteria';
import { ClosewardDb, SCHEMA_V1, SCHEMA_V2 } from '../../lib/db/database';
import { upgradeToV3 } from '../../lib/db/upgrade-v3';
import { DEFAULT_LADDER } from '../../lib/model/ladder';
import { freshName, LEAD } from './helpers';

/** Fills a database exactly as version 1 of the extension wrote it. */
async function fillV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('records').bulkAdd([
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
    },
    { key: 'hubspot:1:account:2', crm: 'hubspot', instance: '1', kind: 'account', recordId: '2', url: 'https://hub/2', firstSeen: 300, lastVisited: 400 },
  ]);
  await v1.table('criteria').bulkAdd([
    {
      recordKey: LEAD.key,
      criterionId: 'budget',
      status: 'confirmed',
      evidence: '50k set aside',
      verifiedAt: 150,
      fieldTimes: { status: 150, evidence: 150, verifiedAt: 150 },
    },
    // Written before verifiedAt existed: the upgrade takes the time of the last answer.
    { recordKey: LEAD.key, criterionId: 'timing', status: 'atRisk', evidence: '', fieldTimes: { status: 170 } },
    { recordKey: LEAD.key, criterionId: 'coach', status: 'unknown', evidence: 'maybe Bob' },
  ]);
  v1.close();
}

describe('upgrade from version 1', () => {
  it('keeps records and criteria and adds the workflow fields and settings', async () => {
    const name = freshName();
    await fillV1(name);

    const current = new ClosewardDb(name);
    await current.open();
    expect(current.verno).toBe(6);

    const lead = await current.records.get(LEAD.key);
    expect(lead).toMatchObject({ name: 'Ada', firstSeen: 100, lastVisited: 200, url: 'https://acme/lead' });
    expect(lead).toMatchObject({ nextMicroConversion: '', callPurpose: '', targetDate: '', source: '', problems: [], fieldTimes: {} });
    expect(lead?.lastRungId).toBeUndefined();
    expect(await current.records.count()).toBe(2);
    // The new firstSeen index answers queries over upgraded rows.
    expect((await current.records.orderBy('firstSeen').reverse().first())?.key).toBe('hubspot:1:account:2');

    const criteria = await criteriaOf(current, LEAD.key);
    const byId = Object.fromEntries(criteria.map((c) => [c.criterionId, c]));
    expect(byId.budget).toMatchObject({ status: 'confirmed', evidence: '50k set aside', verifiedAt: 150 });
    expect(byId.timing).toMatchObject({ status: 'atRisk', verifiedAt: 170 });
    expect(byId.coach).toMatchObject({ evidence: 'maybe Bob', fieldTimes: {} });
    expect(byId.coach?.verifiedAt).toBeUndefined();

    expect(await current.settings.get('ladder')).toMatchObject({ value: DEFAULT_LADDER });
    expect(await current.settings.get('stalenessDays')).toMatchObject({ value: 30 });
    expect(await current.settings.get('theme')).toMatchObject({ value: 'system' });
    expect(await current.followUps.count()).toBe(0);
    current.close();
  });

  it('seeds the settings of a brand-new database too', async () => {
    const current = new ClosewardDb(freshName());
    await current.open();
    expect((await current.settings.toArray()).map((s) => s.key).sort()).toEqual([
      'ladder',
      'notNowPreset',
      'retiredRungs',
      'stalenessDays',
      'templateId',
      'templates',
      'theme',
    ]);
    current.close();
  });
});

describe('upgrade from version 2', () => {
  const statuses = ['unknown', 'confirmed', 'atRisk', 'no'] as const;
  const ids = ['authority', 'budget', 'coach', 'competitors', 'timing', 'valueFit'];
  /** Records with 1–6 answers each, as version 2 stored them: one row per answer. */
  function v2Rows(records: number) {
    const rows = [];
    for (let r = 0; r < records; r++) {
      for (const [c, criterionId] of ids.slice(0, 1 + (r % ids.length)).entries()) {
        rows.push({
          recordKey: `rec-${String(r).padStart(3, '0')}`,
          criterionId,
          status: statuses[(r + c) % 4]!,
          evidence: `evidence ${r}/${c}`,
          ...(c % 2 ? { stakeholderId: `s${r}` } : {}),
          verifiedAt: 1000 + r,
          fieldTimes: { status: 1000 + r, evidence: 900 + c },
        });
      }
    }
    return rows;
  }

  it('moves every answer into one checklist row per record and drops the criteria table', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    const rows = v2Rows(40);
    await v2.table('criteria').bulkAdd(rows);
    v2.close();

    const current = new ClosewardDb(name);
    await current.open();
    expect(current.verno).toBe(6);
    expect(current.tables.map((t) => t.name)).not.toContain('criteria');
    expect(await current.checklists.count()).toBe(40);
    const back = [];
    for (const row of await current.checklists.toArray()) back.push(...(await criteriaOf(current, row.recordKey)));
    expect(back).toEqual(rows);
    current.close();
  });

  it('pages through the old rows without splitting a record or losing one at a page boundary', async () => {
    const name = freshName();
    const rows = v2Rows(25);
    // Page sizes that end pages inside records, on record boundaries, smaller than one
    // record's answers, and larger than everything.
    for (const pageSize of [7, 6, 13, 2, 1, 200]) {
      const db = new Dexie(`${name}-${pageSize}`);
      db.version(3).stores({ ...SCHEMA_V2, checklists: 'recordKey' });
      await db.table('criteria').bulkAdd(rows);
      await db.transaction('rw', ['criteria', 'checklists'], (tx) => upgradeToV3(tx, pageSize));
      const checklists = await db.table('checklists').toArray();
      expect(checklists, `page size ${pageSize}`).toHaveLength(25);
      expect(
        checklists.flatMap((c) => c.answers.map((a: object) => ({ recordKey: c.recordKey, ...a }))),
        `page size ${pageSize}`,
      ).toEqual(rows);
      db.close();
    }
  });
});
