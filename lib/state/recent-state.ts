import type { StoreApi } from 'zustand/vanilla';
import type { Visit } from '../model/visit';

export interface RecentState {
  visits: Visit[];
  loaded: boolean;
}

export type RecentStore = StoreApi<RecentState> & { dispose(): void };

/** How many recent records the panel lists. */
export const RECENT_LIMIT = 10;

export const initialRecentState = (): RecentState => ({ visits: [], loaded: false });
