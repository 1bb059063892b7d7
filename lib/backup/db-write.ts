// Writing a table of a checked export inside the import's transaction: stored rows read a
// chunk at a time, merged by the table's rule, put in groups.
import { request } from '../db/idb';
import type { TableCounts, TableKey, TableWriter } from './writers';

export async function writeTable(
  store: IDBObjectStore,
  chunks: Iterable<object[]>,
  writer: TableWriter,
  counts: TableCounts,
  progress: (rows: number) => void,
): Promise<void> {
  const { key, merge, tally, weight } = writer;
  // A table with nothing in it (a new machine) needs no reads at all.
  const empty = (await request(store.openKeyCursor())) === null;
  const puts = new GroupedPuts(store);
  for (const chunk of chunks) {
    let done = 0;
    if (empty) {
      for (const row of chunk) {
        const wait = puts.put(row);
        if (wait) await wait;
        done += weight(row);
      }
      counts.added += done;
    } else {
      const stored = await storedRows(store, chunk, key);
      for (const row of chunk) {
        const id = key.id(row);
        const before = stored.get(id);
        const merged = merge(before, row);
        tally(before, merged, row, counts);
        done += weight(row);
        if (!merged) continue;
        stored.set(id, merged);
        const wait = puts.put(merged);
        if (wait) await wait;
      }
    }
    progress(done);
  }
}

/**
 * Serializing a put happens on the page's thread. Puts go out in groups, each group
 * waiting for the one before it to be written: the store always has work queued, and
 * the page gets a turn (a progress bar moves) between groups.
 */
const PUT_GROUP = 500;

class GroupedPuts {
  private previous: IDBRequest | undefined;
  private count = 0;
  constructor(private readonly store: IDBObjectStore) {}

  /** Returns a promise to await at the end of a group, otherwise undefined. */
  put(row: object): Promise<unknown> | undefined {
    const req = this.store.put(row);
    if (++this.count % PUT_GROUP !== 0) return undefined;
    const before = this.previous;
    this.previous = req;
    return before && request(before);
  }
}

/** The rows in chunks, each in key order (an export is already: toArray() reads in key order; sorted only if the file was edited). */
export function* sortedChunks(rows: readonly object[], chunkSize: number, key: TableKey): Generator<object[]> {
  for (let from = 0; from < rows.length; from += chunkSize) {
    const chunk = rows.slice(from, from + chunkSize);
    for (let i = 1; i < chunk.length; i++) {
      if (key.compare(chunk[i - 1]!, chunk[i]!) > 0) {
        chunk.sort(key.compare);
        break;
      }
    }
    yield chunk;
  }
}

/**
 * The stored rows of a sorted chunk: one getAll over the chunk's key range, unless that
 * range holds many more stored rows than the chunk (a small backup into a large
 * database), then one get per key.
 */
async function storedRows(store: IDBObjectStore, chunk: readonly object[], key: TableKey): Promise<Map<string, object>> {
  const byId = new Map<string, object>();
  if (!chunk.length) return byId;
  const limit = chunk.length * 4 + 1;
  const range = IDBKeyRange.bound(key.of(chunk[0]!), key.of(chunk[chunk.length - 1]!));
  const inRange = (await request(store.getAll(range, limit))) as object[];
  if (inRange.length < limit) {
    for (const row of inRange) byId.set(key.id(row), row);
    return byId;
  }
  const found = await Promise.all(chunk.map((row) => request(store.get(key.of(row)) as IDBRequest<object | undefined>)));
  for (const row of found) if (row) byId.set(key.id(row), row);
  return byId;
}
