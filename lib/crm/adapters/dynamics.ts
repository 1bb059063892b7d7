import type { RecordKind } from '../../model/vocabulary';
import { decode, normalizeGuid, rawParams, table } from '../parse';
import type { CrmAdapter, Detected } from '../types';
import type { UrlParts } from '../url';

/**
 * Microsoft Dynamics 365 (Sales, model-driven apps; Dataverse). Every form is
 * `main.aspx?…&pagetype=entityrecord&etn={logical name}&id={GUID}` in any parameter order, with
 * `appid`, `forceUCI`, `cmdbar`… around it; the GUID may carry braces, literal or `%7B…%7D`, in any
 * case. The legacy web client also wrote `etc={type code}` instead of `etn` (1 account, 2 contact,
 * 3 opportunity, 4 lead). On-premises: `https://{server}/{Org}/main.aspx?…` on the rep's own host.
 * CRM 4.0 to 2016's classic forms open at `/{Org}/sfa/{leads|opps|conts|accts}/edit.aspx?id={GUID}`;
 * the form names the table.
 *
 * Kinds: lead, opportunity, contact, account map to themselves; every other table (incident,
 * quote, task…) is null. recordId: the GUID, lower case, no braces.
 * Instance: the environment host (`contoso.crm4.dynamics.com`); on-premises, host plus org path.
 */
const ENTITY_KIND = table<RecordKind>({
  lead: 'lead',
  opportunity: 'opportunity',
  contact: 'contact',
  account: 'account',
});
const TYPE_CODE_KIND = table<RecordKind>({ '1': 'account', '2': 'contact', '3': 'opportunity', '4': 'lead' });

const MAIN = /^(?:\/([^/]+))?\/main\.aspx$/i;
const SFA_FORM = /^(?:\/([^/]+))?\/sfa\/(leads|opps|conts|accts)\/edit\.aspx$/i;
const SFA_KIND = table<RecordKind>({ leads: 'lead', opps: 'opportunity', conts: 'contact', accts: 'account' });
const ID_PARAM = ['id'] as const;
/** The four parameters that matter, names in any case, any order. */
const PARAMS = ['pagetype', 'etn', 'etc', 'id'] as const;

/** Datacentre domains from Microsoft's region list (crm10 and crmtest are Microsoft's own rings). */
const REGIONS = [
  'crm',
  'crm2',
  'crm3',
  'crm4',
  'crm5',
  'crm6',
  'crm7',
  'crm8',
  'crm9',
  'crm11',
  'crm12',
  'crm14',
  'crm15',
  'crm16',
  'crm17',
  'crm19',
  'crm20',
  'crm21',
];

/** The environment host; on-premises, host and org path (the org segment in lower case). */
function instanceOf(url: UrlParts, org: string | undefined): string {
  return org ? `${url.host}/${org.toLowerCase()}` : url.host;
}

function guidOf(rawId: string | undefined): string | undefined {
  // normalizeGuid strips literal or %7B/%7D braces itself; decode only what is left encoded.
  return rawId ? (normalizeGuid(rawId) ?? normalizeGuid(decode(rawId))) : undefined;
}

function classicForm(url: UrlParts): Detected | null {
  const form = SFA_FORM.exec(url.pathname);
  if (!form) return null;
  const recordId = guidOf(rawParams(url.search, ID_PARAM)[0]);
  return recordId ? { kind: SFA_KIND[form[2]!.toLowerCase()]!, recordId, instance: instanceOf(url, form[1]) } : null;
}

export const dynamics: CrmAdapter = {
  id: 'dynamics',
  label: 'Microsoft Dynamics 365',
  hosts: [
    ...REGIONS.map((r) => `*.${r}.dynamics.com`),
    '*.crm.microsoftdynamics.us', // US Government GCC High
    '*.crm.appsplatform.us', // US Government DoD
    '*.crm.dynamics.cn', // China, operated by 21Vianet
  ],
  selfHosted: true,
  detect(url) {
    const main = MAIN.exec(url.pathname);
    if (!main) return classicForm(url);
    const [pagetype, etn, etc, rawId] = rawParams(url.search, PARAMS);
    if (!pagetype || (pagetype.length === 12 ? pagetype : decode(pagetype)).toLowerCase() !== 'entityrecord') return null;
    const kind = etn !== undefined ? (ENTITY_KIND[etn] ?? ENTITY_KIND[decode(etn).trim().toLowerCase()]) : TYPE_CODE_KIND[decode(etc ?? '').trim()];
    if (!kind) return null;
    const recordId = guidOf(rawId);
    if (!recordId) return null;
    // url.host is already lower case; the on-premises org segment is not.
    return { kind, recordId, instance: instanceOf(url, main[1]) };
  },
  readName(title) {
    // Unified Interface: "Lead: Jane Doe - Dynamics 365" (table, record name, app name).
    const m = /^[^:]{1,60}: (.+) - [^-]+$/.exec(title.trim());
    const name = m?.[1]?.trim();
    return name && !/^New /.test(name) ? name : undefined;
  },
  nameSelectors: ['h1[data-id="header_title"]', '[data-id="header_title"]', '#FormTitle h1'],
};
