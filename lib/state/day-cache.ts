// Today's day, as last read, kept in the panel's localStorage (no code beyond the type: the
// panel's first paint reads it before the rest of the panel's code has loaded).
import type { DaySnapshot } from '../db/day';

const CACHE_KEY = 'closeward:day';

/** The day last read in this time zone, if it is still today. */
export function keptDay(cache: Storage | undefined, timeZone: string, now: number): DaySnapshot | undefined {
  if (!cache) return undefined;
  try {
    const kept = JSON.parse(cache.getItem(CACHE_KEY) ?? 'null') as { timeZone?: string; day?: DaySnapshot } | null;
    const bounds = kept?.day?.bounds;
    return kept?.timeZone === timeZone && bounds && bounds.start <= now && now < bounds.tomorrow ? kept.day : undefined;
  } catch {
    return undefined;
  }
}

export function keepDay(cache: Storage | undefined, timeZone: string, day: DaySnapshot): void {
  try {
    cache?.setItem(CACHE_KEY, JSON.stringify({ timeZone, day }));
  } catch {
    // No room: the next opening reads the day first, as without the cache.
  }
}

// Narrow selectors: each part of the view re-renders only when its own slice changes.
