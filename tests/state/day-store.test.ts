import { describe, expect, it } from 'vitest';
import { createDayStore, type DayStore } from '../../lib/state/day-store';
import { freshDb, LEAD } from '../db/helpers';
import { DAY, followUp, NOW } from '../db/day-seed';
import { touchRecord } from '../db/store-record';
import { MemoryStorage } from './memory-storage';

const ready = (store: DayStore) =>
  new Promise<void>((resolve) => {
    if (store.getState().status === 'ready') return resolve();
    const stop = store.subscribe((s) => s.status === 'ready' && (stop(), resolve()));
  });

describe('the day, kept for the next opening', () => {
  it('shows the day last read at once the same day, then reads it afresh', async () => {
    const database = freshDb();
    await touchRecord(database, LEAD, 'https://acme/lead', NOW - 30 * DAY);
    await database.followUps.add(followUp('f1', LEAD.key, NOW - DAY));
    const cache = new MemoryStorage();
    const first = createDayStore(database, { timeZone: 'UTC', clock: () => NOW, cache });
    expect(first.getState().status).toBe('loading');
    await ready(first);
    first.actions.dispose();

    const again = createDayStore(database, { timeZone: 'UTC', clock: () => NOW + 3600_000, cache });
    expect(again.getState().status).toBe('ready');
    expect(again.getState().day?.overdue.rows.map((r) => r.followUp.id)).toEqual(['f1']);
    again.actions.dispose();

    // The next day, the kept one is not shown.
    const tomorrow = createDayStore(database, { timeZone: 'UTC', clock: () => NOW + DAY, cache });
    expect(tomorrow.getState().status).toBe('loading');
    tomorrow.actions.dispose();
  });
});
