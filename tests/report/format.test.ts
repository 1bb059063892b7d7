import { describe, expect, it } from 'vitest';
import { count, percent, shareOf } from '../../components/dashboard/format';

describe('numbers on the team report', () => {
  it('writes counts as toLocaleString() does, with one formatter for the page', () => {
    for (const n of [0, 7, 1234, 100_000, 12_345_678, -42]) expect(count(n)).toBe(n.toLocaleString());
  });

  it('writes shares as whole percents, and a dash when there is nothing to divide by', () => {
    expect(percent(shareOf(1, 3))).toBe('33%');
    expect(percent(shareOf(1, 0))).toBe('–');
  });
});
