import type { RecordKind } from '../../model/vocabulary';
import type { CrmAdapter, Detected } from '../types';

const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

const ID15 = /^[a-zA-Z0-9]{15}$/;
const ID18 = /^[a-zA-Z0-9]{18}$/;

/** The checksum character (as a char code) for one five-character chunk of a 15-character id. */
function checksumCode(id: string, chunk: number): number {
  let bits = 0;
  for (let i = 0; i < 5; i++) {
    const c = id.charCodeAt(chunk * 5 + i);
    if (c >= 65 && c <= 90) bits |= 1 << i;
  }
  return SUFFIX_CHARS.charCodeAt(bits);
}

/**
 * Salesforce ids are case-sensitive 15-character ids; the 18-character form adds
 * three characters encoding which of the 15 are upper case, so that
 * case-insensitive tools can tell them apart. Both spell one record.
 */
export function toSalesforceId18(id: string): string | null {
  if (id.length === 18 && ID18.test(id)) {
    const a = checksumCode(id, 0);
    const b = checksumCode(id, 1);
    const c = checksumCode(id, 2);
    // The suffix is case-insensitive (| 0x20 folds letters; digits 0-5 are unchanged by it);
    // its checksum must agree with the first 15.
    const x = id.charCodeAt(15);
    const y = id.charCodeAt(16);
    const z = id.charCodeAt(17);
    if ((x | 0x20) !== (a | 0x20) || (y | 0x20) !== (b | 0x20) || (z | 0x20) !== (c | 0x20)) return null;
    return x === a && y === b && z === c ? id : id.slice(0, 15) + String.fromCharCode(a, b, c);
  }
  if (id.length !== 15 || !ID15.test(id)) return null;
  return id + String.fromCharCode(checksumCode(id, 0), checksumCode(id, 1), checksumCode(id, 2));
}

/** Key prefixes of the four standard objects we show the sidebar on: 00Q, 006, 003, 001. */
function kindOfPrefix(id: string): RecordKind | undefined {
  if (id.charCodeAt(0) !== 0x30 || id.charCodeAt(1) !== 0x30) return undefined;
  switch (id.charCodeAt(2)) {
    case 0x51:
      return 'lead'; // 00Q
    case 0x36:
      return 'opportunity'; // 006
    case 0x33:
      return 'contact'; // 003
    case 0x31:
      return 'account'; // 001
    default:
      return undefined;
  }
}
// API names as Lightning writes them, and lower case for other spellings.
const OBJECT_KIND: Record<string, RecordKind> = {
  Lead: 'lead',
  Opportunity: 'opportunity',
  Contact: 'contact',
  Account: 'account',
  PersonAccount: 'account',
  lead: 'lead',
  opportunity: 'opportunity',
  contact: 'contact',
  account: 'account',
  personaccount: 'account',
};

function fromId(rawId: string, objectName: string | undefined, instance: string): Detected | null {
  const recordId = toSalesforceId18(rawId);
  if (!recordId) return null;
  const byPrefix = kindOfPrefix(recordId);
  if (!byPrefix) return null;
  // Object names are compared, never used as a kind, so an inherited key cannot leak through.
  if (objectName !== undefined && (OBJECT_KIND[objectName] ?? OBJECT_KIND[objectName.toLowerCase()]) !== byPrefix) return null;
  return { kind: byPrefix, recordId, instance };
}

/** `acme`, `acme--uat` (sandbox), `acme-dev-ed` (Developer Edition): the My Domain name. */
function instanceOf(host: string): string {
  const dot = host.indexOf('.');
  return dot === -1 ? host : host.slice(0, dot);
}

// /lightning/r/Lead/00Q.../view, /lightning/r/00Q.../view, .../edit
const LIGHTNING = /^\/lightning\/r\/(?:([A-Za-z_]+)\/)?([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/(?:view|edit)\/?$/;
// Classic: https://acme.my.salesforce.com/00Q... (optionally ?nooverride=1 and similar)
const CLASSIC = /^\/([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/?$/;
// Classic ids at the root are only read on the My Domain hosts (never on Lightning ones).
const CLASSIC_HOST = /\.(?:salesforce\.com|salesforce\.mil|my-salesforce\.com)$/;
// Old one.app hash route: /one/one.app#/sObject/00Q.../view
const ONE_APP = /^#\/sObject\/([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/view\b/;

export const salesforce: CrmAdapter = {
  id: 'salesforce',
  label: 'Salesforce',
  hosts: [
    '*.lightning.force.com',
    '*.my.salesforce.com',
    // Government Cloud Plus – Defense, and the "alternative" My Domain names; from Salesforce's own
    // @salesforce/core (SfdcUrl.toLightningDomain: my.salesforce.mil → lightning.crmforce.mil,
    // my-salesforce.com → my-lightning.com).
    '*.lightning.crmforce.mil',
    '*.my.salesforce.mil',
    '*.my-lightning.com',
    '*.my-salesforce.com',
  ],
  detect(url) {
    const path = url.pathname;
    const lightning = LIGHTNING.exec(path);
    if (lightning) return fromId(lightning[2]!, lightning[1], instanceOf(url.hostname));
    if (path === '/one/one.app') {
      const hash = ONE_APP.exec(url.hash);
      return hash ? fromId(hash[1]!, undefined, instanceOf(url.hostname)) : null;
    }
    const classic = CLASSIC.exec(path);
    if (classic && CLASSIC_HOST.test(url.hostname)) return fromId(classic[1]!, undefined, instanceOf(url.hostname));
    return null;
  },
  readName(title) {
    // "Jane Doe | Lead | Salesforce": the part before the first separator.
    const end = title.indexOf(' | ');
    const name = end > 0 ? title.slice(0, end).trim() : '';
    return name || undefined;
  },
  nameSelectors: ['records-highlights2 lightning-formatted-name', 'records-highlights2 .slds-page-header__title', '.slds-page-header__title'],
};
