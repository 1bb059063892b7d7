import { liveQuery, type Subscription } from 'dexie';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClosewardDb } from '../db/database';
import { recentVisits } from '../db/visits';
import type { Visit } from '../model/visit';

export interface RecentState {
  visits: Visit[];
  loaded: boolean;
}

export type RecentStore = StoreApi<RecentState> & { dispose(): void };

/** The records the rep opened most recently, live: what the panel lists on a tab without a record. */
export function createRecentStore(database: ClosewardDb, limit = 10): RecentStore {
  const store = createStore<RecentState>(() => ({ visits: [], loaded: false }));
  const subscription: Subscription = liveQuery(() => recentVisits(database, limit)).subscribe({
    next: (visits) => store.setState({ visits, loaded: true }),
    error: () => store.setState({ loaded: true }),
  });
  return Object.assign(store, { dispose: () => subscription.unsubscribe() });
}
