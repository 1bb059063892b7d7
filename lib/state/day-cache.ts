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

/**
 * A fingerprint of the kept day as stored (its length and FNV-1a hash), to tie what was drawn
 * from it to it: another read kept since gives another stamp.
 */
export function keptDayStamp(cache: Storage | undefined): string | undefined {
  try {
    const text = cache?.getItem(CACHE_KEY);
    if (!text) return undefined;
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return `${text.length}:${(hash >>> 0).toString(36)}`;
  } catch {
    return undefined;
  }
}
