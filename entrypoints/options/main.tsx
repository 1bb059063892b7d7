import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../assets/options.css';
import { CustomDomains } from '../../components/CustomDomains';
import { OptionsSection } from '../../components/OptionsSection';
import { Playbook } from '../../components/playbook/Playbook';
import { ChecklistSettings, YouSettings } from '../../components/WorkflowSettings';
import { db } from '../../lib/db/database';
import { readSettings, saveSetting } from '../../lib/db/settings';
import { readRepIdentity, saveRepName } from '../../lib/db/team';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/model/settings';
import { playbookActions } from '../../lib/state/playbook';
import { applyTheme } from '../../lib/state/theme';
import { ADAPTERS } from '../../lib/crm/registry';
import {
  addCustomDomain,
  checkNewDomain,
  listCustomDomains,
  removeCustomDomain,
  STORAGE_KEY,
  type CustomDomain,
} from '../../lib/domains/custom-domains';

const crms = [...ADAPTERS]
  .map((a) => ({ id: a.id, label: a.label, selfHosted: Boolean(a.selfHosted) }))
  .sort((a, b) => Number(b.selfHosted) - Number(a.selfHosted) || a.label.localeCompare(b.label));

function Options() {
  const [domains, setDomains] = useState<CustomDomain[]>([]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [repName, setRepName] = useState('');
  useEffect(() => {
    void readSettings(db()).then(setSettings);
    void readRepIdentity(db()).then((rep) => setRepName(rep.name));
  }, []);
  useEffect(() => applyTheme(document.documentElement, settings.theme), [settings.theme]);
  const playbook = useMemo(() => playbookActions(db(), () => void readSettings(db()).then(setSettings)), []);
  const save = <K extends 'stalenessDays' | 'theme'>(key: K, value: Settings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
    void saveSetting(db(), key, value);
  };
  useEffect(() => {
    const load = () => void listCustomDomains().then(setDomains);
    load();
    const onChanged = (changes: Record<string, unknown>) => {
      if (STORAGE_KEY in changes) load();
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
        <YouSettings repName={repName} onRepName={(name) => void saveRepName(db(), name)} theme={settings.theme} onTheme={(theme) => save('theme', theme)} />
      </OptionsSection>
      <OptionsSection id="checklist" title="Checklist and ladder" intro="The questions that qualify a deal, and the steps of commitment you close toward on each call.">
        <ChecklistSettings stalenessDays={settings.stalenessDays} onStalenessDays={(days) => save('stalenessDays', days)} />
        <Playbook settings={settings} actions={playbook} />
      </OptionsSection>
      <OptionsSection id="follow-ups" title="Follow-ups">
        <p>
          When you log a conversation as “Not now”, Closeward plans the call back: a quarter out unless you pick another time. Open
          follow-ups show on the record, and the ones that are due are marked.
        </p>
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
      </OptionsSection>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
