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
    <section id="domains" class="cw-options-section" aria-labelledby="domains-title">
      <h2 id="domains-title">CRM domains</h2>
      <p class="cw-hint">
        Closeward knows the usual addresses of the CRMs it supports. If yours runs on your company's own domain or is self-hosted (SuiteCRM, Odoo, EspoCRM,
        Twenty, Dynamics on-premises), add that domain here. Your browser asks you to allow that one domain, nothing more.
      </p>
      <form
        class="cw-add-domain"
        onSubmit={(e) => {
          e.preventDefault();
          void onAdd(input, crm).then((error) => {
            const host = input.trim();
            setMessage(
              error
                ? { error: true, text: error }
                : { error: false, text: `Added ${host} as ${label(crm)}. Tabs already open there get Closeward now, no reload needed.` },
            );
            if (!error) setInput('');
          });
        }}
      >
        <label class="cw-field">
          <span class="cw-field-label">Domain</span>
          <input
            name="domain"
            class="cw-input"
            value={input}
            placeholder="crm.example.com or *.example.com"
            onInput={(e) => setInput(e.currentTarget.value)}
            required
          />
        </label>
        <label class="cw-field">
          <span class="cw-field-label">CRM</span>
          <select name="crm" class="cw-select" value={crm} onChange={(e) => setCrm(e.currentTarget.value as CrmId)}>
            {crms.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="cw-button cw-primary">
          Add domain
        </button>
      </form>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'cw-error' : 'cw-ok'} data-testid="domain-message">
          {message.text}
        </p>
      ) : null}
      {domains.length ? (
        <ul class="cw-domains">
          {domains.map((d) => (
            <li key={d.host} data-host={d.host}>
              <span class="cw-host">{d.host}</span> <span class="cw-meta">{label(d.crm)}</span>
              <button type="button" class="cw-link-button cw-danger" onClick={() => void onRemove(d.host)} aria-label={`Remove ${d.host}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="cw-hint">No domains added yet.</p>
      )}
    </section>
  );
}
