import { describe, expect, it } from 'vitest';
import { conversationsOf, logConversation } from '../../lib/db/conversations';
import { openDue } from '../../lib/db/day';
import { followUpsOf } from '../../lib/db/follow-ups';
import { patchRecord } from '../../lib/db/records';
import { touchRecord } from './store-record';
import { DAY_MS } from '../../lib/model/time';
import { DEAL, freshDb, LEAD } from './helpers';

async function withRecord() {
  const database = freshDb();
  await touchRecord(database, LEAD, 'https://acme/lead', 1000);
  await touchRecord(database, DEAL, 'https://hub/deal', 1000);
  return database;
}
const note = 'Start with the month-end pain; ask who signs.';

describe('logging a conversation', () => {
  it('advanced: moves the ladder up to the rung won and resets the next micro-conversion', async () => {
    const database = await withRecord();
    await patchRecord(database, LEAD.key, { nextMicroConversion: 'Get the CFO on a call' }, 1500);
    await logConversation(
      database,
      LEAD.key,
      { at: 2000, outcome: { kind: 'advanced', rungId: 'discovery', won: 'Discovery call held' }, noteToFutureSelf: note },
      2100,
    );
    expect(await database.records.get(LEAD.key)).toMatchObject({ lastRungId: 'discovery', lastRungAt: 2000, nextMicroConversion: '' });
    expect((await conversationsOf(database, LEAD.key))[0]).toMatchObject({ noteToFutureSelf: note, loggedAt: 2100 });
  });

  it('advanced: never moves the ladder down', async () => {
    const database = await withRecord();
    await patchRecord(database, LEAD.key, { lastRungId: 'review', lastRungAt: 1500 }, 1500);
    await logConversation(database, LEAD.key, { at: 2000, outcome: { kind: 'advanced', rungId: 'discovery', won: '' }, noteToFutureSelf: note }, 2100);
    expect(await database.records.get(LEAD.key)).toMatchObject({ lastRungId: 'review', lastRungAt: 1500 });
  });

  it('not now: creates an open follow-up that is found by due date', async () => {
    const database = await withRecord();
    const due = 2000 + 90 * DAY_MS;
    const logged = await logConversation(
      database,
      LEAD.key,
      { at: 2000, outcome: { kind: 'notNow', followUpAt: due, reason: 'Budget freeze until Q3' }, noteToFutureSelf: note },
      2100,
    );
    expect(await followUpsOf(database, LEAD.key)).toEqual([
      expect.objectContaining({ recordKey: LEAD.key, dueAt: due, reason: 'Budget freeze until Q3', status: 'open', conversationId: logged.id }),
    ]);
    // What the day view and the badge read: open follow-ups due before a time.
    expect(await openDue(database, -Infinity, due).toArray()).toEqual([]);
    expect((await openDue(database, -Infinity, due + 1).toArray()).map((f) => f.recordKey)).toEqual([LEAD.key]);
  });

  it('any later conversation closes the open follow-ups of its record only', async () => {
    const database = await withRecord();
    const notNow = { kind: 'notNow' as const, followUpAt: 5000, reason: 'later' };
    await logConversation(database, LEAD.key, { at: 2000, outcome: notNow, noteToFutureSelf: note }, 2000);
    await logConversation(database, DEAL.key, { at: 2000, outcome: notNow, noteToFutureSelf: note }, 2000);
    await logConversation(database, LEAD.key, { at: 6000, outcome: { kind: 'lost', reason: 'Chose a competitor' }, noteToFutureSelf: note }, 6000);
    expect((await followUpsOf(database, LEAD.key)).map((f) => f.status)).toEqual(['done']);
    expect((await openDue(database, -Infinity, 9000).toArray()).map((f) => f.recordKey)).toEqual([DEAL.key]);
  });

  it('not me and lost: kept with the referral or reason, the ladder untouched', async () => {
    const database = await withRecord();
    const referral = { name: 'Rae Right', role: 'Head of Finance', reach: 'rae@acme.test' };
    await logConversation(database, LEAD.key, { at: 2000, outcome: { kind: 'notMe', referral }, noteToFutureSelf: note }, 2000);
    await logConversation(database, LEAD.key, { at: 3000, outcome: { kind: 'lost', reason: 'No budget this year' }, noteToFutureSelf: note }, 3000);
    const [lost, notMe] = await conversationsOf(database, LEAD.key);
    expect(lost?.outcome).toEqual({ kind: 'lost', reason: 'No budget this year' });
    expect(notMe?.outcome).toEqual({ kind: 'notMe', referral });
    expect((await database.records.get(LEAD.key))?.lastRungId).toBeUndefined();
  });

  it('writes nothing for a record that is not in the database', async () => {
    const database = freshDb();
    await expect(logConversation(database, 'missing', { at: 1, outcome: { kind: 'lost', reason: '' }, noteToFutureSelf: note })).rejects.toThrow();
    expect(await database.conversations.count()).toBe(0);
  });
});
