// The team settings file: the playbook a team lead hands to every rep, checked field by field.
import { z } from 'zod/mini';
import { Ladder } from '../model/ladder';
import { NotNowPreset, type Settings } from '../model/settings';
import { activeTemplate, Template } from '../model/template';

/** What a team settings file says it is, so an export or any other JSON is refused by name. */
export const TEAM_SETTINGS_FORMAT = 'closeward-team-settings';
export const TEAM_SETTINGS_VERSION = 1;

/** The playbook a team lead hands to every rep: one template, the ladder, two timings. */
export const TeamSettingsFile = z.object({
  format: z.literal(TEAM_SETTINGS_FORMAT),
  version: z.literal(TEAM_SETTINGS_VERSION),
  exportedAt: z.number(),
  template: Template,
  ladder: Ladder,
  stalenessDays: z.int().check(z.positive(), z.maximum(3650)),
  notNowPreset: NotNowPreset,
});
export type TeamSettingsFile = z.infer<typeof TeamSettingsFile>;

/** The team settings file of a rep's (or lead's) current settings. */
export function teamSettingsFile(settings: Settings, now: number): TeamSettingsFile {
  return {
    format: TEAM_SETTINGS_FORMAT,
    version: TEAM_SETTINGS_VERSION,
    exportedAt: now,
    template: activeTemplate(settings),
    ladder: settings.ladder,
    stalenessDays: settings.stalenessDays,
    notNowPreset: settings.notNowPreset,
  };
}

export type TeamSettingsCheck = { ok: true; file: TeamSettingsFile } | { ok: false; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) v = isObject(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** Checks a parsed file; the message names the field and what is wrong with it. */
export function checkTeamSettings(value: unknown): TeamSettingsCheck {
  if (!isObject(value)) return { ok: false, message: 'This is not a Closeward team settings file: it does not hold a JSON object.' };
  if (value.format !== TEAM_SETTINGS_FORMAT) {
    const hint = value.format === 'closeward-export' ? " It is a rep's data export: add it in the team report instead." : '';
    return { ok: false, message: `This is not a Closeward team settings file: "format" is ${shown(value.format)}, expected "${TEAM_SETTINGS_FORMAT}".${hint}` };
  }
  if (typeof value.version === 'number' && value.version > TEAM_SETTINGS_VERSION) {
    return { ok: false, message: `This team settings file was made by a newer Closeward (version ${value.version}); update Closeward, then import it again.` };
  }
  const parsed = TeamSettingsFile.safeParse(value);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.') || 'the file';
  const got = valueAt(value, issue.path);
  const detail = issue.code === 'custom' ? issue.message : got === undefined ? 'is missing' : `is not valid (${issue.message}; got ${shown(got)})`;
  return { ok: false, message: `"${field}" ${detail}.` };
}

/** Reads the text of a file; never throws. */
export function parseTeamSettings(text: string): TeamSettingsCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The file is not valid JSON (${(error as Error).message}).` };
  }
  return checkTeamSettings(value);
}
