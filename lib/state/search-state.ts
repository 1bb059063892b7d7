import type { SearchHit } from '../model/search';

// What the search box shows, apart from how it is searched (record-search.ts, which needs Dexie).

/** How many records a search shows. */
export const SEARCH_LIMIT = 20;

export interface SearchState {
  query: string;
  hits: SearchHit[];
  /** True while older stored records are still being read. */
  searching: boolean;
}
export const EMPTY_SEARCH: SearchState = { query: '', hits: [], searching: false };
