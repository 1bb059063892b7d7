import type { StoreApi } from 'zustand/vanilla';
import { DAY_LIMITS, type DayLimits, type DaySnapshot } from '../db/day';
import type { FollowUpPreset } from '../model/follow-up';
import { keptDay } from './day-cache';
import { EMPTY_SEARCH, type SearchState } from './search-state';

// The rep's day as the view reads it: its state, selectors and the copy kept for the next
// opening. How it is read and acted on is in day-store.ts, loaded with the database's code.

export type DayPart = 'overdue' | 'today' | 'week';

export interface DayState {
  status: 'loading' | 'ready' | 'error';
  day: DaySnapshot | undefined;
  /** The clock the view reads (lead waits), ticking each minute. */
  now: number;
  timeZone: string;
  limits: DayLimits;
  /** What went wrong with the rep's last action from the day view. */
  problem: string | undefined;
  search: SearchState;
}

export interface DayActions {
  done(id: string): Promise<void>;
  /** Moves a follow-up; returns what is wrong with the date instead, and writes nothing then. */
  reschedule(id: string, preset: FollowUpPreset, date: string): Promise<string | undefined>;
  snooze(id: string): Promise<void>;
  showMore(part: DayPart): void;
  search(query: string): Promise<void>;
  dispose(): void;
}

export type DayStore = StoreApi<DayState> & { actions: DayActions };

export interface DayStoreOptions {
  timeZone?: string;
  clock?: () => number;
  /**
   * Where the last day read is kept (the panel's localStorage): the panel opening again the same
   * day shows it at once, while the day is read afresh.
   */
  cache?: Storage | undefined;
  /** The state to go on from (made by initialDayState before the database's code loaded). */
  store?: StoreApi<DayState> | undefined;
}

export { keepDay, keptDay } from './day-cache';

// Narrow selectors: each part of the view re-renders only when its own slice changes.
export const selectStatus = (s: DayState) => s.status;
/** "Show more" widened a part beyond the default limits. */
export const selectWidened = (s: DayState) => s.limits !== DAY_LIMITS;
export const selectPart = (part: DayPart) => (s: DayState) => s.day?.[part];
export const selectLeads = (s: DayState) => s.day?.leads;
export const selectNow = (s: DayState) => s.now;
export const selectTimeZone = (s: DayState) => s.timeZone;
export const selectProblem = (s: DayState) => s.problem;
export const selectSearch = (s: DayState) => s.search;

/** The day as the view starts: the copy kept today, at once, or nothing yet. */
export function initialDayState(cache: Storage | undefined, timeZone: string, now: number): DayState {
  const kept = keptDay(cache, timeZone, now);
  return { status: kept ? 'ready' : 'loading', day: kept, now, timeZone, limits: DAY_LIMITS, problem: undefined, search: EMPTY_SEARCH };
}
