import { describe, expect, it } from 'vitest';
import { dailyBackup } from '../../lib/background/daily-backup';
import { latestBackup } from '../../lib/backup/db-rolling';
import { freshDb, LEAD } from '../db/helpers';
import { touchRecord } from '../db/store-record';

const DAY = 24 * 3600_000;

describe('the daily automatic copy', () => {
  it('is tried once a day, whatever came of the try, and made again the next day', async () => {
    const database = freshDb();
    const now = Date.UTC(2026, 11, 5, 9);
    // Nothing written yet: nothing to copy, and not tried again today.
    expect(await dailyBackup(database, now)).toMatchObject({ made: false, reason: 'empty' });
    await touchRecord(database, LEAD, 'https://acme/lead', now);
    expect(await dailyBackup(database, now + 3600_000)).toBeUndefined();
    expect(await latestBackup()).toBeUndefined();
    expect(await dailyBackup(database, now + DAY + 1)).toMatchObject({ made: true });
    expect((await latestBackup())?.records).toBe(1);
  });
});
