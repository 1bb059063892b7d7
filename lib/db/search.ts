import type { SearchHit } from '../model/search';
import type { StoredRecord } from '../model/stored-record';
import type { Visit } from '../model/visit';
import type { ClosewardDb } from './database';

/** How many stored records one step of a search reads, at most. */
export const SEARCH_CHUNK = 250;

/** Lower case without accents: "José" is found by "jose". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of a query, folded; empty when there is nothing to look for. */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** Whether every word occurs in the record's name, CRM or kind. */
export function matches(words: readonly string[], row: Pick<Visit, 'name' | 'crm' | 'kind'>): boolean {
  const haystack = fold(`${row.name ?? ''} ${row.crm} ${row.kind}`);
  return words.every((word) => haystack.includes(word));
}

const hitOf = ({ key, url, name = '', crm, kind, lastVisited }: Visit | StoredRecord): SearchHit => ({ key, url, name, crm, kind, lastVisited });

/**
 * Records the rep opened lately that match, most recently opened first: the bounded visit
 * list (at most VISITS_MAX rows) read in one request and filtered here.
 */
export async function searchVisits(database: ClosewardDb, words: readonly string[], limit: number): Promise<SearchHit[]> {
  if (!words.length) return [];
  return matchVisits(await database.visits.toArray(), words, limit);
}

/** The visits among `rows` that match, most recently opened first. */
export function matchVisits(rows: readonly Visit[], words: readonly string[], limit: number): SearchHit[] {
  if (!words.length) return [];
  return rows
    .filter((v) => matches(words, v))
    .sort((a, b) => b.lastVisited - a.lastVisited)
    .slice(0, limit)
    .map(hitOf);
}

export interface SearchStep {
  hits: SearchHit[];
  /** The key to go on after; undefined when every stored record has been read. */
  next: string | undefined;
}

/**
 * One step through the stored records in key order: at most `chunk` rows in one request, so a
 * step stays short however many records there are; the caller takes the next step while it
 * still wants hits. Keys in `skip` (found already among the visits) are not returned again.
 */
export async function searchStoredStep(
  database: ClosewardDb,
  words: readonly string[],
  after: string | undefined = undefined,
  skip: ReadonlySet<string> = new Set(),
  chunk = SEARCH_CHUNK,
): Promise<SearchStep> {
  if (!words.length) return { hits: [], next: undefined };
  const page = after === undefined ? database.records.limit(chunk) : database.records.where(':id').above(after).limit(chunk);
  const rows = await page.toArray();
  const hits = rows.filter((r) => !skip.has(r.key) && matches(words, r)).map(hitOf);
  return { hits, next: rows.length < chunk ? undefined : rows[rows.length - 1]?.key };
}
