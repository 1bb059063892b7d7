import { liveQuery, type Subscription } from 'dexie';
import { createStore } from 'zustand/vanilla';
import type { ClosewardDb } from '../db/database';
import { DAY_LIMITS, readDay } from '../db/day';
import { completeFollowUp } from '../db/follow-ups';
import { FollowUpActionError, rescheduleFollowUp, snoozeFollowUp } from '../db/follow-up-actions';
import { initialDayState, keepDay, type DayActions, type DayState, type DayStore, type DayStoreOptions } from './day-state';
import { createRecordSearch } from './record-search';
import { rescheduledDue } from '../model/follow-up-date';
import { MINUTE_MS } from '../model/time';
import { browserTimeZone } from '../model/zoned-day';

export * from './day-state';

/** The rep's day, live: re-read on every write to what it shows, and when the day turns. */
export function createDayStore(database: ClosewardDb, { timeZone = browserTimeZone(), clock = Date.now, cache, store: given }: DayStoreOptions = {}): DayStore {
  const store = given ?? createStore<DayState>(() => initialDayState(cache, timeZone, clock()));
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
      search.dispose();
    },
  };
  return Object.assign(store, { actions });
}
