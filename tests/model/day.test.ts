import { afterEach, describe, expect, it, vi } from 'vitest';
import { byDay, count, formatDay, dayBounds, dueText, FOLLOW_UP, type DayBounds, type DayRow } from '../../lib/model/day';
import { toConversationInput, newDraft } from '../../lib/model/conversation-draft';
import { followUpDateProblem, rescheduledDue, snoozedDue } from '../../lib/model/follow-up-date';
import { calendarDaysBetween, dateIn, startOfDay, zoneOffset } from '../../lib/model/zoned-day';

/** The part of the day view holding `dueAt`: the ranges lib/db/day.ts reads, [start, tomorrow) and [tomorrow, weekEnd). */
function dueWhen(dueAt: number, bounds: DayBounds): string {
  if (dueAt < bounds.start) return 'overdue';
  if (dueAt < bounds.tomorrow) return 'today';
  return dueAt < bounds.weekEnd ? 'week' : 'later';
}

const at = (iso: string) => Date.parse(iso);

afterEach(() => {
  vi.useRealTimers();
});

describe('days in a time zone', () => {
  it.each([
    // One instant, three calendar dates: the day starts at each zone's own midnight.
    ['America/New_York', '2027-02-28T05:00:00Z', { year: 2027, month: 2, day: 28 }],
    ['Europe/Berlin', '2027-02-28T23:00:00Z', { year: 2027, month: 3, day: 1 }],
    ['Asia/Tokyo', '2027-02-28T15:00:00Z', { year: 2027, month: 3, day: 1 }],
    ['Pacific/Kiritimati', '2027-02-28T10:00:00Z', { year: 2027, month: 3, day: 1 }],
  ])('%s: 2027-03-01T02:30Z falls on its own date', (zone, start, date) => {
    const now = at('2027-03-01T02:30:00Z');
    expect(dateIn(now, zone)).toEqual(date);
    expect(new Date(startOfDay(now, zone)).toISOString()).toBe(new Date(start).toISOString());
  });

  it('a day with a daylight-saving change is 23 hours long, and "tomorrow" is still midnight', () => {
    const noon = at('2027-03-14T16:00:00Z'); // New York: clocks go forward at 02:00
    const bounds = dayBounds(noon, 'America/New_York');
    expect(new Date(bounds.start).toISOString()).toBe('2027-03-14T05:00:00.000Z');
    expect(new Date(bounds.tomorrow).toISOString()).toBe('2027-03-15T04:00:00.000Z');
    expect(zoneOffset(bounds.tomorrow, 'America/New_York')).toBe(-4 * 3_600_000);
  });

  it('a day whose midnight does not exist starts at its first instant', () => {
    // Santiago skips from 23:59 on 5 September 2026 to 01:00 on the 6th.
    const start = startOfDay(at('2026-09-06T15:00:00Z'), 'America/Santiago');
    expect(new Date(start).toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(dateIn(start - 1, 'America/Santiago').day).toBe(5);
  });

  it('counts calendar days, not 24-hour spans', () => {
    expect(calendarDaysBetween(at('2027-03-13T23:30:00-05:00'), at('2027-03-14T00:10:00-05:00'), 'America/New_York')).toBe(1);
    expect(calendarDaysBetween(at('2027-03-14T00:10:00-05:00'), at('2027-03-15T23:50:00-04:00'), 'America/New_York')).toBe(1);
  });
});

describe('overdue, today and the week, with a fake clock', () => {
  it.each([
    // The same follow-up, the same instant: overdue in Tokyo (a new day began), due today in New York.
    ['Asia/Tokyo', 'overdue'],
    ['Europe/London', 'today'],
    ['America/New_York', 'today'],
  ] as const)('%s says %s', (zone, expected) => {
    vi.useFakeTimers();
    vi.setSystemTime(at('2027-06-10T16:00:00Z'));
    expect(dueWhen(at('2027-06-10T08:00:00Z'), dayBounds(Date.now(), zone))).toBe(expected);
  });

  it('at the day boundary a follow-up turns from "week" to "today" to "overdue"', () => {
    const zone = 'Europe/Berlin';
    const dueAt = at('2027-06-11T09:00:00+02:00');
    vi.useFakeTimers();
    vi.setSystemTime(at('2027-06-10T23:59:59+02:00'));
    expect(dueWhen(dueAt, dayBounds(Date.now(), zone))).toBe('week');
    vi.advanceTimersByTime(1000);
    expect(dueWhen(dueAt, dayBounds(Date.now(), zone))).toBe('today');
    vi.setSystemTime(at('2027-06-12T00:00:00+02:00'));
    expect(dueWhen(dueAt, dayBounds(Date.now(), zone))).toBe('overdue');
    expect(dueText(dueAt, Date.now(), zone, 'en-GB')).toBe('Due yesterday');
  });

  it('the week view crosses a month end, one heading per day, in order', () => {
    const zone = 'Europe/Berlin';
    const now = at('2027-01-28T10:00:00+01:00');
    const bounds = dayBounds(now, zone);
    const dues = [
      '2027-01-29T09:00:00+01:00',
      '2027-01-31T23:30:00+01:00',
      '2027-02-01T00:00:00+01:00',
      '2027-02-01T17:00:00+01:00',
      '2027-02-04T23:59:00+01:00',
    ];
    const rows = dues.map((iso, i) => row(`f${i}`, at(iso)));
    expect(rows.every((r) => dueWhen(r.followUp.dueAt, bounds) === 'week')).toBe(true);
    expect(dueWhen(at('2027-02-05T00:00:00+01:00'), bounds)).toBe('later');
    const days = byDay(rows, zone, 'en-GB');
    expect(days.map((d) => d.key)).toEqual(['2027-01-29', '2027-01-31', '2027-02-01', '2027-02-04']);
    expect(days.map((d) => d.rows.length)).toEqual([1, 1, 2, 1]);
    expect(days[2]?.label).toBe('Monday 1 February');
  });
});

describe('wording', () => {
  it.each([
    [0, '0 follow-ups'],
    [1, '1 follow-up'],
    [2, '2 follow-ups'],
    [1204, '1,204 follow-ups'],
  ])('%i → %s', (n, text) => expect(count(n, FOLLOW_UP)).toBe(text));

  it('says how late an overdue follow-up is', () => {
    const zone = 'UTC';
    expect(dueText(at('2027-03-01T09:00:00Z'), at('2027-03-06T08:00:00Z'), zone, 'en-GB')).toBe('Due 1 Mar 2027 · 5 days overdue');
    expect(dueText(at('2027-03-06T01:00:00Z'), at('2027-03-06T08:00:00Z'), zone, 'en-GB')).toBe('Due today');
  });
});

describe('a follow-up date in the past is refused', () => {
  const zone = 'America/Los_Angeles';
  const now = at('2027-05-10T10:00:00-07:00');

  it('earlier today is fine, yesterday is not, with a message naming the day', () => {
    expect(followUpDateProblem(at('2027-05-10T00:00:00-07:00'), now, zone)).toBeUndefined();
    const yesterday = at('2027-05-09T23:59:00-07:00');
    expect(followUpDateProblem(yesterday, now, zone)).toBe(`${formatDay(yesterday, zone)} has passed. Pick today or a later day.`);
    expect(formatDay(yesterday, zone, 'en-GB')).toBe('9 May 2027');
  });

  it('reschedule presets count from now; a past date is a problem, not a date', () => {
    expect(rescheduledDue('twoWeeks', '', now, zone)).toEqual({ dueAt: now + 14 * 86_400_000 });
    expect(rescheduledDue('date', '', now, zone)).toEqual({ problem: expect.stringMatching(/pick a date/i) });
    expect(rescheduledDue('date', '2000-01-01', now, zone)).toEqual({ problem: expect.stringMatching(/has passed/) });
    expect(snoozedDue(now, zone)).toBe(at('2027-05-11T00:00:00-07:00'));
  });

  it('the conversation log refuses a "not now" that would fall on a past day', () => {
    const now = Date.now();
    const draft = { ...newDraft(now, 'discovery', ''), kind: 'notNow' as const, note: 'Call back', preset: 'date' as const };
    expect(toConversationInput({ ...draft, followUpDate: '2001-02-03' }, now)).toEqual({ problem: expect.stringMatching(/has passed/) });
    // A quarter after a conversation logged a year late has passed too.
    const late = { ...draft, preset: 'quarter' as const, at: '2001-02-03T10:00' };
    expect(toConversationInput(late, now)).toEqual({ problem: expect.stringMatching(/has passed/) });
    expect(toConversationInput({ ...draft, preset: 'quarter' }, now)).toMatchObject({ outcome: { kind: 'notNow' } });
  });
});

function row(id: string, dueAt: number): DayRow {
  return {
    followUp: { id, recordKey: 'k', dueAt, reason: '', status: 'open', conversationId: '', createdAt: 0 },
    key: 'k',
    url: '',
    name: 'Ada',
    crm: 'salesforce',
    kind: 'lead',
    note: '',
    closingToward: '',
  };
}
