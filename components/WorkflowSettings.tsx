import { useEffect, useState } from 'preact/hooks';
import { REP_NAME_MAX, THEME_CHOICES, type Settings, type ThemeChoice } from '../lib/model/settings';

export interface WorkflowSettingsProps {
  settings: Pick<Settings, 'stalenessDays' | 'theme'>;
  onStalenessDays(days: number): void;
  onTheme(theme: ThemeChoice): void;
  /** The rep's name in exports and team reports; the field shows when onRepName is given. */
  repName?: string;
  onRepName?(name: string): void;
}

const THEME_LABEL: Record<ThemeChoice, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

/** The rep's own settings: when a criterion needs re-qualifying, and the theme. */
export function WorkflowSettings({ settings, onStalenessDays, onTheme, repName = '', onRepName }: WorkflowSettingsProps) {
  const [days, setDays] = useState(String(settings.stalenessDays));
  useEffect(() => setDays(String(settings.stalenessDays)), [settings.stalenessDays]);
  const [name, setName] = useState(repName);
  useEffect(() => setName(repName), [repName]);
  const valid = /^\d{1,4}$/.test(days) && Number(days) >= 1;
  return (
    <section aria-labelledby="workflow-title">
      <h2 id="workflow-title">Qualification and display</h2>
      {onRepName && (
        <div class="field">
          <label for="rep-name">Your name</label>
          <span>
            <input
              id="rep-name"
              name="repName"
              type="text"
              autocomplete="name"
              maxLength={REP_NAME_MAX}
              value={name}
              aria-describedby="rep-name-hint"
              onInput={(e) => {
                setName(e.currentTarget.value);
                onRepName(e.currentTarget.value);
              }}
            />
          </span>
          <p id="rep-name-hint" class="hint">
            Shown in your exports, so a team lead can tell whose numbers are whose. Stays on this computer until you export.
          </p>
        </div>
      )}
      <div class="field">
        <label for="staleness-days">Mark a criterion "re-qualify" when it has not been verified for</label>
        <span>
          <input
            id="staleness-days"
            name="stalenessDays"
            type="number"
            min={1}
            max={3650}
            value={days}
            aria-invalid={!valid}
            aria-describedby="staleness-hint"
            onInput={(e) => {
              const value = e.currentTarget.value;
              setDays(value);
              if (/^\d{1,4}$/.test(value) && Number(value) >= 1) onStalenessDays(Number(value));
            }}
          />{' '}
          days
        </span>
        <p id="staleness-hint" class={valid ? 'hint' : 'error'}>
          {valid ? 'Default 30. Article 001: re-qualify leads that have gone stale.' : 'Enter a whole number of days, 1 or more.'}
        </p>
      </div>
      <div class="field">
        <label for="theme">Theme</label>
        <select id="theme" name="theme" value={settings.theme} onChange={(e) => onTheme(e.currentTarget.value as ThemeChoice)}>
          {THEME_CHOICES.map((t) => (
            <option key={t} value={t}>
              {THEME_LABEL[t]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
