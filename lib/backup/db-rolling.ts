import { browser } from 'wxt/browser';
import type { ClosewardDb } from '../db/database';
import { settleDatabaseLoss } from '../db/guard';
import { importBackup, type ImportOptions, type ImportResult } from './db-import';
import type { ExportData } from './format';
import { BACKUP_EVERY_MS, BACKUP_INFO_KEY, BACKUP_KEY, backupInfo, type BackupInfo } from './db-rolling-info';
import { readExportData } from './db-export';
import { exportJsonBlob } from './json';

/**
 * A rolling copy of the rep's database outside IndexedDB, in storage.local: the export
 * (lib/backup/db-export.ts) as it would be saved to a file, at most one a day, the newest
 * replacing the one before in a single write (if that write fails, the older copy stays).
 * Restoring goes through the same checked, all-or-nothing merge as a backup file.
 * docs/decisions has why it lives here and what it needs.
 */
/** Largest copy kept: storage.local holds 10 MB in Chrome without unlimitedStorage. */
export const BACKUP_MAX_BYTES = 8 * 1024 * 1024;

export interface RollingBackup {
  madeAt: number;
  /** Size of the export as a JSON file, in bytes. */
  bytes: number;
  records: number;
  data: ExportData;
}

export type BackupOutcome =
  { made: true; bytes: number } | { made: false; reason: 'recent' | 'empty' | 'tooLarge'; bytes?: number | undefined; message: string };

export async function latestBackup(): Promise<RollingBackup | undefined> {
  const stored = (await browser.storage.local.get(BACKUP_KEY))[BACKUP_KEY] as RollingBackup | undefined;
  return stored && typeof stored.madeAt === 'number' && stored.data ? stored : undefined;
}

/**
 * Makes today's copy unless one was made in the last BACKUP_EVERY_MS (`force` ignores
 * that). An empty database is never copied: after a loss it would replace the copy that
 * can bring the data back. A database too large for the copy is said so, with its size.
 */
export async function makeRollingBackup(database: ClosewardDb, now = Date.now(), options: { force?: boolean; maxBytes?: number } = {}): Promise<BackupOutcome> {
  const previous = await backupInfo();
  if (!options.force && previous && now - previous.madeAt < BACKUP_EVERY_MS && previous.madeAt <= now) {
    return { made: false, reason: 'recent', message: `The last automatic copy was made ${hoursAgo(now - previous.madeAt)}.` };
  }
  if ((await database.records.count()) === 0) {
    return { made: false, reason: 'empty', message: 'Nothing to copy yet: no record holds an edit.' };
  }
  const data = await readExportData(database, now);
  const bytes = exportJsonBlob(data).size;
  const max = options.maxBytes ?? BACKUP_MAX_BYTES;
  if (bytes > max) {
    return {
      made: false,
      reason: 'tooLarge',
      bytes,
      message: `Your data (${megabytes(bytes)}) is larger than the automatic copy can hold (${megabytes(max)}): export a backup file from the dashboard instead.`,
    };
  }
  const backup: RollingBackup = { madeAt: now, bytes, records: data.records.length, data };
  const info: BackupInfo = { madeAt: now, bytes, records: backup.records };
  await browser.storage.local.set({ [BACKUP_KEY]: backup, [BACKUP_INFO_KEY]: info });
  return { made: true, bytes };
}

/**
 * Merges the latest copy into the database through the checked import (nothing changes if
 * the copy does not pass); afterwards the lost-database marker follows the database again.
 */
export async function restoreLatestBackup(database: ClosewardDb, options: ImportOptions = {}): Promise<ImportResult> {
  const latest = await latestBackup();
  if (!latest) return { ok: false, stage: 'read', message: 'There is no automatic copy to restore. Nothing was imported; your data is as it was.' };
  const result = await importBackup(database, latest.data, options);
  if (result.ok) await settleDatabaseLoss(database);
  return result;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function hoursAgo(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  return hours < 1 ? 'less than an hour ago' : `${hours} h ago`;
}
