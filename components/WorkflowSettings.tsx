import { useEffect, useState } from 'preact/hooks';
import { REP_NAME_MAX, type ThemeChoice } from '../lib/model/settings';
import { ThemeControl } from './ThemeControl';

export interface YouSettingsProps {
  /** The rep's name in exports and team reports. */
  repName: string;
  onRepName(name: string): void;
  theme: ThemeChoice;
  onTheme(theme: ThemeChoice): void;
}

/** The rep's own name and how Closeward looks to them. */
export function YouSettings({ repName, onRepName, theme, onTheme }: YouSettingsProps) {
  const [name, setName] = useState(repName);
  useEffect(() => setName(repName), [repName]);
  return (
    <>
      <div class="cw-field">
        <label for="rep-name" class="cw-field-label">
          Your name
        </label>
        <input
          id="rep-name"
          name="repName"
          type="text"
          class="cw-input"
          autocomplete="name"
          maxLength={REP_NAME_MAX}
          value={name}
          aria-describedby="rep-name-hint"
          onInput={(e) => {
            setName(e.currentTarget.value);
            onRepName(e.currentTarget.value);
          }}
        />
        <p id="rep-name-hint" class="cw-hint">
          Shown in your exports, so your team lead can tell whose numbers are whose. It stays on this computer until you export.
        </p>
      </div>
      <ThemeControl theme={theme} onChange={onTheme} />
    </>
  );
}

export interface ChecklistSettingsProps {
  stalenessDays: number;
  onStalenessDays(days: number): void;
}

const validDays = (value: string) => /^\d{1,4}$/.test(value) && Number(value) >= 1;

/** When a confirmed answer counts as stale and needs re-qualifying. */
export function ChecklistSettings({ stalenessDays, onStalenessDays }: ChecklistSettingsProps) {
  const [days, setDays] = useState(String(stalenessDays));
  useEffect(() => setDays(String(stalenessDays)), [stalenessDays]);
  const valid = validDays(days);
  return (
    <div class="cw-field">
      <label for="staleness-days" class="cw-field-label">
        Ask me to re-qualify an answer not verified for
      </label>
      <span class="cw-inline">
        <input
          id="staleness-days"
          name="stalenessDays"
          type="number"
          class="cw-input"
          min={1}
          max={3650}
          value={days}
          aria-invalid={!valid}
          aria-describedby="staleness-hint"
          onInput={(e) => {
            const value = e.currentTarget.value;
            setDays(value);
            if (validDays(value)) onStalenessDays(Number(value));
          }}
        />
        days
      </span>
      <p id="staleness-hint" class={valid ? 'cw-hint' : 'cw-error'}>
        {valid
          ? 'Buyers’ budgets, people and plans change. After this many days a criterion shows “Stale” until you check it again. Default 30.'
          : 'Enter a whole number of days, 1 or more.'}
      </p>
    </div>
  );
}
