import type { Table } from 'dexie';
import type { Ladder } from '../model/ladder';
import { retire } from '../model/ladder-edit';
import { DEFAULT_SETTINGS, settingsFrom, type Setting, type SettingKey, type Settings } from '../model/settings';
import type { Template } from '../model/template';
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

/** Makes a template the active one (built-in or the team's own). */
export async function chooseTemplate(database: ClosewardDb, templateId: string, now = Date.now()): Promise<void> {
  await saveSetting(database, 'templateId', templateId, now);
}

/**
 * Saves the team's own templates. Answers are never touched: a criterion that left a
 * template keeps its answers, shown apart until it comes back.
 */
export async function saveTemplates(database: ClosewardDb, templates: readonly Template[], now = Date.now()): Promise<void> {
  await saveSetting(database, 'templates', [...templates], now);
}

/**
 * Saves the ladder, remembering the names of rungs that left it: records standing on one
 * keep it, shown as no longer in the ladder. A rung that comes back is no longer retired.
 */
export async function saveLadder(database: ClosewardDb, ladder: Ladder, now = Date.now()): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const { ladder: before, retiredRungs } = await readSettings(database);
    await saveSetting(database, 'ladder', ladder, now);
    await saveSetting(database, 'retiredRungs', retire(retiredRungs, before, ladder), now);
  });
}
