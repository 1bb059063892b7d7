import type { Table } from 'dexie';
import { DEFAULT_SETTINGS, settingsFrom, type Setting, type SettingKey, type Settings } from '../model/settings';
import type { ClosewardDb } from './database';

/** Writes the default of every setting that has no row yet (new or upgraded database). */
export async function seedSettings(table: Table<Setting, SettingKey>, now = Date.now()): Promise<void> {
  const keys = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
  const existing = await table.bulkGet(keys);
  const missing = keys.filter((_, i) => existing[i] === undefined).map((key) => settingRow(key, DEFAULT_SETTINGS[key], now));
  if (missing.length) await table.bulkAdd(missing);
}

function settingRow<K extends SettingKey>(key: K, value: Settings[K], updatedAt: number): Setting {
  return { key, value, updatedAt } as Setting;
}

/** Every setting, with defaults for any row that is missing or malformed. */
export async function readSettings(database: ClosewardDb): Promise<Settings> {
  return settingsFrom(await database.settings.toArray());
}

/** Writes one setting; the last writer wins (settings change rarely, from one place at a time). */
export async function saveSetting<K extends SettingKey>(database: ClosewardDb, key: K, value: Settings[K], now = Date.now()): Promise<void> {
  await database.settings.put(settingRow(key, value, now));
}
