import { afterEach, describe, expect, it } from 'vitest';
import type { ClosewardDb } from '../../lib/db/database';
import { criteriaOf, patchCriterion } from '../../lib/db/criteria';
import { patchRecord } from '../../lib/db/records';
import { noteVisit } from '../../lib/db/visits';
import { touchRecord } from './store-record';
import { addStakeholder, patchStakeholder } from '../../lib/db/stakeholders';
import { freshDb, freshName, LEAD } from './helpers';

// Two "tabs" are two ClosewardDb instances on one database, writing at the same time.
let open: ClosewardDb[] = [];
function twoTabs(): [ClosewardDb, ClosewardDb] {
  const name = freshName();
  const pair: [ClosewardDb, ClosewardDb] = [freshDb(name), freshDb(name)];
  open.push(...pair);
  return pair;
}
afterEach(() => {
  for (const database of open) database.close();
  open = [];
});

describe('record fields merge one by one', () => {
  it('keeps both of two concurrent edits to different fields', async () => {
    const [a, b] = twoTabs();
    await touchRecord(a, LEAD, 'https://x/1', 1000);
    await Promise.all([
      patchRecord(a, LEAD.key, { callPurpose: 'Agree on a demo date' }, 2000),
      patchRecord(b, LEAD.key, { nextMicroConversion: 'Second meeting with the CFO', source: 'Webinar' }, 2000),
    ]);
    const row = await a.records.get(LEAD.key);
    expect(row).toMatchObject({ callPurpose: 'Agree on a demo date', nextMicroConversion: 'Second meeting with the CFO', source: 'Webinar' });
    expect(row?.fieldTimes).toMatchObject({ callPurpose: 2000, nextMicroConversion: 2000, source: 2000 });
  });

  it('lets an older write of one field lose to a newer one, whatever order they arrive in', async () => {
    const [a, b] = twoTabs();
    await touchRecord(a, LEAD, 'https://x/1', 1000);
    await patchRecord(b, LEAD.key, { targetDate: '2027-03-01' }, 3000);
    await patchRecord(a, LEAD.key, { targetDate: '2027-01-15' }, 2000);
    expect((await a.records.get(LEAD.key))?.targetDate).toBe('2027-03-01');
  });

  it("keeps the rep's fields when the record is visited again", async () => {
    const [a] = twoTabs();
    await touchRecord(a, LEAD, 'https://x/1', 1000);
    await patchRecord(a, LEAD.key, { problems: [{ id: 'p1', text: 'Month-end close takes 9 days' }] }, 2000);
    await touchRecord(a, LEAD, 'https://x/2', 5000);
    const row = await a.records.get(LEAD.key);
    expect(row).toMatchObject({ url: 'https://x/2', lastVisited: 5000, problems: [{ id: 'p1', text: 'Month-end close takes 9 days' }] });
  });

  it('refuses to patch a record that was never opened, so the rep sees it', async () => {
    const [a] = twoTabs();
    await expect(patchRecord(a, 'nobody', { source: 'x' })).rejects.toThrow(/not in the database/);
  });
});

describe('criteria and people merge one field at a time', () => {
  it('keeps a status from one tab and evidence from the other', async () => {
    const [a, b] = twoTabs();
    await noteVisit(a, LEAD, 'https://x/1', 1000);
    await Promise.all([
      patchCriterion(a, LEAD.key, 'budget', { status: 'confirmed' }, 2000),
      patchCriterion(b, LEAD.key, 'budget', { evidence: 'CFO said 50k is set aside' }, 2100),
    ]);
    const [row] = await criteriaOf(a, LEAD.key);
    expect(row).toMatchObject({ status: 'confirmed', evidence: 'CFO said 50k is set aside', verifiedAt: 2100 });
  });

  it('keeps the newer stakeholder pointer of two', async () => {
    const [a, b] = twoTabs();
    await noteVisit(a, LEAD, 'https://x/1', 1000);
    await patchCriterion(b, LEAD.key, 'coach', { stakeholderId: 'newer' }, 3000);
    await patchCriterion(a, LEAD.key, 'coach', { stakeholderId: 'older' }, 2000);
    expect((await criteriaOf(a, LEAD.key))[0]?.stakeholderId).toBe('newer');
  });

  it('keeps a name typed in one tab and a role picked in another', async () => {
    const [a, b] = twoTabs();
    await noteVisit(a, LEAD, 'https://x/1', 1000);
    await addStakeholder(a, LEAD.key, {}, 1000, 'p1');
    await Promise.all([patchStakeholder(a, 'p1', { name: 'Grace Hopper' }, 2000), patchStakeholder(b, 'p1', { role: 'economicBuyer' }, 2000)]);
    expect(await a.stakeholders.get('p1')).toMatchObject({ name: 'Grace Hopper', role: 'economicBuyer' });
  });
});
