import { z } from 'zod/mini';
import { PRESET_LABEL } from './follow-up';
import { Ladder } from './ladder';
import { activeTemplate, BUILT_IN_TEMPLATES, Template } from './template';
import { NotNowPreset, type Settings } from './settings';

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

export type TeamSettingsPart = Pick<Settings, 'ladder' | 'stalenessDays' | 'notNowPreset'> & { template: Template };

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

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const names = (items: readonly { name?: string; label?: string }[]) => items.map((i) => i.name ?? i.label).join(', ');

/** One line of the preview: what changes, from what to what. */
export interface SettingChange {
  what: 'Checklist' | 'Ladder' | 'Re-qualify after' | '"Not now" calls back';
  from: string;
  to: string;
  /** What else the rep should know (criteria added or left out, rungs removed). */
  detail?: string | undefined;
}

/** What applying the file would change; an empty list when it changes nothing. */
export function previewTeamSettings(current: Settings, file: TeamSettingsPart): SettingChange[] {
  const changes: SettingChange[] = [];
  const before = activeTemplate(current);
  if (JSON.stringify(before) !== JSON.stringify(file.template)) {
    const ids = new Set(file.template.criteria.map((c) => c.id));
    const had = new Set(before.criteria.map((c) => c.id));
    const added = file.template.criteria.filter((c) => !had.has(c.id));
    const left = before.criteria.filter((c) => !ids.has(c.id));
    const detail = [
      added.length ? `adds ${names(added)}` : '',
      left.length ? `no longer asks ${names(left)} (your answers to ${left.length === 1 ? 'it' : 'them'} are kept)` : '',
    ].filter(Boolean);
    changes.push({
      what: 'Checklist',
      from: `${before.name} (${plural(before.criteria.length, 'criterion', 'criteria')})`,
      to: `${file.template.name} (${plural(file.template.criteria.length, 'criterion', 'criteria')})`,
      detail: detail.length ? detail.join('; ') : 'the same criteria, reworded or reordered',
    });
  }
  if (JSON.stringify(current.ladder) !== JSON.stringify(file.ladder)) {
    const ids = new Set(file.ladder.map((r) => r.id));
    const gone = current.ladder.filter((r) => !ids.has(r.id));
    changes.push({
      what: 'Ladder',
      from: plural(current.ladder.length, 'rung'),
      to: `${plural(file.ladder.length, 'rung')}: ${names(file.ladder)}`,
      detail: gone.length ? `removes ${names(gone)} (records standing there keep their rung)` : undefined,
    });
  }
  if (current.stalenessDays !== file.stalenessDays) {
    changes.push({ what: 'Re-qualify after', from: plural(current.stalenessDays, 'day'), to: plural(file.stalenessDays, 'day') });
  }
  if (current.notNowPreset !== file.notNowPreset) {
    changes.push({ what: '"Not now" calls back', from: PRESET_LABEL[current.notNowPreset], to: PRESET_LABEL[file.notNowPreset] });
  }
  return changes;
}

/** A built-in template exactly as this build ships it, else undefined. */
export function sameBuiltIn(template: Template): Template | undefined {
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === template.id);
  return builtIn && JSON.stringify(builtIn) === JSON.stringify(template) ? builtIn : undefined;
}
