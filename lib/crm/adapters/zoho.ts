import type { RecordKind } from '../../model/vocabulary';
import { decode, rawParams, table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Zoho CRM. Record pages are `/crm/{org}/tab/{Module}/{id}` where `{org}` is the org's domain name
 * (`org60043078423`, or a custom name); Zoho One and CRM Plus embed the same route after their own
 * prefix. `/crm/EntityInfo.do?module=Leads&id=…` and `/crm/ShowEntityInfo.do?id=…&module=Leads&isload=true`
 * are the older link forms; Zoho fills in the org and opens the record. (`/crm/tab/Leads/{id}` without an org lands on Home, so it is not a record page.)
 *
 * Module API names → kinds: Leads → lead, Potentials/Deals → opportunity, Contacts → contact,
 * Accounts → account. Custom modules (`CustomModule5`) may hold anything: null.
 *
 * Instance: the data centre (`zoho.eu`, `zohocloud.ca`; `sandbox.zoho.eu` for sandboxes), not the
 * org, because the EntityInfo.do form carries no org and both forms must give one key. Zoho record
 * ids are 19-digit numbers that embed the org's own prefix, so they do not repeat within a data centre.
 */
const MODULE_KIND = table<RecordKind>({
  leads: 'lead',
  potentials: 'opportunity',
  deals: 'opportunity',
  contacts: 'contact',
  accounts: 'account',
});
// Optional Zoho One (`/zohoone/{org}/home/cxapp`) or CRM Plus (`/{portal}/index.do/cxapp`) prefix.
const TAB = /^(?:\/zohoone\/[\w.-]+\/home\/cxapp|\/[\w.-]+\/index\.do\/cxapp)?\/crm\/[\w.-]+\/tab\/([A-Za-z]+)\/(\d{5,25})(?:\/edit)?\/?$/;
const ENTITY_INFO = /^\/crm\/(?:[\w.-]+\/)?(?:Show)?EntityInfo\.do$/;
const ENTITY_PARAMS = ['module', 'id'] as const;
const DIGITS = /^\d{5,25}$/;

const TLDS = ['com', 'eu', 'in', 'com.au', 'jp', 'sa', 'uk', 'com.cn'];
const PREFIXES = ['crm', 'crmsandbox', 'one', 'crmplus'];

function dataCentre(host: string): string {
  const dot = host.indexOf('.');
  const dc = host.slice(dot + 1);
  return host.startsWith('crmsandbox.') ? `sandbox.${dc}` : dc;
}

export const zoho: CrmAdapter = {
  id: 'zoho',
  label: 'Zoho CRM',
  hosts: [
    ...PREFIXES.flatMap((p) => TLDS.map((tld) => `${p}.zoho.${tld}`)),
    // Canada's data centre is the one not named zoho.<tld>.
    'crm.zohocloud.ca',
    'crmsandbox.zohocloud.ca',
    'one.zohocloud.ca',
    'crmplus.zohocloud.ca',
  ],
  detect(url) {
    const path = url.pathname;
    const tab = TAB.exec(path);
    if (tab) {
      const kind = MODULE_KIND[tab[1]!.toLowerCase()];
      return kind ? { kind, recordId: tab[2]!, instance: dataCentre(url.hostname) } : null;
    }
    if (ENTITY_INFO.test(path)) {
      const [module, id] = rawParams(url.search, ENTITY_PARAMS);
      const kind = module === undefined ? undefined : MODULE_KIND[decode(module).toLowerCase()];
      return kind && id && DIGITS.test(id) ? { kind, recordId: id, instance: dataCentre(url.hostname) } : null;
    }
    return null;
  },
  readName(title) {
    // "Jane Doe (Lead) - Zoho CRM"; the module word in brackets is dropped.
    const m = /^(.+?)(?: \([^()]{1,40}\))? [-–|] Zoho CRM$/.exec(title.trim());
    const name = m?.[1]?.trim();
    return name && !/^(Leads|Deals|Contacts|Accounts|Home|Zoho CRM)$/i.test(name) ? name : undefined;
  },
  nameSelectors: ['[data-zcqa="detailView_recordName"]', '.dv_header_title', '#subvalue_FULLNAME', 'h1'],
};
