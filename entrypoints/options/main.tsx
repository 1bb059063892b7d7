import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../assets/options.css';
import { CustomDomains } from '../../components/CustomDomains';
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
