import { browser } from 'wxt/browser';
import { DAY_MS } from '../model/time';

/** Where the automatic copy lives in storage.local, and a small note of it read without the copy. */
export const BACKUP_KEY = 'closeward:rolling-backup';
export const BACKUP_INFO_KEY = 'closeward:rolling-backup-info';
/** At most one copy a day. */
export const BACKUP_EVERY_MS = DAY_MS;
/** A last backup older than this is worth a reminder. */
export const BACKUP_STALE_MS = 7 * DAY_MS;

/** When the latest copy was made, its size as a JSON file in bytes, and how many records it holds. */
export interface BackupInfo {
  madeAt: number;
  bytes: number;
  records: number;
}

/** The note of the latest copy: a few numbers, never the copy itself (which may be megabytes). */
export async function backupInfo(): Promise<BackupInfo | undefined> {
  const stored = (await browser.storage.local.get(BACKUP_INFO_KEY))[BACKUP_INFO_KEY] as Partial<BackupInfo> | undefined;
  return stored && typeof stored.madeAt === 'number' ? { madeAt: stored.madeAt, bytes: stored.bytes ?? 0, records: stored.records ?? 0 } : undefined;
}

/** How long ago the latest copy was made, or undefined when there is none. */
export async function backupAge(now = Date.now()): Promise<number | undefined> {
  const info = await backupInfo();
  return info ? Math.max(0, now - info.madeAt) : undefined;
}

/** Whether to remind the rep: no copy at all, or the latest older than a week. */
export async function backupIsStale(now = Date.now()): Promise<boolean> {
  const age = await backupAge(now);
  return age === undefined || age > BACKUP_STALE_MS;
}
