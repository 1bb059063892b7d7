// The rep's day on the seeded database, in the bench's extension page: the day view's read,
// the toolbar badge's recount and record search, each against plain IndexedDB reads of the
// same rows. Each call measures once, so the runner alternates product and baseline.
import { updateBadge } from '../lib/background/badge';
import type { ClosewardDb } from '../lib/db/database';
import { readDay } from '../lib/db/day';
import { queryWords, searchStoredStep, searchVisits } from '../lib/db/search';
import { dayBounds } from '../lib/model/day';

const now = () => performance.now();
/**
 * "Today" for these metrics: inside the seed's span (2023 – mid 2026), so the day has overdue
 * follow-ups, some due today and a full week ahead, whatever the date of the run.
 */
export const DAY_NOW = Date.UTC(2026, 4, 4, 9);
const TIME_ZONE = 'Europe/Berlin';
/** How many hits a keystroke's search asks for. */
const SEARCH_LIMIT = 20;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function dayApi(database: () => ClosewardDb, raw: () => Promise<IDBDatabase>) {
  const openRange = (from: number, to: number) => IDBKeyRange.bound(['open', from], ['open', to], false, true);
  return {
    /** readDay(): overdue, today, the next 7 days and new leads, with the rows' records and notes. */
    async dayOnce() {
      const db = database();
      await db.open();
      const t = now();
      const day = await readDay(db, DAY_NOW, TIME_ZONE);
      const ms = now() - t;
      return {
        ms,
        shown: day.overdue.rows.length + day.today.rows.length + day.week.rows.length,
        totals: [day.overdue.total, day.today.total, day.week.total],
      };
    },
    /** Baseline: plain reads of the three index ranges, as many rows as the day view shows. */
    async dayRawOnce() {
      const idb = await raw();
      const b = dayBounds(DAY_NOW, TIME_ZONE);
      const t = now();
      const index = idb.transaction('followUps').objectStore('followUps').index('[status+dueAt]');
      const lists = await Promise.all([
        request(index.getAll(openRange(-Infinity, b.start), 50)),
        request(index.getAll(openRange(b.start, b.tomorrow), 100)),
        request(index.getAll(openRange(b.tomorrow, b.weekEnd), 100)),
      ]);
      return { ms: now() - t, rows: lists.reduce((n, l) => n + l.length, 0) };
    },
    /** updateBadge(): the count of follow-ups overdue or due today, set as the badge's text. */
    async badgeOnce() {
      const db = database();
      await db.open();
      const t = now();
      const count = await updateBadge(db, DAY_NOW, TIME_ZONE);
      return { ms: now() - t, count };
    },
    /** Baseline: a plain count of the same index range. */
    async badgeRawOnce() {
      const idb = await raw();
      const b = dayBounds(DAY_NOW, TIME_ZONE);
      const t = now();
      const count = await request(idb.transaction('followUps').objectStore('followUps').index('[status+dueAt]').count(openRange(-Infinity, b.tomorrow)));
      return { ms: now() - t, count };
    },
    /** The first results of a keystroke: the visit list, then the first step through the stored records. */
    async searchOnce(query: string) {
      const db = database();
      await db.open();
      const t = now();
      const words = queryWords(query);
      const visits = await searchVisits(db, words, SEARCH_LIMIT);
      const step = await searchStoredStep(db, words, undefined, new Set(visits.map((h) => h.key)));
      return { ms: now() - t, hits: visits.length + step.hits.length };
    },
    /** Baseline: plain reads of the visit list and the same step of records, no matching. */
    async searchRawOnce() {
      const idb = await raw();
      const t = now();
      const tx = idb.transaction(['visits', 'records']);
      const [visits, records] = await Promise.all([
        request(tx.objectStore('visits').index('lastVisited').getAll()),
        request(tx.objectStore('records').index('lastVisited').getAll(null, 2000)),
      ]);
      return { ms: now() - t, rows: visits.length + records.length };
    },
  };
}
