import { describe, expect, it, vi } from 'vitest';
import { noteVisit } from '../../lib/db/visits';
import { createRecordSearch, type SearchState } from '../../lib/state/record-search';
import { CONTACT, HOUR, NOW } from '../db/day-seed';
import { DEAL, freshDb, LEAD } from '../db/helpers';

/** A search over a fresh database, counting the reads of the visit list. */
async function searchOver() {
  const database = freshDb();
  await noteVisit(database, { ...LEAD, name: 'Jane Doe' }, 'https://sf/1', NOW - 3 * HOUR);
  await noteVisit(database, DEAL, 'https://hs/2', NOW - 2 * HOUR);
  const reads = vi.spyOn(database.visits, 'toArray');
  const shown: SearchState[] = [];
  const search = createRecordSearch(database, (state) => shown.push(state));
  const names = async (query: string) => {
    await search.run(query);
    return shown.at(-1)?.hits.map((h) => h.name);
  };
  return { database, search, reads, names };
}

describe('search as the rep types', () => {
  it('reads the visit list once for the keystrokes that follow', async () => {
    const { search, reads, names } = await searchOver();
    expect(await names('j')).toEqual(['Jane Doe']);
    expect(await names('ja')).toEqual(['Jane Doe']);
    expect(await names('jan')).toEqual(['Jane Doe']);
    expect(reads).toHaveBeenCalledTimes(1);
    search.dispose();
  });

  it('reads it again after a write to it: a record opened meanwhile is found', async () => {
    const { database, search, reads, names } = await searchOver();
    expect(await names('grace')).toEqual([]);
    await noteVisit(database, CONTACT, 'https://pd/3', NOW - HOUR);
    // Dexie tells of its writes a moment later.
    await vi.waitFor(async () => expect(await names('grace')).toEqual(['Grace Hopper']));
    expect(reads.mock.calls.length).toBeGreaterThanOrEqual(2);
    search.dispose();
  });
});
