import { liveQuery, type Subscription } from 'dexie';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClosewardDb } from '../db/database';
import { DAY_LIMITS, readDay, type DayLimits, type DaySnapshot } from '../db/day';
import { completeFollowUp } from '../db/follow-ups';
import { FollowUpActionError, rescheduleFollowUp, snoozeFollowUp } from '../db/follow-up-actions';
import { createRecordSearch, EMPTY_SEARCH, type SearchState } from './record-search';
import type { FollowUpPreset } from '../model/follow-up';
import { rescheduledDue } from '../model/follow-up-date';
import { MINUTE_MS } from '../model/time';
import { browserTimeZone } from '../model/zoned-day';

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
}

const CACHE_KEY = 'closeward:day';

/** The day last read in this time zone, if it is still today. */
function keptDay(cache: Storage | undefined, timeZone: string, now: number): DaySnapshot | undefined {
  if (!cache) return undefined;
  try {
    const kept = JSON.parse(cache.getItem(CACHE_KEY) ?? 'null') as { timeZone?: string; day?: DaySnapshot } | null;
    const bounds = kept?.day?.bounds;
    return kept?.timeZone === timeZone && bounds && bounds.start <= now && now < bounds.tomorrow ? kept.day : undefined;
  } catch {
    return undefined;
  }
}

function keepDay(cache: Storage | undefined, timeZone: string, day: DaySnapshot): void {
  try {
    cache?.setItem(CACHE_KEY, JSON.stringify({ timeZone, day }));
  } catch {
    // No room: the next opening reads the day first, as without the cache.
  }
}

// Narrow selectors: each part of the view re-renders only when its own slice changes.
export const selectStatus = (s: DayState) => s.status;
export const selectPart = (part: DayPart) => (s: DayState) => s.day?.[part];
export const selectLeads = (s: DayState) => s.day?.leads;
export const selectNow = (s: DayState) => s.now;
export const selectTimeZone = (s: DayState) => s.timeZone;
export const selectProblem = (s: DayState) => s.problem;
export const selectSearch = (s: DayState) => s.search;

/** The rep's day, live: re-read on every write to what it shows, and when the day turns. */
export function createDayStore(database: ClosewardDb, { timeZone = browserTimeZone(), clock = Date.now, cache }: DayStoreOptions = {}): DayStore {
  const kept = keptDay(cache, timeZone, clock());
  const store = createStore<DayState>(() => ({
    status: kept ? 'ready' : 'loading',
    day: kept,
    now: clock(),
    timeZone,
    limits: DAY_LIMITS,
    problem: undefined,
    search: EMPTY_SEARCH,
  }));
  let subscription: Subscription | undefined;
  let dayTurn: ReturnType<typeof setTimeout> | undefined;

  const watch = () => {
    subscription?.unsubscribe();
    const { limits } = store.getState();
    subscription = liveQuery(() => readDay(database, clock(), timeZone, limits)).subscribe({
      next: (day) => {
        store.setState({ status: 'ready', day, now: clock() });
        if (store.getState().limits === DAY_LIMITS) keepDay(cache, timeZone, day);
        clearTimeout(dayTurn);
        // Re-read just after midnight: what was "tomorrow" is due today.
        dayTurn = setTimeout(watch, Math.max(0, day.bounds.tomorrow - clock()) + 100);
      },
      error: () => store.setState({ status: 'error' }),
    });
  };
  const tick = setInterval(() => store.setState({ now: clock() }), MINUTE_MS);
  watch();

  const attempt = async (write: () => Promise<unknown>) => {
    try {
      await write();
      store.setState({ problem: undefined });
    } catch (error) {
      store.setState({ problem: error instanceof FollowUpActionError ? error.message : 'That did not save. Try again.' });
    }
  };
  const search = createRecordSearch(database, (next) => store.setState({ search: next }));

  const actions: DayActions = {
    done: (id) => attempt(() => completeFollowUp(database, id, clock())),
    async reschedule(id, preset, date) {
      const due = rescheduledDue(preset, date, clock(), timeZone);
      if ('problem' in due) return due.problem;
      await attempt(() => rescheduleFollowUp(database, id, due.dueAt, clock(), timeZone));
      return store.getState().problem;
    },
    snooze: (id) => attempt(() => snoozeFollowUp(database, id, clock(), timeZone)),
    showMore(part) {
      const { limits } = store.getState();
      store.setState({ limits: { ...limits, [part]: limits[part] + DAY_LIMITS[part] } });
      watch();
    },
    search: (query) => search.run(query),
    dispose() {
      subscription?.unsubscribe();
      clearTimeout(dayTurn);
      clearInterval(tick);
      search.cancel();
    },
  };
  return Object.assign(store, { actions });
}
