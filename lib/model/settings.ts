import { z } from 'zod/mini';
import { DEFAULT_LADDER, Ladder, Rung } from './ladder';
import { filled, KEY_MAX } from './limits';
import { DEFAULT_STALENESS_DAYS } from './readiness';
import { DEFAULT_TEMPLATE_ID, Template } from './template';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export const ThemeChoice = z.enum(THEME_CHOICES);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** When a "not now" is called back unless the rep picks another time (a fixed date is per call). */
export const NOT_NOW_PRESETS = ['twoWeeks', 'month', 'quarter', 'sixMonths'] as const;
export const NotNowPreset = z.enum(NOT_NOW_PRESETS);
export type NotNowPreset = z.infer<typeof NotNowPreset>;

/** Most templates of the team's own a rep keeps. */
export const CUSTOM_TEMPLATES_MAX = 20;
/** Rungs remembered after they left the ladder, so records standing on them keep a name. */
export const RETIRED_RUNGS_MAX = 100;

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

/** One row of the settings table per setting, so each is written on its own. */
export const Setting = z.discriminatedUnion('key', [
  z.object({ key: z.literal('stalenessDays'), value: z.int().check(z.positive()), updatedAt: z.number() }),
  z.object({ key: z.literal('ladder'), value: Ladder, updatedAt: z.number() }),
  z.object({ key: z.literal('theme'), value: ThemeChoice, updatedAt: z.number() }),
  /** The template the checklist shows and readiness counts. */
  z.object({ key: z.literal('templateId'), value: filled(KEY_MAX), updatedAt: z.number() }),
  /** The team's own templates (the built-ins are not stored). */
  z.object({
    key: z.literal('templates'),
    value: z.array(Template).check(z.maxLength(CUSTOM_TEMPLATES_MAX), z.refine(uniqueIds, { message: 'two templates have the same id' })),
    updatedAt: z.number(),
  }),
  z.object({ key: z.literal('notNowPreset'), value: NotNowPreset, updatedAt: z.number() }),
  /** Rungs removed from the ladder, with their names. */
  z.object({ key: z.literal('retiredRungs'), value: z.array(Rung).check(z.maxLength(RETIRED_RUNGS_MAX)), updatedAt: z.number() }),
]);
export type Setting = z.infer<typeof Setting>;
export type SettingKey = Setting['key'];

/** All settings, each with its value; what the UI reads. */
export type Settings = { [S in Setting as S['key']]: S['value'] };

export const DEFAULT_SETTINGS: Settings = {
  stalenessDays: DEFAULT_STALENESS_DAYS,
  ladder: DEFAULT_LADDER,
  theme: 'system',
  templateId: DEFAULT_TEMPLATE_ID,
  templates: [],
  /** A quarter out, as DEFAULT_FOLLOW_UP_PRESET (lib/model/follow-up.ts). */
  notNowPreset: 'quarter',
  retiredRungs: [],
};

/** Longest name a rep can give themselves; it is a label in a report, not a letter. */
export const REP_NAME_MAX = 120;

/**
 * Who the rep is in a team report: a random id made once (so a team lead can tell two
 * reps with one name apart, and a rep's re-export replaces their earlier one) and the
 * name they typed in the options. Kept in the settings table but outside `Setting`:
 * not seeded (the id is random, an empty name is "not given") and not read by the sidebar.
 */
export const RepSetting = z.discriminatedUnion('key', [
  z.object({ key: z.literal('repId'), value: z.string().check(z.minLength(1), z.maxLength(100)), updatedAt: z.number() }),
  z.object({ key: z.literal('repName'), value: z.string().check(z.maxLength(REP_NAME_MAX)), updatedAt: z.number() }),
]);
export type RepSetting = z.infer<typeof RepSetting>;

/** Any row the settings table may hold. */
export const AnySetting = z.union([Setting, RepSetting]);
export type AnySetting = z.infer<typeof AnySetting>;

/**
 * Settings from stored rows; a missing or malformed row (hand-edited, imported) falls
 * back to its default instead of breaking the sidebar.
 */
export function settingsFrom(rows: readonly unknown[]): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    const parsed = Setting.safeParse(row);
    if (parsed.success) Object.assign(settings, { [parsed.data.key]: parsed.data.value });
  }
  return settings;
}
