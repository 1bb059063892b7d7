import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognize, type RecognizeInput } from '../../lib/crm/index';
import { ALL_CASES } from '../../lib/crm/cases';
import { ADAPTERS } from '../../lib/crm/registry';
import { hostMatches } from '../../lib/crm/hosts';
import { fastParts } from '../../lib/crm/url';
import { CRM_IDS, RecordPage, recordKey, type CrmId } from '../../lib/model/record';

/** Every URL in every adapter's table, positives and negatives: the seeds for mutation. */
const tableUrls: string[] = [];
const tableHosts: string[] = [];
for (const table of Object.values(ALL_CASES)) {
  for (const c of [...table.positive, ...table.negative]) {
    tableUrls.push(c.url);
    try {
      tableHosts.push(new URL(c.url).host);
    } catch {
      // every table URL parses; nothing to collect otherwise
    }
  }
}

/**
 * recognize() must not throw, and must give either null or a page that satisfies the contract:
 * the zod schema, a key built from its own parts, and (without `crm`) a CRM that owns the host.
 */
function checkContract(input: RecognizeInput): void {
  let page: ReturnType<typeof recognize>;
  expect(() => {
    page = recognize(input);
  }).not.toThrow();
  if (page! === null) return;
  const parsed = RecordPage.safeParse(page!);
  expect(parsed.success, `${JSON.stringify(input)} gave ${JSON.stringify(page!)}`).toBe(true);
  const p = page!;
  expect(p.key).toBe(recordKey(p.crm, p.instance, p.kind, p.recordId));
  if (p.name !== undefined) expect(p.name.length).toBeGreaterThan(0);
  if (input.crm) {
    expect(p.crm).toBe(input.crm);
  } else {
    const host = new URL(input.url).hostname;
    const adapter = ADAPTERS.find((a) => a.id === p.crm)!;
    expect(
      adapter.hosts.some((pattern) => hostMatches(pattern, host)),
      `${p.crm} claimed ${host}`,
    ).toBe(true);
  }
  // Pure: the same input gives the same answer.
  expect(recognize(input)).toEqual(p);
}

const crmArb: fc.Arbitrary<CrmId | undefined> = fc.option(fc.constantFrom(...CRM_IDS), { nil: undefined });
const titleArb = fc.option(
  fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom('Jane Doe | Lead | Salesforce', 'Acme - Deals', 'Lead: Jane - Dynamics 365', 'X » Leads » SuiteCRM', ' - Odoo', ''),
  ),
  { nil: undefined },
);

type Mutation = (url: string) => string;
const CHARS = fc.constantFrom('/', '?', '#', '&', '=', '%', '.', '-', '_', '{', '}', 'a', 'Z', '0', '9', ' ', '%7B', '%zz', '\u00e9', '\u0000');
/** Words a lookup table keyed by URL text must not resolve through Object.prototype. */
const PROTO_WORDS = fc.constantFrom('constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype');
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Replace one path, query or hash word with a prototype name.
  fc.tuple(fc.nat(), PROTO_WORDS).map(([i, word]): Mutation => (u) => {
    const words = [...u.matchAll(/[A-Za-z][A-Za-z0-9._]*/g)].filter((m) => m.index! > 8);
    const m = words[i % Math.max(words.length, 1)];
    return m ? u.slice(0, m.index) + word + u.slice(m.index! + m[0].length) : u;
  }),
  fc.nat().map(
    (i): Mutation =>
      (u) =>
        u.length ? u.slice(0, i % u.length) + u.slice((i % u.length) + 1) : u,
  ),
  fc.tuple(fc.nat(), CHARS).map(
    ([i, ch]): Mutation =>
      (u) =>
        u.slice(0, i % (u.length + 1)) + ch + u.slice(i % (u.length + 1)),
  ),
  fc.nat().map((i): Mutation => (u) => {
    if (!u.length) return u;
    const at = i % u.length;
    const c = u[at]!;
    const flipped = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
    return u.slice(0, at) + flipped + u.slice(at + 1);
  }),
  fc.tuple(fc.webQueryParameters(), fc.webFragments()).map(
    ([q, h]): Mutation =>
      (u) =>
        `${u}${u.includes('?') ? '&' : '?'}${q}#${h}`,
  ),
  fc.webFragments().map(
    (h): Mutation =>
      (u) =>
        `${u}#${h}`,
  ),
  fc.oneof(fc.constantFrom(...tableHosts), fc.domain()).map((host): Mutation => (u) => {
    try {
      const parsed = new URL(u);
      parsed.host = host;
      return parsed.href;
    } catch {
      return u;
    }
  }),
);
const mutatedTableUrl = fc
  .tuple(fc.constantFrom(...tableUrls), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([url, ops]) => ops.reduce((u, op) => op(u), url));

