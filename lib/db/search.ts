import type { CrmId, RecordKind } from '../model/record';
import type { StoredRecord } from '../model/stored-record';
import type { Visit } from '../model/visit';
import type { ClosewardDb } from './database';

/** One record found by name, CRM or kind. */
export interface SearchHit {
  key: string;
  url: string;
  name: string;
  crm: CrmId;
  kind: RecordKind;
  lastVisited: number;
}

/** How many stored records one step of a search reads, at most. */
export const SEARCH_CHUNK = 2000;

/** Lower case without accents: "José" is found by "jose". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
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
 * list (at most VISITS_MAX rows), so one pass answers within a keystroke.
 */
export async function searchVisits(database: ClosewardDb, words: readonly string[], limit: number): Promise<SearchHit[]> {
  if (!words.length) return [];
  const rows = await database.visits.orderBy('lastVisited').reverse().filter((v) => matches(words, v)).limit(limit).toArray();
  return rows.map(hitOf);
}

/** Where a search of the stored records goes on: at or before this visit time. */
export interface SearchCursor {
  before: number;
  /** Keys already read at exactly `before` (ties across two steps). */
  seen: string[];
}

export interface SearchStep {
  hits: SearchHit[];
  /** Undefined when every stored record has been read. */
  next: SearchCursor | undefined;
}

/**
 * One step through the stored records, most recently visited first: reads at most `chunk`
 * rows through the lastVisited index, so a step stays short however many records there are;
 * the caller takes the next step while it still wants hits. Keys in `skip` (found already
 * among the visits) are not returned again.
 */
export async function searchStoredStep(
  database: ClosewardDb,
  words: readonly string[],
  cursor: SearchCursor = { before: Infinity, seen: [] },
  skip: ReadonlySet<string> = new Set(),
  chunk = SEARCH_CHUNK,
): Promise<SearchStep> {
  if (!words.length) return { hits: [], next: undefined };
  const rows = await database.records.where('lastVisited').belowOrEqual(cursor.before).reverse().limit(chunk + cursor.seen.length).toArray();
  const seen = new Set(cursor.seen);
  const fresh = rows.filter((r) => !seen.has(r.key));
  const hits = fresh.filter((r) => !skip.has(r.key) && matches(words, r)).map(hitOf);
  const last = fresh[fresh.length - 1];
  if (!last || rows.length < chunk + cursor.seen.length) return { hits, next: undefined };
  const tied = rows.filter((r) => r.lastVisited === last.lastVisited).map((r) => r.key);
  return { hits, next: { before: last.lastVisited, seen: tied } };
}
