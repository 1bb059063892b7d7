import { THEME_CHOICES, type ThemeChoice } from '../lib/model/settings';

const LABEL: Record<ThemeChoice, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };

export interface ThemeControlProps {
  theme: ThemeChoice;
  onChange(theme: ThemeChoice): void;
}

/** Light, dark, or following the system. */
export function ThemeControl({ theme, onChange }: ThemeControlProps) {
  return (
    <select class="cw-theme" aria-label="Theme" value={theme} onChange={(e) => onChange(e.currentTarget.value as ThemeChoice)}>
      {THEME_CHOICES.map((choice) => (
        <option key={choice} value={choice}>
          {LABEL[choice]}
        </option>
      ))}
    </select>
  );
}
