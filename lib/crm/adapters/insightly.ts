import type { RecordKind } from '../../model/vocabulary';
import { decode, rawParams, table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Insightly. The web app runs per pod, `crm.{pod}.insightly.com` (pod as in the API URL
 * `api.{pod}.insightly.com`, e.g. na1). The pods are not enumerated anywhere public, so the host
 * pattern is the vendor domain and detect() accepts only the `crm.` app hosts (plus the old
 * `crm.insightly.com` / `googleapps.insightly.com`).
 * Records: `/details/{Lead|Opportunity|Contact|Organisation}/{id}`; the older UI used
 * `/{Leads|Opportunities|Contacts|Organisations}/Details/{id}`. A record opened over a list is a
 * "blade": `/list/{Type}/?blade=/details/{Type}/{id}`; the list alone (no `blade`) is no record.
 * Organisation → account;
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
const LIST = /^\/list\/[A-Za-z]+\/?$/;
const BLADE_PARAM = ['blade'] as const;

export const insightly: CrmAdapter = {
  id: 'insightly',
  label: 'Insightly',
  hosts: ['*.insightly.com'],
  detect(url) {
    const host = APP_HOST.exec(url.hostname);
    if (!host) return null;
    const path = url.pathname;
    let m = DETAILS.exec(path) ?? LEGACY.exec(path);
    if (!m && LIST.test(path)) {
      // The blade's value is a details path, raw or percent-encoded.
      const [blade] = rawParams(url.search, BLADE_PARAM);
      m = blade ? DETAILS.exec(decode(blade)) : null;
    }
    if (!m) return null;
    const kind = KIND[m[1]!.toLowerCase()];
    return kind ? { kind, recordId: m[2]!, instance: host[1] ?? host[2]! } : null;
  },
  nameSelectors: ['#record-name', '.record-name', '.details-header h1', 'h1'],
};
