import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognize, type RecognizeInput } from '../../lib/crm/index';
import { ALL_CASES } from '../../lib/crm/cases';
import { ADAPTERS } from '../../lib/crm/registry';
import { hostMatches } from '../../lib/crm/hosts';
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
    expect(adapter.hosts.some((pattern) => hostMatches(pattern, host)), `${p.crm} claimed ${host}`).toBe(true);
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
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (u) => (u.length ? u.slice(0, i % u.length) + u.slice((i % u.length) + 1) : u)),
  fc.tuple(fc.nat(), CHARS).map(([i, ch]): Mutation => (u) => u.slice(0, i % (u.length + 1)) + ch + u.slice(i % (u.length + 1))),
  fc.nat().map((i): Mutation => (u) => {
    if (!u.length) return u;
    const at = i % u.length;
    const c = u[at]!;
    const flipped = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
    return u.slice(0, at) + flipped + u.slice(at + 1);
  }),
  fc.tuple(fc.webQueryParameters(), fc.webFragments()).map(([q, h]): Mutation => (u) => `${u}${u.includes('?') ? '&' : '?'}${q}#${h}`),
  fc.webFragments().map((h): Mutation => (u) => `${u}#${h}`),
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
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), titleArb, crmArb, (url, title, crm) =>
        checkContract({ url, title, crm })),
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
