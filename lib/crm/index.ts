import type { RecordPage } from '../model/record';
import type { CrmId } from '../model/vocabulary';
import { pageFrom } from './core';
import { ADAPTERS } from './registry';
import type { CrmAdapter } from './types';
import { SimpleUrl, type UrlParts } from './url';

export type { RecordPage } from '../model/record';
export { ADAPTERS } from './registry';

export interface RecognizeInput {
  url: string;
  title?: string;
  /** The CRM the rep chose for a custom domain; lets self-hosted CRMs match any host. */
  crm?: CrmId;
}

/**
 * Reused for every call: recognize() is synchronous and adapters keep nothing of the URL but
 * strings, so one instance saves an allocation per page without any visible state.
 */
const scratch = new SimpleUrl();

function parse(url: string): UrlParts | null {
  if (scratch.read(url)) return scratch;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/*
 * Host patterns compiled once into two maps, so that finding the adapters for a host costs a
 * few map look-ups (one per label) instead of a string test per pattern. Same semantics as
 * `hostMatches`: `app.hubspot.com` is that host only, `*.odoo.com` is odoo.com and below.
 */
const exactHosts = new Map<string, CrmAdapter[]>();
const wildcardBases = new Map<string, CrmAdapter[]>();
for (const adapter of ADAPTERS) {
  for (const pattern of adapter.hosts) {
    const wildcard = pattern.startsWith('*.');
    const map = wildcard ? wildcardBases : exactHosts;
    const key = wildcard ? pattern.slice(2) : pattern;
    const list = map.get(key);
    if (!list) map.set(key, [adapter]);
    else if (!list.includes(adapter)) list.push(adapter);
  }
}
const NONE: readonly CrmAdapter[] = [];
/** The CRM a rep chose for a custom domain, as a one-adapter list. */
const chosenOnly = new Map<CrmId, readonly CrmAdapter[]>(ADAPTERS.map((a) => [a.id, [a]]));

/**
 * Memo of host → adapters. A rep's tabs show a handful of hosts, so after the first page of a host
 * this is one map look-up. Bounded: cleared when it grows past a few hundred hosts.
 */
const hostMemo = new Map<string, readonly CrmAdapter[]>();
const HOST_MEMO_LIMIT = 512;

function adaptersFor(host: string, crm: CrmId | undefined): readonly CrmAdapter[] {
  if (crm) return chosenOnly.get(crm) ?? NONE;
  if (host === lastHost) return lastFound;
  let found = hostMemo.get(host);
  if (!found) {
    found = lookUp(host);
    if (hostMemo.size >= HOST_MEMO_LIMIT) hostMemo.clear();
    hostMemo.set(host, found);
  }
  lastHost = host;
  lastFound = found;
  return found;
}
let lastHost = '';
let lastFound: readonly CrmAdapter[] = NONE;

/** A DNS name has at most 253 characters; longer hosts are no CRM's, and are not scanned. */
const HOST_MAX = 253;

function lookUp(host: string): readonly CrmAdapter[] {
  if (host.length > HOST_MAX) return NONE;
  // Usually exactly one list matches; copy only when a second one has to be merged in.
  let found: readonly CrmAdapter[] | undefined = exactHosts.get(host);
  let merged = false;
  let next: CrmAdapter[] | undefined = wildcardBases.get(host);
  for (let dot = host.indexOf('.'); ; dot = host.indexOf('.', dot + 1)) {
    if (next) {
      if (!found) found = next;
      else {
        const into: CrmAdapter[] = merged ? (found as CrmAdapter[]) : found.slice();
        for (const a of next) if (!into.includes(a)) into.push(a);
        found = into;
        merged = true;
      }
    }
    if (dot === -1) break;
    next = wildcardBases.get(host.slice(dot + 1));
  }
  return found ?? NONE;
}

/**
 * Which CRM record, if any, a page shows. Pure: no DOM, no globals; never throws.
 * List views, setup, reports and other object types give null.
 */
export function recognize(input: RecognizeInput): RecordPage | null {
  try {
    if (typeof input?.url !== 'string') return null;
    const url = parse(input.url);
    if (!url) return null;
    const title = typeof input.title === 'string' ? input.title : undefined;
    const candidates = adaptersFor(url.hostname, input.crm);
    for (let i = 0; i < candidates.length; i++) {
      const page = pageFrom(candidates[i]!, url, title);
      if (page) return page;
    }
    return null;
  } catch {
    return null;
  }
}
