import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { ClosewardDb } from '../db/database';
import { countDue } from '../db/day';
import { dayBounds } from '../model/day';
import { browserTimeZone } from '../model/zoned-day';
import { onReminderAlarm } from './reminder';

// The service worker may sleep at any moment: nothing here keeps state between wakes. Every
// call reads the count from the database and the day from the clock.

/** The alarm that recounts the badge when the rep's day turns (local midnight). */
export const DAY_TURN_ALARM = 'closeward-day-turn';

/** The badge's text: the count, "999+" past what fits, nothing at zero. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Sets the toolbar badge to the number of follow-ups overdue or due today. */
export async function updateBadge(database: ClosewardDb, now = Date.now(), timeZone = browserTimeZone()): Promise<number> {
  const count = await countDue(database, now, timeZone);
  await showCount(count);
  return count;
}

let colored = false;
async function showCount(count: number): Promise<void> {
  if (!colored && count > 0) {
    colored = true;
    await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
  }
  await browser.action.setBadgeText({ text: badgeText(count) });
}

/** Asks the browser to wake the worker at the next local midnight (replaces the earlier alarm). */
export async function scheduleDayTurn(now = Date.now(), timeZone = browserTimeZone()): Promise<number> {
  const when = dayBounds(now, timeZone).tomorrow;
  await browser.alarms.create(DAY_TURN_ALARM, { when });
  return when;
}

/**
 * Handles one of our alarms: at the day turn, recounts and schedules the next turn. Returns
 * whether the alarm was ours. The reminder's alarm is handled in reminder.ts.
 */
export async function onDayTurnAlarm(name: string, database: ClosewardDb, now = Date.now(), timeZone = browserTimeZone()): Promise<boolean> {
  if (name !== DAY_TURN_ALARM) return false;
  await updateBadge(database, now, timeZone);
  await scheduleDayTurn(now, timeZone);
  return true;
}

/** Every alarm of ours, by name: the day turn and the reminder. Returns whether it was ours. */
export async function onAlarm(name: string, database: ClosewardDb, now = Date.now(), timeZone = browserTimeZone()): Promise<boolean> {
  return (await onDayTurnAlarm(name, database, now, timeZone)) || onReminderAlarm(name, database, now, timeZone);
}

/**
 * Keeps the badge in step with the follow-ups while this context lives: any write to them
 * (here, another extension page, an import) recounts. Call it in every extension page that
 * writes follow-ups and in the background; returns the unsubscribe.
 */
export function watchBadge(database: ClosewardDb, timeZone = browserTimeZone()): () => void {
  const subscription = liveQuery(() => countDue(database, Date.now(), timeZone)).subscribe({
    next: (count) => void showCount(count).catch(() => undefined),
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
