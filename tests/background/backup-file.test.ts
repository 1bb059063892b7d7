import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_FILE_KEY, backupFileName, saveBackupFile, turnOffBackupFile, turnOnBackupFile } from '../../lib/background/backup-file';
import { parseExport } from '../../lib/backup/check';
import { freshDb, LEAD } from '../db/helpers';
import { touchRecord } from '../db/store-record';

const NOW = Date.UTC(2026, 11, 5, 9);

function allow(granted: boolean) {
  const download = vi.fn().mockResolvedValue(1);
  Object.assign(fakeBrowser, { downloads: { download } });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted);
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(granted);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
  return download;
}

describe('the daily backup file', () => {
  it('is saved to the Downloads folder only when the rep turned it on and the browser allowed downloads', async () => {
    const database = freshDb();
    await touchRecord(database, LEAD, 'https://acme/lead', NOW);
    const download = allow(true);
    expect(await saveBackupFile(database, NOW)).toBe(false);
    expect(download).not.toHaveBeenCalled();

    expect(await turnOnBackupFile()).toBe(true);
    expect(await saveBackupFile(database, NOW)).toBe(true);
    const [{ url, filename, conflictAction }] = download.mock.calls[0] as [{ url: string; filename: string; conflictAction: string }];
    expect(filename).toBe(backupFileName(NOW));
    expect(filename).toBe('Closeward/closeward-backup-2026-12-05.json');
    expect(conflictAction).toBe('overwrite');
    // The file is a backup the restore reads: checked like any import.
    const parsed = parseExport(JSON.parse(decodeURIComponent(url.slice(url.indexOf(',') + 1))));
    expect(parsed.ok && parsed.data.records.map((r) => r.key)).toEqual([LEAD.key]);

    await turnOffBackupFile();
    expect((await fakeBrowser.storage.local.get(BACKUP_FILE_KEY))[BACKUP_FILE_KEY]).toBe(false);
    expect(await saveBackupFile(database, NOW)).toBe(false);
  });

  it('stays off when the browser refuses the permission', async () => {
    allow(false);
    expect(await turnOnBackupFile()).toBe(false);
    expect((await fakeBrowser.storage.local.get(BACKUP_FILE_KEY))[BACKUP_FILE_KEY]).toBeUndefined();
  });
});
