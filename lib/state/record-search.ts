import type { ClosewardDb } from '../db/database';
import { queryWords, searchStoredStep, searchVisits } from '../db/search';
import type { SearchHit } from '../model/search';

/** How many records a search shows. */
export const SEARCH_LIMIT = 20;

export interface SearchState {
  query: string;
  hits: SearchHit[];
  /** True while older stored records are still being read. */
  searching: boolean;
}
export const EMPTY_SEARCH: SearchState = { query: '', hits: [], searching: false };

/**
 * Search as the rep types: the recent visits answer at once (most recently opened first), then
 * stored records are read in bounded steps until the list is full or all were read. A newer query drops
 * the older one's remaining steps.
 */
export function createRecordSearch(database: ClosewardDb, publish: (state: SearchState) => void, limit = SEARCH_LIMIT) {
  let current = 0;
  return {
    async run(query: string): Promise<void> {
      const run = ++current;
      const words = queryWords(query);
      if (!words.length) return publish({ ...EMPTY_SEARCH, query });
      const hits = await searchVisits(database, words, limit);
      if (run !== current) return;
      publish({ query, hits, searching: hits.length < limit });
      const found = new Set(hits.map((h) => h.key));
      let step = hits.length < limit ? await searchStoredStep(database, words, undefined, found) : undefined;
      while (step && run === current) {
        for (const hit of step.hits) if (hits.length < limit) hits.push(hit);
        const more = Boolean(step.next) && hits.length < limit;
        publish({ query, hits: [...hits], searching: more });
        if (!more || !step.next) return;
        // Let the panel paint and take the next keystroke between steps.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (run !== current) return;
        step = await searchStoredStep(database, words, step.next, found);
      }
    },
    cancel(): void {
      current++;
    },
  };
}
