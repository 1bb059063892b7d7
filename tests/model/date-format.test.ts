import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../lib/model/time';

// One kept formatter per style instead of Date#toLocale*String per call: the text must be
// what toLocale*String with the same options says, for ordinary and edge instants.
describe('kept date formatters', () => {
  const instants = [0, Date.UTC(2027, 2, 3, 9, 5), Date.UTC(1999, 11, 31, 23, 59), Date.UTC(2026, 6, 1, 0, 0) - 1, -86_400_000 * 400, NaN, 8.64e15 + 1];
  it.each(instants)('formatDate(%s) reads as toLocaleDateString', (ms) => {
    expect(formatDate(ms)).toBe(new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }));
  });
  it.each(instants)('formatDateTime(%s) reads as toLocaleString', (ms) => {
    expect(formatDateTime(ms)).toBe(
      new Date(ms).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
    );
  });
});
