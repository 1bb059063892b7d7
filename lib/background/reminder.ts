import { z } from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';
import type { ClosewardDb } from '../db/database';
import { dueRows } from '../db/day';
import { count, countUpToCap, FOLLOW_UP } from '../model/day';
import { browserTimeZone, dateIn, wallTime } from '../model/zoned-day';

// The daily reminder: off by default. `notifications` is an optional permission, asked for
// when the rep turns the reminder on and given back when they turn it off.

export const REMINDER_KEY = 'reminder';
export const REMINDER_ALARM = 'closeward-reminder';
export const REMINDER_NOTIFICATION = 'closeward-day';
const PERMISSION: Browser.permissions.Permissions = { permissions: ['notifications'] };

export const ReminderSetting = z.object({
  enabled: z.boolean(),
  /** Local time of day, "HH:MM" (an <input type="time"> value). */
  time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
});
export type ReminderSetting = z.infer<typeof ReminderSetting>;
export const DEFAULT_REMINDER: ReminderSetting = { enabled: false, time: '09:00' };

export async function readReminder(): Promise<ReminderSetting> {
  const stored: Record<string, unknown> = await browser.storage.local.get(REMINDER_KEY);
  const parsed = ReminderSetting.safeParse(stored[REMINDER_KEY]);
  return parsed.success ? parsed.data : DEFAULT_REMINDER;
}

/** The next instant the clock in `timeZone` reads `time`, strictly after `now`. */
export function nextReminderAt(time: string, now: number, timeZone = browserTimeZone()): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const today = dateIn(now, timeZone);
  const at = (day: number) => wallTime({ ...today, day }, hours * 60 + minutes, timeZone);
  const first = at(today.day);
  return first > now ? first : at(today.day + 1);
}

/** Sets (or clears) the reminder's alarm from the stored setting. Safe to call on every wake. */
export async function scheduleReminder(now = Date.now(), timeZone = browserTimeZone()): Promise<number | undefined> {
  const setting = await readReminder();
  if (!setting.enabled) {
    await browser.alarms.clear(REMINDER_ALARM);
    return undefined;
  }
  const when = nextReminderAt(setting.time, now, timeZone);
  await browser.alarms.create(REMINDER_ALARM, { when });
  return when;
}

/**
 * Turns the reminder on at `time`. Call it straight from the click or change that asked for
 * it: the browser grants an optional permission only during the rep's gesture. Returns a
 * message when it could not be turned on; nothing is stored then.
 */
export async function turnOnReminder(time: string): Promise<string | undefined> {
  if (!ReminderSetting.shape.time.safeParse(time).success) return 'Pick a time of day, e.g. 09:00.';
  const granted = await browser.permissions.request(PERMISSION).catch(() => false);
  if (!granted) return 'Closeward needs permission to show notifications for the reminder. Turn it on again and allow it.';
  await browser.storage.local.set({ [REMINDER_KEY]: { enabled: true, time } satisfies ReminderSetting });
  await scheduleReminder();
  return undefined;
}

/** Changes the time of a reminder that is on. */
export async function moveReminder(time: string): Promise<string | undefined> {
  if (!ReminderSetting.shape.time.safeParse(time).success) return 'Pick a time of day, e.g. 09:00.';
  const setting = await readReminder();
  await browser.storage.local.set({ [REMINDER_KEY]: { ...setting, time } satisfies ReminderSetting });
  await scheduleReminder();
  return undefined;
}

/** Turns the reminder off, clears its alarm and gives the permission back. */
export async function turnOffReminder(): Promise<void> {
  const setting = await readReminder();
  await browser.storage.local.set({ [REMINDER_KEY]: { ...setting, enabled: false } satisfies ReminderSetting });
  await browser.alarms.clear(REMINDER_ALARM);
  await browser.permissions.remove(PERMISSION).catch(() => false);
}

/** How many names a notification lists before "and N more". */
const LISTED = 5;

/**
 * At the reminder's alarm: a notification listing what is due (nothing when nothing is), then
 * the next day's alarm. Returns whether the alarm was ours.
 */
export async function onReminderAlarm(name: string, database: ClosewardDb, now = Date.now(), timeZone = browserTimeZone()): Promise<boolean> {
  if (name !== REMINDER_ALARM) return false;
  const setting = await readReminder();
  const allowed = setting.enabled && (await browser.permissions.contains(PERMISSION).catch(() => false));
  if (allowed) await notifyDue(database, now, timeZone);
  await scheduleReminder(now, timeZone);
  return true;
}

async function notifyDue(database: ClosewardDb, now: number, timeZone: string): Promise<void> {
  const { rows, total } = await dueRows(database, now, timeZone, LISTED);
  if (!total) return;
  const names = rows.map((row) => `${row.name || `Unnamed ${row.kind}`}${row.followUp.reason ? ` · ${row.followUp.reason}` : ''}`);
  if (total > rows.length) names.push(`and ${count(total - rows.length, { one: 'more', other: 'more' })}`);
  await browser.notifications.create(REMINDER_NOTIFICATION, {
    type: 'basic',
    // Rendered at build time (modules/icons.ts), so not among the typed public paths.
    iconUrl: browser.runtime.getURL('/icon/128.png' as Parameters<typeof browser.runtime.getURL>[0]),
    title: `${countUpToCap(total, FOLLOW_UP)} due`,
    message: names.join('\n'),
  });
}

/** Whether a clicked notification is the reminder (then the day view should open). */
export function isReminderNotification(id: string): boolean {
  return id === REMINDER_NOTIFICATION;
}
