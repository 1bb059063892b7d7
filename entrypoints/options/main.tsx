import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../assets/options.css';
import { CustomDomains } from '../../components/CustomDomains';
import { WorkflowSettings } from '../../components/WorkflowSettings';
import { db } from '../../lib/db/database';
import { readSettings, saveSetting } from '../../lib/db/settings';
import { readRepIdentity, saveRepName } from '../../lib/db/team';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/model/settings';
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
    <main>
      <h1>Closeward</h1>
      <WorkflowSettings
        settings={settings}
        onStalenessDays={(days) => save('stalenessDays', days)}
        onTheme={(theme) => save('theme', theme)}
        repName={repName}
        onRepName={(name) => void saveRepName(db(), name)}
      />
      <section aria-labelledby="report-title">
        <h2 id="report-title">Team report</h2>
        <p>
          <a href="/dashboard.html" target="_blank">
            Open the team report
          </a>
          : export your data as CSV or JSON, restore a backup, or roll up your reps' exports.
        </p>
      </section>
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
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
