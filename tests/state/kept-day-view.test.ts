import { describe, expect, it } from 'vitest';
import type { DaySnapshot } from '../../lib/db/day';
import { dayBounds } from '../../lib/model/day';
import { keepDay } from '../../lib/state/day-cache';
import { forgetDayView, keepDayView, keptDayView, KEPT_VIEW_MAX_CHARS } from '../../lib/state/kept-day-view';
import { MemoryStorage } from './memory-storage';

const ZONE = 'Europe/Berlin';
// 2027-03-10 15:00 in Berlin.
const NOW = Date.UTC(2027, 2, 10, 14);
const HOUR = 3600_000;
const VIEW = { build: '1.2.0', timeZone: ZONE, theme: 'dark', html: '<main class="cw-sidebar cw-no-record"><p>Nothing due today.</p></main>' };

function emptyDay(now: number): DaySnapshot {
  const slice = { rows: [], total: 0 };
  return { bounds: dayBounds(now, ZONE), overdue: slice, today: slice, week: slice, leads: [] };
}

/** A localStorage with today's day kept, as the day view leaves it. */
function withDay(now = NOW) {
  const cache = new MemoryStorage();
  keepDay(cache, ZONE, emptyDay(now));
  return cache;
}

describe('the kept picture of the day view', () => {
  it('comes back the same day, for the same build and time zone', () => {
    const cache = withDay();
    expect(keepDayView(cache, VIEW, NOW)).toBe(true);
    expect(keptDayView(cache, '1.2.0', ZONE, NOW + 5 * HOUR)).toMatchObject({ html: VIEW.html, theme: 'dark' });
  });

  it('does not come back the next day, from another build or in another time zone', () => {
    const cache = withDay();
    keepDayView(cache, VIEW, NOW);
    // Berlin's midnight is 23:00 UTC in March.
    expect(keptDayView(cache, '1.2.0', ZONE, Date.UTC(2027, 2, 10, 23))).toBeUndefined();
    expect(keptDayView(cache, '1.2.0', ZONE, Date.UTC(2027, 2, 10, 22, 59))).toBeDefined();
    expect(keptDayView(cache, '1.3.0', ZONE, NOW)).toBeUndefined();
    expect(keptDayView(cache, '1.2.0', 'America/New_York', NOW)).toBeUndefined();
  });

  it('comes back only beside the kept day it was drawn from', () => {
    const cache = withDay();
    keepDayView(cache, VIEW, NOW);
    // Another read of the day kept since (another window's panel, a later read): other rows.
    keepDay(cache, ZONE, { ...emptyDay(NOW), today: { rows: [], total: 3 } });
    expect(keptDayView(cache, '1.2.0', ZONE, NOW)).toBeUndefined();
    // Drawn again from it, the picture comes back.
    keepDayView(cache, VIEW, NOW);
    expect(keptDayView(cache, '1.2.0', ZONE, NOW)).toBeDefined();
  });

  it('is kept only beside a day read today, and forgets the last one otherwise', () => {
    const cache = withDay();
    keepDayView(cache, VIEW, NOW);
    // Yesterday's day in the cache: the picture would not match what the panel reads.
    const stale = withDay(NOW - 24 * HOUR);
    expect(keepDayView(stale, VIEW, NOW)).toBe(false);
    expect(keptDayView(stale, '1.2.0', ZONE, NOW)).toBeUndefined();
    // Nothing to keep (the panel showed a record, or a search): the last picture goes.
    expect(keepDayView(cache, { ...VIEW, html: '' }, NOW)).toBe(false);
    expect(keptDayView(cache, '1.2.0', ZONE, NOW)).toBeUndefined();
  });

  it('keeps no picture larger than the limit', () => {
    const cache = withDay();
    keepDayView(cache, VIEW, NOW);
    expect(keepDayView(cache, { ...VIEW, html: 'x'.repeat(KEPT_VIEW_MAX_CHARS + 1) }, NOW)).toBe(false);
    expect(keptDayView(cache, '1.2.0', ZONE, NOW)).toBeUndefined();
  });

  it('survives storage that is full or unreadable', () => {
    const cache = withDay();
    keepDayView(cache, VIEW, NOW);
    const full = Object.assign(cache, {
      setItem() {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    });
    expect(keepDayView(full, { ...VIEW, html: '<p>newer</p>' }, NOW)).toBe(false);
    // The older picture is not shown in place of the newer one that could not be kept.
    expect(keptDayView(full, '1.2.0', ZONE, NOW)).toBeUndefined();
    const garbled = withDay();
    garbled.setItem('closeward:day-view', '{not json');
    expect(keptDayView(garbled, '1.2.0', ZONE, NOW)).toBeUndefined();
    expect(() => forgetDayView(undefined)).not.toThrow();
    expect(keptDayView(undefined, '1.2.0', ZONE, NOW)).toBeUndefined();
  });
});
