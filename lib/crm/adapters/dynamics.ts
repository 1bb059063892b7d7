import type { RecordKind } from '../../model/record';
import { normalizeGuid, param, paramPattern } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Microsoft Dynamics 365 (Sales, model-driven apps; Dataverse). Every form is
 * `main.aspx?…&pagetype=entityrecord&etn={logical name}&id={GUID}` in any parameter order, with
 * `appid`, `forceUCI`, `cmdbar`… around it; the GUID may carry braces, literal or `%7B…%7D`, in any
 * case. The legacy web client also wrote `etc={type code}` instead of `etn` (1 account, 2 contact,
 * 3 opportunity, 4 lead). On-premises: `https://{server}/{Org}/main.aspx?…` on the rep's own host.
 *
 * Kinds: lead, opportunity, contact, account map to themselves; every other table (incident,
 * quote, task…) is null. recordId: the GUID, lower case, no braces.
 * Instance: the environment host (`contoso.crm4.dynamics.com`); on-premises, host plus org path.
 */
const ENTITY_KIND: Record<string, RecordKind> = {
  lead: 'lead',
  opportunity: 'opportunity',
  contact: 'contact',
  account: 'account',
};
const TYPE_CODE_KIND: Record<string, RecordKind> = { '1': 'account', '2': 'contact', '3': 'opportunity', '4': 'lead' };

const MAIN = /^(?:\/([^/]+))?\/main\.aspx$/i;
const PAGETYPE = paramPattern('pagetype');
const ETN = paramPattern('etn');
const ETC = paramPattern('etc');
const ID = paramPattern('id');

/** Datacentre domains from Microsoft's region list (crm10 and crmtest are Microsoft's own rings). */
const REGIONS = ['crm', 'crm2', 'crm3', 'crm4', 'crm5', 'crm6', 'crm7', 'crm8', 'crm9', 'crm11', 'crm12', 'crm14',
  'crm15', 'crm16', 'crm17', 'crm19', 'crm20', 'crm21'];

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
    if (!main) return null;
    const query = url.search;
    if ((param(PAGETYPE, query) ?? '').toLowerCase() !== 'entityrecord') return null;
    const etn = param(ETN, query);
    const kind = etn !== undefined ? ENTITY_KIND[etn.trim().toLowerCase()] : TYPE_CODE_KIND[(param(ETC, query) ?? '').trim()];
    if (!kind) return null;
    const rawId = param(ID, query);
    const recordId = rawId && normalizeGuid(rawId);
    if (!recordId) return null;
    const host = url.host.toLowerCase();
    return { kind, recordId, instance: main[1] ? `${host}/${main[1].toLowerCase()}` : host };
  },
  readName(title) {
    // Unified Interface: "Lead: Jane Doe - Dynamics 365" (table, record name, app name).
    const m = /^[^:]{1,60}: (.+) - [^-]+$/.exec(title.trim());
    const name = m?.[1]?.trim();
    return name && !/^New /.test(name) ? name : undefined;
  },
  nameSelectors: ['h1[data-id="header_title"]', '[data-id="header_title"]', '#FormTitle h1'],
};
