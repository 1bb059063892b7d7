import { z } from 'zod/mini';
import { DEFAULT_LADDER, Ladder } from './ladder';
import { DEFAULT_STALENESS_DAYS } from './readiness';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export const ThemeChoice = z.enum(THEME_CHOICES);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** One row of the settings table per setting, so each is written on its own. */
export const Setting = z.discriminatedUnion('key', [
  z.object({ key: z.literal('stalenessDays'), value: z.int().check(z.positive()), updatedAt: z.number() }),
  z.object({ key: z.literal('ladder'), value: Ladder, updatedAt: z.number() }),
  z.object({ key: z.literal('theme'), value: ThemeChoice, updatedAt: z.number() }),
]);
export type Setting = z.infer<typeof Setting>;
export type SettingKey = Setting['key'];

/** All settings, each with its value; what the UI reads. */
export type Settings = { [S in Setting as S['key']]: S['value'] };

export const DEFAULT_SETTINGS: Settings = {
  stalenessDays: DEFAULT_STALENESS_DAYS,
  ladder: DEFAULT_LADDER,
  theme: 'system',
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
