import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { badgeText, DAY_TURN_ALARM, onAlarm, scheduleDayTurn, updateBadge, watchBadge } from '../../lib/background/badge';
import { liveQuery } from 'dexie';
import { countDue } from '../../lib/db/day';
import { completeFollowUp } from '../../lib/db/follow-ups';
import { DAY, followUp, NOW, seedDay } from '../db/day-seed';
import { freshDb, LEAD } from '../db/helpers';

const badge = () => fakeBrowser.action.getBadgeText({});

describe('the toolbar badge', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [999, '999'],
    [1000, '999+'],
  ])('%i follow-ups read "%s"', (n, text) => expect(badgeText(n)).toBe(text));

  it('shows the follow-ups overdue or due today, and nothing when there are none', async () => {
    const database = freshDb();
    expect(await updateBadge(database, NOW, 'UTC')).toBe(0);
    expect(await badge()).toBe('');
    await seedDay(database);
    expect(await updateBadge(database, NOW, 'UTC')).toBe(2);
    expect(await badge()).toBe('2');
  });

  it('the day-turn alarm is set for the next local midnight', async () => {
    const when = await scheduleDayTurn(NOW, 'America/New_York');
    expect(new Date(when).toISOString()).toBe('2027-06-10T04:00:00.000Z');
    expect(await fakeBrowser.alarms.get(DAY_TURN_ALARM)).toMatchObject({ scheduledTime: when });
  });

  it('a worker woken by the day-turn alarm recounts from the database and sets the next turn', async () => {
    const database = freshDb();
    await seedDay(database);
    await updateBadge(database, NOW, 'UTC');
    // The worker slept; the alarm wakes a fresh listener with nothing kept in memory.
    const midnight = Date.parse('2027-06-10T00:00:00Z');
    const handled: Promise<boolean>[] = [];
    fakeBrowser.alarms.onAlarm.addListener((alarm) => void handled.push(onAlarm(alarm.name, database, midnight, 'UTC')));
    await fakeBrowser.alarms.onAlarm.trigger({ name: DAY_TURN_ALARM, scheduledTime: midnight });
    expect(await Promise.all(handled)).toEqual([true]);
    // The deal due "tomorrow" is due today now.
    expect(await badge()).toBe('3');
    expect((await fakeBrowser.alarms.get(DAY_TURN_ALARM))?.scheduledTime).toBe(midnight + DAY);
  });

  it('other alarms are not ours', async () => {
    expect(await onAlarm('something-else', freshDb(), NOW, 'UTC')).toBe(false);
    expect(await badge()).toBe('');
  });

  it('follows writes while the page that watches lives', async () => {
    const database = freshDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    try {
      await seedDay(database);
      const stop = watchBadge(database, 'UTC');
      await vi.waitFor(async () => expect(await badge()).toBe('2'));
      await completeFollowUp(database, 'today', NOW);
      await vi.waitFor(async () => expect(await badge()).toBe('1'));
      await database.followUps.add(followUp('new', LEAD.key, NOW - DAY));
      await vi.waitFor(async () => expect(await badge()).toBe('2'));
      stop();
      // The same count, still followed, proves the next write was noticed: the stopped badge keeps its number.
      const counts: number[] = [];
      const control = liveQuery(() => countDue(database, NOW, 'UTC')).subscribe((n) => counts.push(n));
      await vi.waitFor(() => expect(counts).toEqual([2]));
      await completeFollowUp(database, 'new', NOW);
      await vi.waitFor(() => expect(counts.at(-1)).toBe(1));
      control.unsubscribe();
      expect(await badge()).toBe('2');
    } finally {
      vi.useRealTimers();
    }
  });
});
