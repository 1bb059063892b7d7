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
