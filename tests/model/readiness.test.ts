import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, type CriterionStatus } from '../../lib/model/checklist';
import { isStale, readiness } from '../../lib/model/readiness';
import { DAY_MS } from '../../lib/model/time';

const NOW = 1_000 * DAY_MS;
const answer = (status: CriterionStatus, daysAgo?: number) => ({ status, verifiedAt: daysAgo === undefined ? undefined : NOW - daysAgo * DAY_MS });

describe('staleness', () => {
  it.each([
    ['confirmed 29 days ago', answer('confirmed', 29), false],
    ['confirmed 31 days ago', answer('confirmed', 31), true],
    ['at risk, never verified', answer('atRisk'), true],
    ['unknown long ago', answer('unknown', 400), false],
    ['no row at all', undefined, false],
  ] as const)('%s → stale %s', (_, state, expected) => {
    expect(isStale(state, NOW, 30)).toBe(expected);
  });

  it('follows the staleness setting', () => {
    expect(isStale(answer('confirmed', 10), NOW, 7)).toBe(true);
  });
});

describe('readiness counts', () => {
  it('counts confirmed, at risk, no and stale', () => {
    const states = {
      budget: answer('confirmed', 1),
      coach: answer('confirmed', 40),
      authority: answer('confirmed', 2),
      valueFit: answer('atRisk', 45),
      timing: answer('no', 1),
    };
    const r = readiness(DEFAULT_CRITERIA, states, NOW, 30);
    expect(r).toMatchObject({ confirmed: 3, atRisk: 1, no: 1, unknown: 1, stale: 2, total: 6 });
  });

  it('counts every criterion unknown when none is answered', () => {
    expect(readiness(DEFAULT_CRITERIA, {}, NOW, 30)).toMatchObject({ confirmed: 0, atRisk: 0, no: 0, unknown: 6, stale: 0, total: 6 });
  });
});
