import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/crm/registry';

// Each CRM ships its own small content script; a new adapter needs its entrypoint too.
describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s', (id, adapter) => {
  const file = resolve(import.meta.dirname, '../../entrypoints', `${id}.content.ts`);
  it(`has entrypoints/${id}.content.ts wiring its adapter`, () => {
    expect(existsSync(file), `create entrypoints/${id}.content.ts like entrypoints/salesforce.content.ts`).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`/lib/crm/adapters/${id}'`);
  });
  it('has vendor hosts for its manifest matches', () => {
    expect(adapter.hosts.length).toBeGreaterThan(0);
  });
});
