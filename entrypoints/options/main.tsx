import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../assets/options.css';
import { CustomDomains } from '../../components/CustomDomains';
import { OptionsSection } from '../../components/OptionsSection';
import { Playbook } from '../../components/playbook/Playbook';
import { ChecklistSettings, YouSettings } from '../../components/WorkflowSettings';
import { BackupFileSetting } from '../../components/BackupFileSetting';
import { ReminderSettings } from '../../components/ReminderSettings';
import { backupFileWanted, turnOffBackupFile, turnOnBackupFile } from '../../lib/background/backup-file';
import {
  moveReminder,
  readReminder,
  REMINDER_KEY,
  turnOffReminder,
  turnOnReminder,
  type ReminderSetting,
  DEFAULT_REMINDER,
} from '../../lib/background/reminder';
import { PRESET_LABEL } from '../../lib/model/follow-up';
import { DEFAULT_SETTINGS, NOT_NOW_PRESETS, type NotNowPreset, type Settings } from '../../lib/model/settings';
import { optionsState } from '../../lib/state/options-state';
import { applyTheme } from '../../lib/state/theme';
import { ADAPTERS } from '../../lib/crm/registry';
import { addCustomDomain, checkNewDomain, listCustomDomains, removeCustomDomain, STORAGE_KEY, type CustomDomain } from '../../lib/domains/custom-domains';

const crms = [...ADAPTERS]
  .map((a) => ({ id: a.id, label: a.label, selfHosted: Boolean(a.selfHosted) }))
  .sort((a, b) => Number(b.selfHosted) - Number(a.selfHosted) || a.label.localeCompare(b.label));

function Options() {
  const [domains, setDomains] = useState<CustomDomain[]>([]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [repName, setRepName] = useState('');
  const [reminder, setReminder] = useState<ReminderSetting>(DEFAULT_REMINDER);
  const [backupFile, setBackupFile] = useState(false);
  useEffect(() => void backupFileWanted().then(setBackupFile), []);
  const state = useMemo(() => optionsState(setSettings), []);
  useEffect(() => {
    state.load();
    void state.repName().then(setRepName);
  }, [state]);
  useEffect(() => applyTheme(document.documentElement, settings.theme), [settings.theme]);
  const save = <K extends 'stalenessDays' | 'theme' | 'notNowPreset'>(key: K, value: Settings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
    void state.save(key, value);
  };
  useEffect(() => {
    const load = () => void listCustomDomains().then(setDomains);
    const loadReminder = () => void readReminder().then(setReminder);
    load();
    loadReminder();
    const onChanged = (changes: Record<string, unknown>) => {
      if (STORAGE_KEY in changes) load();
      if (REMINDER_KEY in changes) loadReminder();
    };
    browser.storage.local.onChanged.addListener(onChanged);
    return () => browser.storage.local.onChanged.removeListener(onChanged);
  }, []);

  return (
    <main class="cw-options">
      <header class="cw-options-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>Closeward settings</h1>
      </header>
      <OptionsSection id="you" title="You">
        <YouSettings repName={repName} onRepName={(name) => void state.saveRepName(name)} theme={settings.theme} onTheme={(theme) => save('theme', theme)} />
      </OptionsSection>
      <OptionsSection
        id="checklist"
        title="Checklist and ladder"
        intro="The questions that qualify a deal, and the steps of commitment you close toward on each call."
      >
        <ChecklistSettings stalenessDays={settings.stalenessDays} onStalenessDays={(days) => save('stalenessDays', days)} />
        <Playbook settings={settings} actions={state.playbook} />
      </OptionsSection>
      <OptionsSection id="follow-ups" title="Follow-ups">
        <p class="cw-field">
          <label for="cw-not-now-preset">When a “Not now” comes back, unless you pick another time</label>{' '}
          <select
            id="cw-not-now-preset"
            class="cw-select"
            value={settings.notNowPreset}
            onChange={(e) => save('notNowPreset', e.currentTarget.value as NotNowPreset)}
          >
            {NOT_NOW_PRESETS.map((preset) => (
              <option key={preset} value={preset}>
                {PRESET_LABEL[preset]}
              </option>
            ))}
          </select>
        </p>
        <ReminderSettings enabled={reminder.enabled} time={reminder.time} onTurnOn={turnOnReminder} onTurnOff={turnOffReminder} onTime={moveReminder} />
      </OptionsSection>
      <CustomDomains
        domains={domains}
        crms={crms}
        onAdd={async (input, crm) => {
          const checked = checkNewDomain(input, domains);
          if (!checked.ok) return checked.error;
          const result = await addCustomDomain(checked.host, crm);
          return result.ok ? null : result.error;
        }}
        onRemove={removeCustomDomain}
      />
      <OptionsSection id="data" title="Data" intro="Everything you write stays in this browser, on this computer. Nothing is sent anywhere.">
        <p>
          <a href="/dashboard.html" target="_blank">
            Open the team report
          </a>{' '}
          to export your data as CSV or JSON, restore a backup, or combine your team's exports into one report.
        </p>
        <BackupFileSetting
          enabled={backupFile}
          onTurnOn={async () => {
            const on = await turnOnBackupFile();
            setBackupFile(on);
            return on;
          }}
          onTurnOff={async () => {
            setBackupFile(false);
            await turnOffBackupFile();
          }}
        />
      </OptionsSection>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
