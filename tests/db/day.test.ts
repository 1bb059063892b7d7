import { describe, expect, it } from 'vitest';
import { countDue, dueRows, readDay } from '../../lib/db/day';
import { COUNT_CAP, countUpToCap, FOLLOW_UP } from '../../lib/model/day';
import { completeFollowUp } from '../../lib/db/follow-ups';
import { FollowUpActionError, rescheduleFollowUp, snoozeFollowUp } from '../../lib/db/follow-up-actions';
import { searchStoredStep, searchVisits, queryWords } from '../../lib/db/search';
import { noteVisit } from '../../lib/db/visits';
import { CONTACT, conversation, DAY, followUp, HOUR, NOW, seedDay, visitLead } from './day-seed';
import { DEAL, freshDb, LEAD } from './helpers';
import { touchRecord } from './store-record';

const ids = (rows: { followUp: { id: string } }[]) => rows.map((r) => r.followUp.id);

describe("the rep's day", () => {
  it('splits open follow-ups into overdue, today and the next 7 days, each row ready to act on', async () => {
    const database = freshDb();
    await seedDay(database);
    const day = await readDay(database, NOW, 'UTC');
    expect(ids(day.overdue.rows)).toEqual(['overdue']);
    expect(ids(day.today.rows)).toEqual(['today']);
    expect(ids(day.week.rows)).toEqual(['tomorrow', 'in3days']);
    expect([day.overdue.total, day.today.total, day.week.total]).toEqual([1, 1, 2]);
    expect(day.overdue.rows[0]).toMatchObject({
      name: 'Ada Lovelace',
      crm: 'salesforce',
      kind: 'lead',
      note: 'Ask about the budget cycle',
      closingToward: 'Discovery',
      followUp: { reason: 'Budget frozen until June' },
      url: 'https://acme.my.salesforce.com/lead',
    });
    expect(day.week.rows[0]).toMatchObject({ name: 'Acme renewal', closingToward: 'Pilot with the ops team', note: 'Bring the pilot plan' });
    expect(day.week.rows[1]).toMatchObject({ name: 'Grace Hopper', note: '' });
  });

  it('is "today" by the rep\'s own midnight', async () => {
    const database = freshDb();
    await seedDay(database);
    // 12:00 UTC is already the next day in Kiritimati (UTC+14): "today" at 09:00 UTC is yesterday there.
    const day = await readDay(database, NOW, 'Pacific/Kiritimati');
    expect(ids(day.overdue.rows)).toEqual(['today', 'overdue']);
  });

  it('reads at most the limit of each part, most recently due first, and counts them all', async () => {
    const database = freshDb();
    await touchRecord(database, LEAD, 'https://acme/lead', NOW - 90 * DAY);
    await database.followUps.bulkAdd(Array.from({ length: 30 }, (_, i) => followUp(`f${i}`, LEAD.key, NOW - (i + 1) * DAY)));
    const day = await readDay(database, NOW, 'UTC', { overdue: 5, today: 5, week: 5, leads: 5 });
    expect(ids(day.overdue.rows)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
    expect(day.overdue.total).toBe(30);
  });

  it('lists new leads nobody has talked to, newest first, and flags those past an hour', async () => {
    const database = freshDb();
    const fresh = await visitLead(database, 'fresh', 'New Nora', NOW - 20 * 60_000);
    const waiting = await visitLead(database, 'waiting', 'Waiting Walt', NOW - 5 * HOUR);
    const called = await visitLead(database, 'called', 'Called Cleo', NOW - 2 * HOUR);
    await visitLead(database, 'old', 'Old Otto', NOW - 8 * DAY);
    await noteVisit(database, CONTACT, 'https://acme.pipedrive.com/person/77', NOW - HOUR);
    await database.conversations.add(conversation('talk', called, NOW - HOUR, 'Talked'));
    const { leads } = await readDay(database, NOW, 'UTC');
    expect(leads.map((l) => [l.key, l.wait.flagged])).toEqual([
      [fresh, false],
      [waiting, true],
    ]);
    expect(leads[1]).toMatchObject({ name: 'Waiting Walt', wait: { waitedMs: 5 * HOUR } });
  });

  it('counts for the badge what is overdue or due today, nothing else', async () => {
    const database = freshDb();
    expect(await countDue(database, NOW, 'UTC')).toBe(0);
    await seedDay(database);
    expect(await countDue(database, NOW, 'UTC')).toBe(2);
    await completeFollowUp(database, 'overdue', NOW);
    expect(await countDue(database, NOW, 'UTC')).toBe(1);
    expect(await countDue(database, NOW + DAY, 'UTC')).toBe(2);
    const due = await dueRows(database, NOW + DAY, 'UTC', 1);
    expect({ ids: ids(due.rows), total: due.total }).toEqual({ ids: ['today'], total: 2 });
  });
});

describe('acting on a follow-up from the day', () => {
  it('reschedules to a later day and snoozes to tomorrow', async () => {
    const database = freshDb();
    await seedDay(database);
    await rescheduleFollowUp(database, 'overdue', NOW + 14 * DAY, NOW, 'UTC');
    expect((await database.followUps.get('overdue'))?.dueAt).toBe(NOW + 14 * DAY);
    expect(await snoozeFollowUp(database, 'today', NOW, 'UTC')).toBe(Date.parse('2027-06-10T00:00:00Z'));
    const day = await readDay(database, NOW, 'UTC');
    expect(day.overdue.total + day.today.total).toBe(0);
    expect(ids(day.week.rows)).toEqual(['today', 'tomorrow', 'in3days']);
  });

  it.each([
    ['a past day', 'overdue', NOW - 2 * DAY, /has passed/],
    ['a done follow-up', 'done', NOW + DAY, /already done/],
    ['a follow-up that is gone', 'nope', NOW + DAY, /no longer exists/],
  ])('refuses %s with a message and writes nothing', async (_, id, dueAt, message) => {
    const database = freshDb();
    await seedDay(database);
    const before = await database.followUps.toArray();
    await expect(rescheduleFollowUp(database, id, dueAt, NOW, 'UTC')).rejects.toThrow(message);
    await expect(rescheduleFollowUp(database, id, dueAt, NOW, 'UTC')).rejects.toBeInstanceOf(FollowUpActionError);
    expect(await database.followUps.toArray()).toEqual(before);
  });
});

describe('finding a record', () => {
  it('finds opened records by part of the name, CRM or kind, accents and case aside', async () => {
    const database = freshDb();
    await noteVisit(database, { ...LEAD, name: 'José Álvarez' }, 'https://sf/1', NOW - 3 * HOUR);
    await noteVisit(database, DEAL, 'https://hs/2', NOW - 2 * HOUR);
    await noteVisit(database, CONTACT, 'https://pd/3', NOW - HOUR);
    const names = async (query: string) => (await searchVisits(database, queryWords(query), 10)).map((h) => h.name);
    expect(await names('alv')).toEqual(['José Álvarez']);
    expect(await names('  JOSE  ')).toEqual(['José Álvarez']);
    expect(await names('hubspot renewal')).toEqual(['Acme renewal']);
    expect(await names('contact')).toEqual(['Grace Hopper']);
    expect(await names('e')).toEqual(['Grace Hopper', 'Acme renewal', 'José Álvarez']);
    expect(await names('zzz')).toEqual([]);
    expect(await names('   ')).toEqual([]);
  });

  it('goes through stored records step by step and skips what the visits found', async () => {
    const database = freshDb();
    for (let i = 0; i < 7; i++) {
      await touchRecord(
        database,
        { ...LEAD, recordId: `r${i}`, key: `k${i}`, name: i === 3 ? 'Someone else' : `Acme person ${i}` },
        `https://sf/${i}`,
        NOW - i,
      );
    }
    const words = queryWords('acme');
    const found: string[] = [];
    let step = await searchStoredStep(database, words, undefined, new Set(['k0']), 2);
    let steps = 1;
    found.push(...step.hits.map((h) => h.key));
    while (step.next) {
      step = await searchStoredStep(database, words, step.next, new Set(['k0']), 2);
      found.push(...step.hits.map((h) => h.key));
      steps++;
    }
    expect(found).toEqual(['k1', 'k2', 'k4', 'k5', 'k6']);
    expect(steps).toBe(4);
  });
});

describe('counts past the cap', () => {
  it('stop at COUNT_CAP, so a long overdue list costs no more than a thousand keys', async () => {
    const database = freshDb();
    await touchRecord(database, LEAD, 'https://acme/lead', NOW - 30 * DAY);
    const rows = Array.from({ length: COUNT_CAP + 5 }, (_, i) => ({ ...followUp(`f${i}`, LEAD.key, NOW - DAY - i * HOUR) }));
    await database.followUps.bulkAdd(rows);
    expect(await countDue(database, NOW, 'UTC')).toBe(COUNT_CAP);
    const day = await readDay(database, NOW, 'UTC');
    expect(day.overdue.total).toBe(COUNT_CAP);
    expect(countUpToCap(day.overdue.total, FOLLOW_UP)).toBe('1,000+ follow-ups');
    expect(countUpToCap(3, FOLLOW_UP)).toBe('3 follow-ups');
  });
});
