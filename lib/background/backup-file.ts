import { browser } from 'wxt/browser';
import { readExportData } from '../backup/db-export';
import { exportJsonParts } from '../backup/json';
import type { ClosewardDb } from '../db/database';

/** The rep's choice: a daily backup file in the Downloads folder as well (off by default). */
export const BACKUP_FILE_KEY = 'closeward:backup-file';
const DOWNLOADS: { permissions: ['downloads'] } = { permissions: ['downloads'] };

export async function backupFileWanted(): Promise<boolean> {
  return (await browser.storage.local.get(BACKUP_FILE_KEY))[BACKUP_FILE_KEY] === true;
}

/**
 * Turns the daily file on. Called straight from the rep's click in the options page: the
 * browser asks for the `downloads` permission then, and only then. Resolves to whether it is on.
 */
export async function turnOnBackupFile(): Promise<boolean> {
  const granted = await browser.permissions.request(DOWNLOADS).catch(() => false);
  if (granted) await browser.storage.local.set({ [BACKUP_FILE_KEY]: true });
  return granted;
}

/** Turns the daily file off and gives the permission back. */
export async function turnOffBackupFile(): Promise<void> {
  await browser.storage.local.set({ [BACKUP_FILE_KEY]: false });
  await browser.permissions.remove(DOWNLOADS).catch(() => false);
}

/** The file's name under the Downloads folder: one a day, the same day's replaced. */
export function backupFileName(now: number): string {
  return `Closeward/closeward-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/**
 * Saves today's backup as a JSON file in the Downloads folder, when the rep asked for it and the
 * permission is there. Resolves to whether a file was saved.
 */
export async function saveBackupFile(database: ClosewardDb, now = Date.now()): Promise<boolean> {
  if (!(await backupFileWanted()) || !(await browser.permissions.contains(DOWNLOADS).catch(() => false))) return false;
  const json = exportJsonParts(await readExportData(database, now)).join('');
  // A service worker has no object URLs: the file goes as a data URL.
  const url = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;
  await browser.downloads.download({ url, filename: backupFileName(now), conflictAction: 'overwrite', saveAs: false });
  return true;
}