describe('recognize() on arbitrary input', () => {
  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), titleArb, crmArb, (url, title, crm) => checkContract({ url, title, crm })),
      { numRuns: 500 },
    );
  });

  it('never throws on random web URLs', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), titleArb, crmArb, (url, title, crm) => checkContract({ url, title, crm })),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of every table URL', () => {
    fc.assert(
      fc.property(mutatedTableUrl, titleArb, crmArb, (url, title, crm) => checkContract({ url, title, crm })),
      { numRuns: 3000 },
    );
  });

  it('checks every table URL as it is, with and without each CRM forced', () => {
    for (const url of tableUrls) {
      checkContract({ url });
      for (const crm of CRM_IDS) checkContract({ url, crm, title: 'Jane Doe - Leads' });
    }
  });

  it('never resolves a URL word through Object.prototype', () => {
    const words = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];
    for (const url of tableUrls) {
      for (const m of url.matchAll(/[A-Za-z][A-Za-z0-9_]*/g)) {
        if (m.index! < 8) continue;
        for (const word of words) {
          const mutated = url.slice(0, m.index) + word + url.slice(m.index! + m[0].length);
          checkContract({ url: mutated, title: `x - ${word}` });
        }
      }
    }
  });

  it('survives inputs that are not strings at all', () => {
    const odd = [undefined, null, 42, {}, [], Symbol.iterator] as unknown[];
    for (const url of odd) {
      expect(() => recognize({ url } as unknown as RecognizeInput)).not.toThrow();
      expect(recognize({ url } as unknown as RecognizeInput)).toBeNull();
    }
    expect(() => recognize(undefined as unknown as RecognizeInput)).not.toThrow();
    expect(recognize({ url: 'https://acme.pipedrive.com/deal/1', crm: 'nope' as CrmId })).toBeNull();
  });
});

describe('fastParts(), the shortcut past new URL()', () => {
  /** When the shortcut answers, every part must equal what the WHATWG parser gives. */
  function agrees(text: string): void {
    const fast = fastParts(text);
    if (!fast) return;
    const url = new URL(text);
    const { protocol, host, hostname, pathname, search, hash } = fast;
    expect({ protocol, host, hostname, pathname, search, hash }, text).toEqual({
      protocol: url.protocol,
      host: url.host,
      hostname: url.hostname,
      pathname: url.pathname,
      search: url.search,
      hash: url.hash,
    });
  }

  it('agrees with new URL() on every table URL and their mutations', () => {
    for (const url of tableUrls) agrees(url);
    fc.assert(fc.property(mutatedTableUrl, agrees), { numRuns: 3000 });
  });

  it('agrees with new URL() on random web URLs and strings', () => {
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), agrees), { numRuns: 1000 });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).map((s) => `https://acme.example.com/${s}`),
        agrees,
      ),
      { numRuns: 1000 },
    );
  });

  it('takes the common CRM URL forms and leaves the unusual ones to new URL()', () => {
    expect(fastParts('https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdEEAV/view')).not.toBeNull();
    for (const odd of [
      'HTTPS://acme.example.com/',
      'https://ACME.example.com/',
      'https://acme.example.com:8443/',
      'https://u:p@acme.example.com/',
      'https://127.0.0.1/',
      'https://0x7f.1/',
      'https://acme.example.com/a/../b',
      'https://acme.example.com/a/%2e%2E/b',
      'https://acme.example.com/a b',
      'https://acme.example.com/a\\b',
      'https://acme.example.com/{x}',
      ' https://acme.example.com/',
      'https://acme.example.com/caf\u00e9',
      'https://[::1]/',
      'ftp://acme.example.com/',
      'https://acme.example.com./',
    ]) {
      expect(fastParts(odd), odd).toBeNull();
    }
  });
});
