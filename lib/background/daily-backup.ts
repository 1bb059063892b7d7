import { browser } from 'wxt/browser';
import { makeRollingBackup, type BackupOutcome } from '../backup/db-rolling';
import { BACKUP_EVERY_MS } from '../backup/db-rolling-info';
import type { ClosewardDb } from '../db/database';
import { saveBackupFile } from './backup-file';

export const BACKUP_ALARM = 'closeward-backup';
const TRIED_KEY = 'closeward:rolling-backup-tried';

/**
 * The daily automatic copy, made by the background (never in the panel: reading a large
 * database for it would hold up what the rep sees). Tried at most once a day whatever came of
 * it, so a database too large for the copy is not read again at every wake.
 */
export async function dailyBackup(database: ClosewardDb, now = Date.now()): Promise<BackupOutcome | undefined> {
  const tried = (await browser.storage.local.get(TRIED_KEY))[TRIED_KEY];
  if (typeof tried === 'number' && tried <= now && now - tried < BACKUP_EVERY_MS) return undefined;
  await browser.storage.local.set({ [TRIED_KEY]: now });
  const outcome = await makeRollingBackup(database, now);
  // The file, where the rep asked for one, whatever the copy in the browser could hold.
  if (outcome.made || outcome.reason !== 'empty') await saveBackupFile(database, now).catch(() => false);
  return outcome;
}

/** Wakes the background once an hour to see whether today's copy is due (cheap when it is not). */
export async function scheduleDailyBackup(): Promise<void> {
  if (!(await browser.alarms.get(BACKUP_ALARM))) await browser.alarms.create(BACKUP_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
}
