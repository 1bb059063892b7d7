import type { RecordKind } from '../../model/vocabulary';
import { decode, rawParams, table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * SugarCRM (7 and later, Sugar Cloud at `*.sugarondemand.com`) and SuiteCRM 7 and 8, mostly self-hosted.
 * Record URL forms:
 * - Sugar sidecar: `#Leads/{id}` (also `#Leads/{id}/edit`), and `#bwc/index.php?module=…&action=DetailView&record=…`
 *   for modules still in backward-compatible mode;
 * - classic Sugar 6 / SuiteCRM 7: `index.php?module=Leads&action=DetailView&record={id}`, also inside
 *   SuiteCRM 7's `index.php?action=ajaxui#ajaxUILoc=<encoded index.php?…>` and SuiteCRM 8's `/legacy/index.php?…`;
 * - SuiteCRM 8: `#/leads/record/{id}`.
 * Modules: Leads → lead, Opportunities → opportunity, Contacts → contact, Accounts → account;
 * Targets (Prospects), Cases, Quotes… are null. Ids are the 36-character UUIDs both products
 * generate (records imported with custom non-UUID ids are not recognized).
 * Instance: the host (with port), the same for every form on one installation.
 */
const MODULE_KIND = table<RecordKind>({
  leads: 'lead',
  opportunities: 'opportunity',
  contacts: 'contact',
  accounts: 'account',
});
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const UUID_ONLY = new RegExp(`^${UUID}$`);
const SIDECAR = new RegExp(`^#([A-Za-z]+)/(${UUID})(?:/edit)?/?$`);
const SUITE8 = new RegExp(`^#/([a-z-]+)/record/(${UUID})(?:[/?].*)?$`, 'i');
const BWC = /^#bwc\/index\.php(\?.*)$/;
const INDEX = /(?:^|\/)index\.php$/;
const QUERY_PARAMS = ['module', 'action', 'record'] as const;

function fromQuery(query: string, instance: string) {
  const [module, action, record] = rawParams(query, QUERY_PARAMS);
  if (!action || !module || !record || decode(action).toLowerCase() !== 'detailview') return null;
  const kind = MODULE_KIND[decode(module).toLowerCase()];
  const id = decode(record);
  return kind && UUID_ONLY.test(id) ? { kind, recordId: id, instance } : null;
}

export const sugarcrm: CrmAdapter = {
  id: 'sugarcrm',
  label: 'SugarCRM / SuiteCRM',
  hosts: ['*.sugarondemand.com'],
  selfHosted: true,
  detect(url) {
    const instance = url.host;
    const hash = url.hash;
    if (hash.length > 1) {
      // One regex per hash, chosen by its first characters.
      const second = hash.charCodeAt(1);
      if (second === 0x2f) {
        // "#/": SuiteCRM 8
        const suite8 = SUITE8.exec(hash);
        const kind = suite8 && MODULE_KIND[suite8[1]!.toLowerCase()];
        return kind ? { kind, recordId: suite8[2]!, instance } : null;
      }
      if (hash.startsWith('#bwc/')) {
        const bwc = BWC.exec(hash);
        return bwc ? fromQuery(bwc[1]!, instance) : null;
      }
      if (hash.startsWith('#ajaxUILoc=')) {
        const inner = decode(hash.slice(11));
        const q = inner.indexOf('?');
        return q !== -1 && INDEX.test(inner.slice(0, q)) ? fromQuery(inner.slice(q), instance) : null;
      }
      const sidecar = SIDECAR.exec(hash);
      if (sidecar) {
        const kind = MODULE_KIND[sidecar[1]!.toLowerCase()];
        return kind ? { kind, recordId: sidecar[2]!, instance } : null;
      }
    }
    return INDEX.test(url.pathname) ? fromQuery(url.search, instance) : null;
  },
  readName(title) {
    // Classic and SuiteCRM 7: "Jane Doe » Leads » SuiteCRM"; Sugar 7 puts the module first.
    const a = title.indexOf('»');
    const b = a === -1 ? -1 : title.indexOf('»', a + 1);
    if (b === -1) return undefined;
    const first = title.slice(0, a).trim();
    const second = title.slice(a + 1, b).trim();
    if (first && MODULE_KIND[second.toLowerCase()]) return first;
    if (second && MODULE_KIND[first.toLowerCase()]) return second;
    return undefined;
  },
  nameSelectors: [
    '.headerpane h1 [data-name="name"]',
    '.headerpane h1 .record-cell[data-type="fullname"]',
    '.moduleTitle h2',
    'scrm-record-header .record-header-title',
  ],
};
