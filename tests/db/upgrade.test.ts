import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClosewardDb, SCHEMA_V1 } from '../../lib/db/database';
import { DEFAULT_LADDER } from '../../lib/model/ladder';
import { freshName, LEAD } from './helpers';

/** Fills a database exactly as version 1 of the extension wrote it. */
async function fillV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('records').bulkAdd([
    { key: LEAD.key, crm: 'salesforce', instance: LEAD.instance, kind: 'lead', recordId: LEAD.recordId, url: 'https://acme/lead', name: 'Ada', firstSeen: 100, lastVisited: 200 },
    { key: 'hubspot:1:account:2', crm: 'hubspot', instance: '1', kind: 'account', recordId: '2', url: 'https://hub/2', firstSeen: 300, lastVisited: 400 },
  ]);
  await v1.table('criteria').bulkAdd([
    { recordKey: LEAD.key, criterionId: 'budget', status: 'confirmed', evidence: '50k set aside', verifiedAt: 150, fieldTimes: { status: 150, evidence: 150, verifiedAt: 150 } },
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
    expect(current.verno).toBe(2);

    const lead = await current.records.get(LEAD.key);
    expect(lead).toMatchObject({ name: 'Ada', firstSeen: 100, lastVisited: 200, url: 'https://acme/lead' });
    expect(lead).toMatchObject({ nextMicroConversion: '', callPurpose: '', targetDate: '', source: '', problems: [], fieldTimes: {} });
    expect(lead?.lastRungId).toBeUndefined();
    expect(await current.records.count()).toBe(2);
    // The new firstSeen index answers queries over upgraded rows.
    expect((await current.records.orderBy('firstSeen').reverse().first())?.key).toBe('hubspot:1:account:2');

    const criteria = await current.criteria.where('recordKey').equals(LEAD.key).toArray();
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
    expect((await current.settings.toArray()).map((s) => s.key).sort()).toEqual(['ladder', 'stalenessDays', 'theme']);
    current.close();
  });
});
