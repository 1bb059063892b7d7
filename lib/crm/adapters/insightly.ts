import type { RecordKind } from '../../model/vocabulary';
import { table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Insightly. The web app runs per pod, `crm.{pod}.insightly.com` (pod as in the API URL
 * `api.{pod}.insightly.com`, e.g. na1). The pods are not enumerated anywhere public, so the host
 * pattern is the vendor domain and detect() accepts only the `crm.` app hosts (plus the old
 * `crm.insightly.com` / `googleapps.insightly.com`).
 * Records: `/details/{Lead|Opportunity|Contact|Organisation}/{id}`; the older UI used
 * `/{Leads|Opportunities|Contacts|Organisations}/Details/{id}`. Organisation → account;
 * Projects, Tasks, Events… are null. Instance: the pod (`na1`), or the old host's first label.
 */
const KIND = table<RecordKind>({
  lead: 'lead',
  leads: 'lead',
  opportunity: 'opportunity',
  opportunities: 'opportunity',
  contact: 'contact',
  contacts: 'contact',
  organisation: 'account',
  organisations: 'account',
  organization: 'account',
  organizations: 'account',
});
const APP_HOST = /^(?:crm\.([a-z]{2,4}\d{1,3})|(crm|googleapps))\.insightly\.com$/;
const DETAILS = /^\/details\/([A-Za-z]+)\/(\d{1,15})\/?$/;
const LEGACY = /^\/([A-Za-z]+)\/details\/(\d{1,15})\/?$/i;

export const insightly: CrmAdapter = {
  id: 'insightly',
  label: 'Insightly',
  hosts: ['*.insightly.com'],
  detect(url) {
    const host = APP_HOST.exec(url.hostname);
    if (!host) return null;
    const m = DETAILS.exec(url.pathname) ?? LEGACY.exec(url.pathname);
    if (!m) return null;
    const kind = KIND[m[1]!.toLowerCase()];
    return kind ? { kind, recordId: m[2]!, instance: host[1] ?? host[2]! } : null;
  },
  nameSelectors: ['#record-name', '.record-name', '.details-header h1', 'h1'],
};
