import { liveQuery, type Subscription } from 'dexie';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClosewardDb } from '../db/database';
import { recentVisits } from '../db/visits';
import { initialRecentState, RECENT_LIMIT, type RecentState, type RecentStore } from './recent-state';

export type { RecentState, RecentStore } from './recent-state';
export { initialRecentState, RECENT_LIMIT } from './recent-state';

/** The records the rep opened most recently, live: what the panel lists on a tab without a record. */
export function createRecentStore(
  database: ClosewardDb,
  limit = RECENT_LIMIT,
  store: StoreApi<RecentState> = createStore<RecentState>(initialRecentState),
): RecentStore {
  const subscription: Subscription = liveQuery(() => recentVisits(database, limit)).subscribe({
    next: (visits) => store.setState({ visits, loaded: true }),
    error: () => store.setState({ loaded: true }),
  });
  return Object.assign(store, { dispose: () => subscription.unsubscribe() });
}
