import type { RecordKind } from '../../model/vocabulary';
import type { CrmAdapter, Detected } from '../types';

const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

const ID15 = /^[a-zA-Z0-9]{15}$/;
const ID18 = /^[a-zA-Z0-9]{18}$/;

/** The three checksum characters of a 15-character id. */
function suffixOf(id: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX_CHARS[bits];
  }
  return suffix;
}

/**
 * Salesforce ids are case-sensitive 15-character ids; the 18-character form adds
 * three characters encoding which of the 15 are upper case, so that
 * case-insensitive tools can tell them apart. Both spell one record.
 */
export function toSalesforceId18(id: string): string | null {
  if (id.length === 18 && ID18.test(id)) {
    // The suffix is case-insensitive; its checksum must agree with the first 15.
    const id15 = id.slice(0, 15);
    const suffix = suffixOf(id15);
    return suffix === id.slice(15).toUpperCase() ? id15 + suffix : null;
  }
  if (id.length !== 15 || !ID15.test(id)) return null;
  return id + suffixOf(id);
}

/** Key prefixes of the four standard objects we show the sidebar on. */
const PREFIX_KIND: Record<string, RecordKind> = {
  '00Q': 'lead',
  '006': 'opportunity',
  '003': 'contact',
  '001': 'account',
};
const OBJECT_KIND: Record<string, RecordKind> = {
  lead: 'lead',
  opportunity: 'opportunity',
  contact: 'contact',
  account: 'account',
  personaccount: 'account',
};

function fromId(rawId: string, objectName: string | undefined, instance: string): Detected | null {
  const recordId = toSalesforceId18(rawId);
  if (!recordId) return null;
  const byPrefix = PREFIX_KIND[recordId.slice(0, 3)];
  if (!byPrefix) return null;
  if (objectName !== undefined && OBJECT_KIND[objectName.toLowerCase()] !== byPrefix) return null;
  return { kind: byPrefix, recordId, instance };
}

/** `acme`, `acme--uat` (sandbox), `acme-dev-ed` (Developer Edition): the My Domain name. */
function instanceOf(host: string): string {
  const dot = host.indexOf('.');
  return dot === -1 ? host : host.slice(0, dot);
}

// /lightning/r/Lead/00Q.../view, /lightning/r/00Q.../view, .../edit
const LIGHTNING = /^\/lightning\/r\/(?:([A-Za-z_]+)\/)?([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/(view|edit)\/?$/;
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
    const instance = instanceOf(url.hostname);
    const path = url.pathname;
    const lightning = LIGHTNING.exec(path);
    if (lightning) return fromId(lightning[2]!, lightning[1], instance);
    if (path === '/one/one.app') {
      const hash = ONE_APP.exec(url.hash);
      return hash ? fromId(hash[1]!, undefined, instance) : null;
    }
    const classic = CLASSIC.exec(path);
    if (classic && CLASSIC_HOST.test(url.hostname)) return fromId(classic[1]!, undefined, instance);
    return null;
  },
  readName(title) {
    // "Jane Doe | Lead | Salesforce"
    const parts = title.split(' | ');
    return parts.length >= 2 && parts[0]!.trim() ? parts[0]!.trim() : undefined;
  },
  nameSelectors: [
    'records-highlights2 lightning-formatted-name',
    'records-highlights2 .slds-page-header__title',
    '.slds-page-header__title',
  ],
};
