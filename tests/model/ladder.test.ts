import { describe, expect, it } from 'vitest';
import { closingToward, DEFAULT_LADDER, higherRung, Ladder, nextRung } from '../../lib/model/ladder';

describe('micro-conversion ladder', () => {
  it('closes toward the next rung by default', () => {
    expect(closingToward(DEFAULT_LADDER, { nextMicroConversion: '' })).toBe('Agree to a first meeting');
    expect(closingToward(DEFAULT_LADDER, { lastRungId: 'discovery', nextMicroConversion: '  ' })).toBe('Agree that change is needed');
  });

  it("closes toward the rep's own words when they wrote some", () => {
    expect(closingToward(DEFAULT_LADDER, { lastRungId: 'discovery', nextMicroConversion: 'CFO joins the next call' })).toBe('CFO joins the next call');
  });

  it('says so at the top of the ladder', () => {
    expect(nextRung(DEFAULT_LADDER, 'commitment')).toBeUndefined();
    expect(closingToward(DEFAULT_LADDER, { lastRungId: 'commitment', nextMicroConversion: '' })).toMatch(/top of the ladder/i);
  });

  it.each([
    [undefined, 'discovery', 'discovery'],
    ['review', 'discovery', 'review'],
    ['discovery', 'review', 'review'],
  ] as const)('higher of %s and %s is %s', (a, b, expected) => {
    expect(higherRung(DEFAULT_LADDER, a, b)).toBe(expected);
  });

  it('the default ladder is valid data with unique ids', () => {
    expect(Ladder.safeParse(DEFAULT_LADDER).success).toBe(true);
    expect(new Set(DEFAULT_LADDER.map((r) => r.id)).size).toBe(9);
    expect(Ladder.safeParse([]).success).toBe(false);
  });
});
