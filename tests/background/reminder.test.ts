import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  isReminderNotification,
  nextReminderAt,
  onReminderAlarm,
  readReminder,
  REMINDER_ALARM,
  REMINDER_NOTIFICATION,
  turnOffReminder,
  turnOnReminder,
} from '../../lib/background/reminder';
import { NOW, seedDay } from '../db/day-seed';
import { freshDb } from '../db/helpers';

type Permissions = { request: unknown; remove: unknown; contains: unknown };
let held = false;
const permissions = fakeBrowser.permissions as unknown as Permissions;
beforeEach(() => {
  held = false;
  permissions.request = vi.fn(async () => (held = true));
  permissions.remove = vi.fn(async () => !(held = false));
  permissions.contains = vi.fn(async () => held);
});

const notifications = async () => Object.entries(await fakeBrowser.notifications.getAll());

describe('the daily reminder', () => {
  it('is off by default, with no alarm', async () => {
    expect(await readReminder()).toEqual({ enabled: false, time: '09:00' });
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('asks for the notifications permission when turned on, and gives it back when turned off', async () => {
    expect(await turnOnReminder('08:30')).toBeUndefined();
    expect(permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await readReminder()).toEqual({ enabled: true, time: '08:30' });
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({ name: REMINDER_ALARM, scheduledTime: expect.any(Number) });
    await turnOffReminder();
    expect(permissions.remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await readReminder()).toEqual({ enabled: false, time: '08:30' });
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it.each([
    ['the permission is refused', '08:30', /permission/],
    ['the time is not a time', '25:00', /time of day/],
  ])('stays off when %s', async (_, time, message) => {
    permissions.request = vi.fn(async () => false);
    expect(await turnOnReminder(time)).toMatch(message);
    expect(await readReminder()).toEqual({ enabled: false, time: '09:00' });
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('falls at the picked local time, today if still ahead, else tomorrow, through a clock change', () => {
    const zone = 'Europe/Berlin';
    expect(new Date(nextReminderAt('15:00', NOW, zone)).toISOString()).toBe('2027-06-09T13:00:00.000Z');
    expect(new Date(nextReminderAt('09:00', NOW, zone)).toISOString()).toBe('2027-06-10T07:00:00.000Z');
    // Clocks go back on 31 October 2027: 09:00 that Sunday is 08:00 UTC, not 07:00.
    expect(new Date(nextReminderAt('09:00', Date.parse('2027-10-30T12:00:00Z'), zone)).toISOString()).toBe('2027-10-31T08:00:00.000Z');
  });

  it('lists what is due in a notification that opens the day view, and sets the next one', async () => {
    const database = freshDb();
    await seedDay(database);
    await turnOnReminder('09:00');
    expect(await onReminderAlarm(REMINDER_ALARM, database, NOW, 'UTC')).toBe(true);
    const shown = await notifications();
    expect(shown).toHaveLength(1);
    const [id, options] = shown[0]!;
    expect(isReminderNotification(id)).toBe(true);
    expect(options).toMatchObject({ type: 'basic', title: '2 follow-ups due' });
    expect(String((options as { message: string }).message).split('\n')).toEqual(['Ada Lovelace · Budget frozen until June', 'Ada Lovelace · Promised a call']);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(Date.parse('2027-06-10T09:00:00Z'));
  });

  it('shows nothing when nothing is due, or when it is off', async () => {
    const database = freshDb();
    await turnOnReminder('09:00');
    await onReminderAlarm(REMINDER_ALARM, database, NOW, 'UTC');
    expect(await notifications()).toEqual([]);
    await seedDay(database);
    await turnOffReminder();
    await onReminderAlarm(REMINDER_ALARM, database, NOW, 'UTC');
    expect(await notifications()).toEqual([]);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    expect(isReminderNotification('other')).toBe(false);
    expect(REMINDER_NOTIFICATION).toBeTruthy();
  });
});
