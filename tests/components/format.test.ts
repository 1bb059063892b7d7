import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../components/format';
import * as time from '../../lib/model/time';

// The sidebar keeps one formatter instead of building one per call: the text must not change.
describe('kept date formatters', () => {
  const instants = [0, Date.UTC(2027, 2, 3, 9, 5), Date.UTC(1999, 11, 31, 23, 59), Date.UTC(2026, 6, 1, 0, 0) - 1, -86_400_000 * 400, NaN, 8.64e15 + 1];
  it.each(instants)('formatDate(%s) reads as lib/model/time says', (ms) => {
    expect(formatDate(ms)).toBe(time.formatDate(ms));
  });
  it.each(instants)('formatDateTime(%s) reads as lib/model/time says', (ms) => {
    expect(formatDateTime(ms)).toBe(time.formatDateTime(ms));
  });
});
