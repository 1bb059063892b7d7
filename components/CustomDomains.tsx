import { useState } from 'preact/hooks';
import type { CrmId } from '../lib/model/vocabulary';

export interface CrmChoice {
  id: CrmId;
  label: string;
  selfHosted: boolean;
}
export interface DomainRow {
  host: string;
  crm: CrmId;
}
export interface CustomDomainsProps {
  domains: readonly DomainRow[];
  crms: readonly CrmChoice[];
  /** Must start the permission request before awaiting anything else (user gesture). */
  onAdd(input: string, crm: CrmId): Promise<string | null>;
  onRemove(host: string): Promise<void>;
}

/** The options page's list of self-hosted or custom CRM domains. */
export function CustomDomains({ domains, crms, onAdd, onRemove }: CustomDomainsProps) {
  const [input, setInput] = useState('');
  const [crm, setCrm] = useState<CrmId>(crms.find((c) => c.selfHosted)?.id ?? crms[0]!.id);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const label = (id: CrmId) => crms.find((c) => c.id === id)?.label ?? id;

  return (
    <section aria-labelledby="domains-title">
      <h2 id="domains-title">Custom CRM domains</h2>
      <p class="hint">
        Self-hosted CRMs (SuiteCRM, Odoo, EspoCRM, Twenty, Dynamics on-premises) or your company's own domain. Closeward asks the
        browser for access to that one domain when you add it.
      </p>
      <form
        class="add-domain"
        onSubmit={(e) => {
          e.preventDefault();
          void onAdd(input, crm).then((error) => {
            setMessage(error ? { error: true, text: error } : { error: false, text: `Added. Reload your open ${label(crm)} tabs.` });
            if (!error) setInput('');
          });
        }}
      >
        <label>
          Domain
          <input name="domain" value={input} placeholder="crm.example.com or *.example.com" onInput={(e) => setInput(e.currentTarget.value)} required />
        </label>
        <label>
          CRM
          <select name="crm" value={crm} onChange={(e) => setCrm(e.currentTarget.value as CrmId)}>
            {crms.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add domain</button>
      </form>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'ok'} data-testid="domain-message">
          {message.text}
        </p>
      ) : null}
      {domains.length ? (
        <ul class="domains">
          {domains.map((d) => (
            <li key={d.host} data-host={d.host}>
              <span class="host">{d.host}</span> <span class="crm">{label(d.crm)}</span>
              <button type="button" onClick={() => void onRemove(d.host)} aria-label={`Remove ${d.host}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">No custom domains yet.</p>
      )}
    </section>
  );
}
