import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/crm/index';
import { ADAPTERS } from '../../lib/crm/registry';
import { ALL_CASES } from '../../lib/crm/cases';

const adapterDir = resolve(import.meta.dirname, '../../lib/crm/adapters');
const adapterFiles = readdirSync(adapterDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.cases.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

describe('the registry', () => {
  it.each(adapterFiles)('has the adapter in %s.ts registered (add it to lib/crm/registry.ts)', (file) => {
    expect(ADAPTERS.map((a) => a.id)).toContain(file);
  });
  it.each(ADAPTERS.map((a) => a.id))('%s has a case table with positives and negatives (lib/crm/cases.ts)', (id) => {
    const table = ALL_CASES[id];
    expect(table, `add ${id}.cases.ts and list it in lib/crm/cases.ts`).toBeDefined();
    expect(table!.positive.length).toBeGreaterThanOrEqual(6);
    expect(table!.negative.length).toBeGreaterThanOrEqual(4);
  });
});

for (const [id, table] of Object.entries(ALL_CASES)) {
  describe(id, () => {
    it.each(table.positive.map((c) => [c.url, c] as const))('recognizes %s', (_url, c) => {
      const page = recognize({ url: c.url, title: c.title, crm: c.crm });
      expect(page, `${id} should recognize this URL; fix its detect() or the case`).not.toBeNull();
      expect(page).toMatchObject({ crm: id, ...c.expect });
      if (!c.expect.name) expect(page?.name).toBeUndefined();
    });
    it.each(table.negative.map((c) => [c.url, c] as const))('ignores %s', (_url, c) => {
      expect(recognize({ url: c.url, title: c.title, crm: c.crm }), `not a record page: ${c.why}`).toBeNull();
    });
    const groups = new Map<string, string[]>();
    for (const c of table.positive) {
      if (!c.sameAs) continue;
      const page = recognize({ url: c.url, title: c.title, crm: c.crm });
      groups.set(c.sameAs, [...(groups.get(c.sameAs) ?? []), page?.key ?? `null for ${c.url}`]);
    }
    it.each([...groups])('gives one key for every spelling of "%s"', (_group, keys) => {
      expect(new Set(keys).size, keys.join('\n')).toBe(1);
    });
  });
}

describe("every adapter against every other adapter's URLs", () => {
  for (const [owner, table] of Object.entries(ALL_CASES)) {
    const urls = [...table.positive, ...table.negative].filter((c) => !c.crm);
    for (const other of ADAPTERS.filter((a) => a.id !== owner)) {
      it(`${other.id} does not claim ${owner}'s URLs`, () => {
        for (const c of urls) {
          const page = recognize({ url: c.url, title: c.title });
          if (page) expect(page.crm, `${c.url} was claimed by ${page.crm}`).toBe(owner);
          // And forcing the other CRM onto this URL must not produce a record of the owner's shape.
          const forced = other.selfHosted ? recognize({ url: c.url, crm: other.id }) : null;
          if (forced) expect(forced.crm).toBe(other.id);
        }
      });
    }
  }
});
