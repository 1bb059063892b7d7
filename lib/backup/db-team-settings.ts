// The team settings file against this browser's database: made from its settings, previewed, applied.
import type { ClosewardDb } from '../db/database';
import { readSettings, saveSetting } from '../db/settings';
import { retire } from '../model/ladder-edit';
import { CUSTOM_TEMPLATES_MAX } from '../model/settings';
import { previewTeamSettings, sameBuiltIn, type SettingChange } from '../model/team-settings';
import { isBuiltIn, type Template } from '../model/template';
import { withTemplate } from '../model/template-edit';
import { toDateInput } from '../model/time';
import { parseTeamSettings, teamSettingsFile, type TeamSettingsFile } from './team-settings';

/** The team settings file of this browser's settings, as JSON text. */
export async function exportTeamSettings(database: ClosewardDb, now = Date.now()): Promise<string> {
  return JSON.stringify(teamSettingsFile(await readSettings(database), now), null, 2);
}

export type TeamSettingsPreview = { ok: true; file: TeamSettingsFile; changes: SettingChange[] } | { ok: false; message: string };

/** Checks a file and says what applying it would change; writes nothing. */
export async function previewTeamSettingsFile(database: ClosewardDb, text: string): Promise<TeamSettingsPreview> {
  const checked = parseTeamSettings(text);
  if (!checked.ok) return { ok: false, message: `${checked.message} Nothing was changed.` };
  return { ok: true, file: checked.file, changes: previewTeamSettings(await readSettings(database), checked.file) };
}

/**
 * The file's template as this rep keeps it: a built-in as shipped is chosen by id; any
 * other is one of the team's own (a changed built-in gets an id of its own, so the built-in
 * stays as shipped).
 */
function teamTemplate(template: Template): { template: Template; custom: boolean } {
  if (sameBuiltIn(template)) return { template, custom: false };
  return { template: isBuiltIn(template.id) ? { ...template, id: `${template.id}Team` } : template, custom: true };
}

/**
 * Applies a checked file in one transaction: the template becomes the active one, the
 * ladder, staleness and "not now" interval are replaced. Answers and records are never
 * touched; rungs that left the ladder keep their names for the records standing on them.
 */
export async function applyTeamSettings(database: ClosewardDb, file: TeamSettingsFile, now = Date.now()): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const current = await readSettings(database);
    const { template, custom } = teamTemplate(file.template);
    if (custom) {
      const templates = withTemplate(current.templates, template);
      if (templates.length > CUSTOM_TEMPLATES_MAX) throw new Error(`You keep ${CUSTOM_TEMPLATES_MAX} templates of your own already; delete one first.`);
      await saveSetting(database, 'templates', templates, now);
    }
    await saveSetting(database, 'templateId', template.id, now);
    await saveSetting(database, 'ladder', file.ladder, now);
    await saveSetting(database, 'retiredRungs', retire(current.retiredRungs, current.ladder, file.ladder), now);
    await saveSetting(database, 'stalenessDays', file.stalenessDays, now);
    await saveSetting(database, 'notNowPreset', file.notNowPreset, now);
  });
}

/** Checks and applies in one go (the preview is for the page; this is what it calls on "Apply"). */
export async function importTeamSettings(database: ClosewardDb, text: string, now = Date.now()): Promise<{ ok: true } | { ok: false; message: string }> {
  const checked = parseTeamSettings(text);
  if (!checked.ok) return { ok: false, message: `${checked.message} Nothing was changed.` };
  try {
    await applyTeamSettings(database, checked.file, now);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: `The settings could not be saved (${(error as Error).message}). Nothing was changed.` };
  }
}

/** A file name with the date, e.g. closeward-team-settings-2026-11-25.json. */
export function teamSettingsFileName(now: number): string {
  return `closeward-team-settings-${toDateInput(now)}.json`;
}
