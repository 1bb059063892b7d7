import type { FollowUp } from './follow-up';
import type { CrmId, RecordKind } from './record';
import type { LeadWait } from './speed-to-lead';
import { calendarDaysBetween, dateIn, dateKey, startOfDay } from './zoned-day';

/** How far ahead the day view looks past today. */
export const WEEK_DAYS = 7;

/** The instants that split the rep's day in one time zone. */
export interface DayBounds {
  timeZone: string;
  /** Today's first instant: anything open before it is overdue. */
  start: number;
  /** Tomorrow's first instant: the end of "today", and when the day turns. */
  tomorrow: number;
  /** The first instant after the next 7 days. */
  weekEnd: number;
}

export function dayBounds(now: number, timeZone: string): DayBounds {
  return {
    timeZone,
    start: startOfDay(now, timeZone),
    tomorrow: startOfDay(now, timeZone, 1),
    weekEnd: startOfDay(now, timeZone, 1 + WEEK_DAYS),
  };
}

/** One follow-up as a row of the day view: what the rep needs to act without opening the record. */
export interface DayRow {
  followUp: FollowUp;
  key: string;
  url: string;
  name: string;
  crm: CrmId;
  kind: RecordKind;
  /** The note to future self of the record's latest conversation; empty when none. */
  note: string;
  closingToward: string;
}

/** A lead first seen recently that nobody has talked to yet. */
export interface LeadRow {
  key: string;
  url: string;
  name: string;
  crm: CrmId;
  kind: RecordKind;
  firstSeen: number;
  wait: LeadWait;
}

/** Rows of one day of the coming week, under its heading. */
export interface WeekDay {
  key: string;
  label: string;
  rows: DayRow[];
}

/** Splits the week's rows (sorted by dueAt) by calendar day, in the rep's zone. */
export function byDay(rows: readonly DayRow[], timeZone: string, locale?: string): WeekDay[] {
  const days: WeekDay[] = [];
  for (const row of rows) {
    const key = dateKey(dateIn(row.followUp.dueAt, timeZone));
    let day = days[days.length - 1];
    if (day?.key !== key) {
      day = { key, label: formatWeekday(row.followUp.dueAt, timeZone, locale), rows: [] };
      days.push(day);
    }
    day.rows.push(row);
  }
  return days;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions, timeZone: string, locale?: string): Intl.DateTimeFormat {
  const id = `${locale ?? ''}|${timeZone}|${JSON.stringify(options)}`;
  let kept = formats.get(id);
  if (!kept) formats.set(id, (kept = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return kept;
}

/** "Monday 1 March" in the rep's locale. */
export function formatWeekday(ms: number, timeZone: string, locale?: string): string {
  return format({ weekday: 'long', day: 'numeric', month: 'long' }, timeZone, locale).format(ms);
}

/** "1 Mar 2027" in the rep's locale. */
export function formatDay(ms: number, timeZone: string, locale?: string): string {
  return format({ day: 'numeric', month: 'short', year: 'numeric' }, timeZone, locale).format(ms);
}

/** Singular and plural of one English noun; Intl.PluralRules picks the form. */
export interface Noun {
  one: string;
  other: string;
}
export const FOLLOW_UP: Noun = { one: 'follow-up', other: 'follow-ups' };
export const LEAD: Noun = { one: 'lead', other: 'leads' };
export const DAY: Noun = { one: 'day', other: 'days' };
export const RECORD: Noun = { one: 'record', other: 'records' };

/**
 * Counts of follow-ups stop here: past it "1,000+" says enough, and counting every one of tens of
 * thousands of rows would cost a third of a second each time.
 */
export const COUNT_CAP = 1000;

/** Like `count`, for a number counted up to COUNT_CAP: "1,000+ follow-ups" at the cap. */
export function countUpToCap(n: number, noun: Noun, locale = 'en'): string {
  return n >= COUNT_CAP ? `${new Intl.NumberFormat(locale).format(COUNT_CAP)}+ ${noun.other}` : count(n, noun, locale);
}

const pluralRules = new Map<string, Intl.PluralRules>();
/** "1 follow-up", "2 follow-ups", "1,204 follow-ups". */
export function count(n: number, noun: Noun, locale = 'en'): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = rules.select(n) === 'one' ? noun.one : noun.other;
  return `${new Intl.NumberFormat(locale).format(n)} ${form}`;
}

/** What the rep reads about when a row was due: "Due today", "Due yesterday", "Due 3 Mar · 5 days overdue". */
export function dueText(dueAt: number, now: number, timeZone: string, locale?: string): string {
  const days = calendarDaysBetween(dueAt, now, timeZone);
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due yesterday';
  if (days > 1) return `Due ${formatDay(dueAt, timeZone, locale)} · ${count(days, DAY)} overdue`;
  return formatWeekday(dueAt, timeZone, locale);
}

/** How the day view names each kind of record. */
export const KIND_NAME: Record<RecordKind, string> = { lead: 'Lead', opportunity: 'Opportunity', contact: 'Contact', account: 'Account' };

/** A record's name for a list, or what it is when the page gave none. */
export function displayName(row: { name: string; kind: RecordKind }): string {
  return row.name || `Unnamed ${KIND_NAME[row.kind].toLowerCase()}`;
}
