import { THEME_CHOICES, type ThemeChoice } from '../lib/model/settings';

const LABEL: Record<ThemeChoice, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

export interface ThemeControlProps {
  theme: ThemeChoice;
  onChange(theme: ThemeChoice): void;
}

/** Light, dark, or following the system: one choice of three. */
export function ThemeControl({ theme, onChange }: ThemeControlProps) {
  return (
    <fieldset class="cw-choice">
      <legend class="cw-field-label">Theme</legend>
      <div class="cw-segmented">
        {THEME_CHOICES.map((choice) => (
          <label key={choice} class="cw-segment">
            <input type="radio" name="theme" value={choice} checked={theme === choice} onChange={() => onChange(choice)} />
            {LABEL[choice]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
