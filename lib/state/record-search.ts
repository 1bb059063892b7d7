import { Dexie, type ObservabilitySet } from 'dexie';
import type { ClosewardDb } from '../db/database';
import { matchVisits, queryWords, searchStoredStep } from '../db/search';
import type { Visit } from '../model/visit';
import { EMPTY_SEARCH, SEARCH_LIMIT, type SearchState } from './search-state';

export { EMPTY_SEARCH, SEARCH_LIMIT, type SearchState } from './search-state';

/**
 * Search as the rep types: the recent visits answer at once (most recently opened first), then
 * stored records are read in bounded steps until the list is full or all were read. A newer query drops
 * the older one's remaining steps. The visit list is read once for the keystrokes that follow,
 * and again after any write to it.
 */
export function createRecordSearch(database: ClosewardDb, publish: (state: SearchState) => void, limit = SEARCH_LIMIT) {
  let current = 0;
  let visits: Promise<Visit[]> | undefined;
  const table = `idb://${database.name}/visits`;
  const onMutated = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part === table || part.startsWith(`${table}/`))) visits = undefined;
  };
  Dexie.on('storagemutated', onMutated);
  const readVisits = () => {
    const read = database.visits.toArray();
    // A failed read is not kept: the next keystroke reads again.
    read.catch(() => visits === read && (visits = undefined));
    return read;
  };
  return {
    async run(query: string): Promise<void> {
      const run = ++current;
      const words = queryWords(query);
      if (!words.length) return publish({ ...EMPTY_SEARCH, query });
      const hits = matchVisits(await (visits ??= readVisits()), words, limit);
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
    dispose(): void {
      current++;
      visits = undefined;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    },
  };
}
