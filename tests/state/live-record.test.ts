import { describe, expect, it, vi } from 'vitest';
import { conversationsOf, logConversation } from '../../lib/db/conversations';
import { criteriaOf, patchCriterion } from '../../lib/db/criteria';
import { followUpsOf } from '../../lib/db/follow-ups';
import { touchRecord } from '../../lib/db/records';
import { addStakeholder, stakeholdersOf } from '../../lib/db/stakeholders';
import { DAY_MS } from '../../lib/model/time';
import { readRecord, watchRecord, type RecordSnapshot } from '../../lib/state/live-record';
import { DEAL, freshDb, LEAD } from '../db/helpers';

/** A lead with answers, people, conversations and follow-ups written out of order, and a second record. */
async function filled() {
  const database = freshDb();
  await touchRecord(database, LEAD, 'https://acme/lead', 1000);
  await touchRecord(database, DEAL, 'https://hub/deal', 1000);
  await patchCriterion(database, LEAD.key, 'timing', { status: 'atRisk' }, 1100);
  await patchCriterion(database, LEAD.key, 'budget', { status: 'confirmed', evidence: '50k' }, 1200);
  await patchCriterion(database, DEAL.key, 'budget', { status: 'no' }, 1200);
  await addStakeholder(database, LEAD.key, { name: 'Zoe' }, 3000, 'b');
  await addStakeholder(database, LEAD.key, { name: 'Ann' }, 2000, 'c');
  await addStakeholder(database, LEAD.key, { name: 'Bob' }, 2000, 'a');
  await addStakeholder(database, DEAL.key, { name: 'Other' }, 1000, 'd');
  for (const [at, followUpAt] of [[4000, 90], [2000, 30], [3000, 60]] as const) {
    await logConversation(database, LEAD.key, { at, outcome: { kind: 'notNow', followUpAt: at + followUpAt * DAY_MS, reason: `in ${followUpAt} days` }, noteToFutureSelf: `call at ${at}` }, at + 1);
  }
  return database;
}

describe('reading a record for the sidebar', () => {
  it('reads directly what the live query reads, in the same order, and nothing of other records', async () => {
    const database = await filled();
    await database.open();
    const direct = await readRecord(database, LEAD.key);
    expect(direct).toEqual({
      record: await database.records.get(LEAD.key),
      criteria: await criteriaOf(database, LEAD.key),
      stakeholders: await stakeholdersOf(database, LEAD.key),
      conversations: await conversationsOf(database, LEAD.key),
      followUps: await followUpsOf(database, LEAD.key),
    });
    expect(direct.criteria.map((c) => c.criterionId)).toEqual(['budget', 'timing']);
    expect(direct.stakeholders.map((p) => p.name)).toEqual(['Bob', 'Ann', 'Zoe']);
    expect(direct.conversations.map((c) => c.at)).toEqual([4000, 3000, 2000]);
    expect(direct.followUps.map((f) => f.reason)).toEqual(['in 30 days', 'in 60 days', 'in 90 days']);
    expect(await readRecord(database, 'nothing:here')).toEqual({ record: undefined, criteria: [], stakeholders: [], conversations: [], followUps: [] });
  });

  it('gives the first value from the direct read, then every later write, and stops when unsubscribed', async () => {
    const database = await filled();
    const seen: RecordSnapshot[] = [];
    const subscription = watchRecord(database, LEAD.key, { next: (s) => seen.push(s), error: (e) => { throw e; } });
    await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(1));
    expect(seen[0]!.criteria.find((c) => c.criterionId === 'budget')?.evidence).toBe('50k');
    await patchCriterion(database, LEAD.key, 'budget', { evidence: '60k' }, 5000);
    await vi.waitFor(() => expect(seen.at(-1)!.criteria.find((c) => c.criterionId === 'budget')?.evidence).toBe('60k'));
    subscription.unsubscribe();
    expect(subscription.closed).toBe(true);
    const count = seen.length;
    await patchCriterion(database, LEAD.key, 'budget', { evidence: '70k' }, 6000);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.length).toBe(count);
  });
});
