import { byNewest } from '../model/conversation';
import { COUNT_CAP, dayBounds, type DayBounds, type DayRow, type LeadRow } from '../model/day';
import type { FollowUp } from '../model/follow-up';
import { closingToward } from '../model/ladder';
import { leadWait } from '../model/speed-to-lead';
import type { StoredRecord } from '../model/stored-record';
import { DAY_MS } from '../model/time';
import type { Visit } from '../model/visit';
import type { ClosewardDb } from './database';
import { readSettings } from './settings';

/** How many rows each part of the day view reads at most; the totals are counted apart. */
export interface DayLimits {
  overdue: number;
  today: number;
  week: number;
  leads: number;
}
// What fits a glance: "Show more" reads the next rows.
export const DAY_LIMITS: DayLimits = { overdue: 20, today: 40, week: 20, leads: 10 };

/** A lead counts as new for this long after it was first opened. */
export const NEW_LEAD_MS = 7 * DAY_MS;

export interface DaySlice {
  rows: DayRow[];
  /** All open follow-ups in this part, shown or not, up to COUNT_CAP. */
  total: number;
}

export interface DaySnapshot {
  bounds: DayBounds;
  /** Most recently due first: what just slipped leads a long list. */
  overdue: DaySlice;
  today: DaySlice;
  /** Tomorrow and the 6 days after, soonest first. */
  week: DaySlice;
  /** Newest first. */
  leads: LeadRow[];
}

/**
 * The conversations of some records: one indexed read per record, all at once (a request
 * each, where a cursor over `anyOf` would step through them one by one).
 */
async function conversationsOf(database: ClosewardDb, keys: readonly string[]) {
  const lists = await Promise.all(keys.map((key) => database.conversations.where('recordKey').equals(key).toArray()));
  return lists.flat();
}

/** Open follow-ups due in [from, to), soonest first, read through the [status+dueAt] index. */
export function openDue(database: ClosewardDb, from: number, to: number) {
  return database.followUps.where('[status+dueAt]').between(['open', from], ['open', to], true, false);
}

/** How many rows a collection holds, counted up to COUNT_CAP: keys only, at most that many. */
function countUpTo(collection: ReturnType<typeof openDue>): Promise<number> {
  return collection
    .limit(COUNT_CAP)
    .primaryKeys()
    .then((keys) => keys.length);
}

/** The toolbar badge's number: open follow-ups overdue or due today, up to COUNT_CAP. Never read. */
export function countDue(database: ClosewardDb, now: number, timeZone: string): Promise<number> {
  return countUpTo(openDue(database, -Infinity, dayBounds(now, timeZone).tomorrow));
}

/** The rep's day: overdue, today, new leads waiting, the next 7 days. Reads only what it shows. */
export function readDay(database: ClosewardDb, now: number, timeZone: string, limits: DayLimits = DAY_LIMITS): Promise<DaySnapshot> {
  const bounds = dayBounds(now, timeZone);
  const { followUps, records, visits, conversations, settings } = database;
  return database.transaction('r', [followUps, records, visits, conversations, settings], async () => {
    const [overdue, overdueTotal, today, todayTotal, week, weekTotal, leads] = await Promise.all([
      openDue(database, -Infinity, bounds.start).reverse().limit(limits.overdue).toArray(),
      countUpTo(openDue(database, -Infinity, bounds.start)),
      openDue(database, bounds.start, bounds.tomorrow).limit(limits.today).toArray(),
      countUpTo(openDue(database, bounds.start, bounds.tomorrow)),
      openDue(database, bounds.tomorrow, bounds.weekEnd).limit(limits.week).toArray(),
      countUpTo(openDue(database, bounds.tomorrow, bounds.weekEnd)),
      newLeads(database, now, limits.leads),
    ]);
    const rows = await dayRows(database, [...overdue, ...today, ...week]);
    const slice = (list: FollowUp[], total: number): DaySlice => ({ rows: list.flatMap((f) => rows.get(f.id) ?? []), total });
    return { bounds, overdue: slice(overdue, overdueTotal), today: slice(today, todayTotal), week: slice(week, weekTotal), leads };
  });
}

/** Overdue and today's follow-ups, oldest first: what a reminder lists. */
export async function dueRows(database: ClosewardDb, now: number, timeZone: string, limit: number): Promise<{ rows: DayRow[]; total: number }> {
  const { followUps, records, visits, conversations, settings } = database;
  return database.transaction('r', [followUps, records, visits, conversations, settings], async () => {
    const due = openDue(database, -Infinity, dayBounds(now, timeZone).tomorrow);
    const [list, total] = await Promise.all([due.clone().limit(limit).toArray(), countUpTo(due.clone())]);
    const rows = await dayRows(database, list);
    return { rows: list.flatMap((f) => rows.get(f.id) ?? []), total };
  });
}

/**
 * Each follow-up with its record's name, CRM and kind, the latest note to future self and what
 * the record is closing toward, by follow-up id. A follow-up whose record is gone is left out.
 */
async function dayRows(database: ClosewardDb, list: readonly FollowUp[]): Promise<Map<string, DayRow>> {
  const keys = [...new Set(list.map((f) => f.recordKey))];
  const [stored, seen, talks, { ladder }] = await Promise.all([
    database.records.bulkGet(keys),
    database.visits.bulkGet(keys),
    conversationsOf(database, keys),
    readSettings(database),
  ]);
  const recordOf = new Map<string, StoredRecord>();
  const visitOf = new Map<string, Visit>();
  stored.forEach((r) => r && recordOf.set(r.key, r));
  seen.forEach((v) => v && visitOf.set(v.key, v));
  const noteOf = new Map<string, string>();
  for (const talk of talks.sort(byNewest)) if (!noteOf.has(talk.recordKey)) noteOf.set(talk.recordKey, talk.noteToFutureSelf);

  const rows = new Map<string, DayRow>();
  for (const followUp of list) {
    const record = recordOf.get(followUp.recordKey);
    if (!record) continue;
    const visit = visitOf.get(record.key);
    rows.set(followUp.id, {
      followUp,
      key: record.key,
      url: visit && visit.lastVisited > record.lastVisited ? visit.url : record.url,
      name: record.name ?? visit?.name ?? '',
      crm: record.crm,
      kind: record.kind,
      note: noteOf.get(record.key) ?? '',
      closingToward: closingToward(ladder, record),
    });
  }
  return rows;
}

/**
 * Leads opened in the last NEW_LEAD_MS that nobody has talked to yet, newest first, with how
 * long each has waited. Read from the bounded visit list: at most VISITS_MAX rows.
 */
export async function newLeads(database: ClosewardDb, now: number, limit: number): Promise<LeadRow[]> {
  const leads = await database.visits
    .where('firstSeen')
    .between(now - NEW_LEAD_MS, now, true, true)
    .reverse()
    .filter((v) => v.kind === 'lead')
    .toArray();
  if (!leads.length) return [];
  const talkedTo = new Set(
    (
      await conversationsOf(
        database,
        leads.map((v) => v.key),
      )
    ).map((c) => c.recordKey),
  );
  const rows: LeadRow[] = [];
  for (const visit of leads) {
    if (rows.length >= limit) break;
    const wait = leadWait(visit, talkedTo.has(visit.key) ? 1 : 0, now);
    if (!wait) continue;
    const { key, url, name = '', crm, kind, firstSeen } = visit;
    rows.push({ key, url, name, crm, kind, firstSeen, wait });
  }
  return rows;
}
