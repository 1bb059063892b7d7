import { describe, expect, it } from 'vitest';
import { type Conversation, latestNote, referralsOf } from '../../lib/model/conversation';
import { followUpDue } from '../../lib/model/follow-up';
import { leadWait } from '../../lib/model/speed-to-lead';
import { moveProblem } from '../../lib/model/stored-record';
import { DAY_MS, formatSpan, fromInput, HOUR_MS, MINUTE_MS, toDateInput, toDateTimeInput } from '../../lib/model/time';

const FROM = new Date(2027, 0, 15, 10, 30).getTime();

describe('follow-up presets', () => {
  it.each([
    ['twoWeeks', new Date(2027, 0, 29, 10, 30)],
    ['month', new Date(2027, 1, 15, 10, 30)],
    ['quarter', new Date(2027, 3, 15, 10, 30)],
    ['sixMonths', new Date(2027, 6, 15, 10, 30)],
  ] as const)('%s', (preset, expected) => {
    expect(followUpDue(preset, FROM)).toBe(expected.getTime());
  });

  it('takes a date, or nothing when none was given', () => {
    expect(followUpDue('date', FROM, '2027-05-02')).toBe(new Date(2027, 4, 2).getTime());
    expect(followUpDue('date', FROM, '')).toBeUndefined();
  });
});

describe('speed to lead', () => {
  const lead = { kind: 'lead' as const, firstSeen: FROM };
  it('counts the wait and flags it past an hour', () => {
    expect(leadWait(lead, 0, FROM + 59 * MINUTE_MS)).toEqual({ waitedMs: 59 * MINUTE_MS, flagged: false });
    expect(leadWait(lead, 0, FROM + 61 * MINUTE_MS)?.flagged).toBe(true);
  });
  it('stops once a conversation is logged, and only applies to leads', () => {
    expect(leadWait(lead, 1, FROM + DAY_MS)).toBeUndefined();
    expect(leadWait({ ...lead, kind: 'opportunity' }, 0, FROM + DAY_MS)).toBeUndefined();
  });
});

describe('conversations', () => {
  const make = (id: string, at: number, loggedAt: number, outcome: Conversation['outcome']): Conversation => ({
    id,
    recordKey: 'k',
    at,
    loggedAt,
    outcome,
    noteToFutureSelf: `note ${id}`,
  });
  const lost = { kind: 'lost' as const, reason: '' };
  it("the note shown is the latest conversation's", () => {
    const list = [make('a', 2, 5, lost), make('b', 3, 3, lost), make('c', 3, 4, lost)];
    expect(latestNote(list)?.id).toBe('c');
    expect(latestNote([])).toBeUndefined();
  });
  it('collects referrals from "not me"', () => {
    const referral = { name: 'Rae', role: 'CFO', reach: '' };
    expect(referralsOf([make('a', 1, 1, lost), make('b', 2, 2, { kind: 'notMe', referral })]).map((r) => r.referral)).toEqual([referral]);
  });
});

describe('problems and time helpers', () => {
  const problems = [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C' },
  ];
  it.each([
    [1, -1, 'bac'],
    [1, 1, 'acb'],
    [0, -1, 'abc'],
    [2, 1, 'abc'],
  ] as const)('moves problem %i by %i', (index, by, expected) => {
    expect(
      moveProblem(problems, index, by)
        .map((p) => p.id)
        .join(''),
    ).toBe(expected);
  });

  it('round-trips input values in local time', () => {
    expect(fromInput(toDateTimeInput(FROM))).toBe(FROM);
    expect(toDateInput(FROM)).toBe('2027-01-15');
    expect(fromInput('not a date')).toBeUndefined();
  });

  it.each([
    [5 * MINUTE_MS, '5 min'],
    [HOUR_MS + 5 * MINUTE_MS, '1 h 5 min'],
    [3 * HOUR_MS, '3 h'],
    [3 * DAY_MS, '3 days'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatSpan(ms)).toBe(text);
  });
});
