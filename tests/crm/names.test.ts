import { afterEach, describe, expect, it } from 'vitest';
import { readNameFromDom } from '../../lib/content/name';
import { recognize } from '../../lib/crm/index';
import { NAME_LIMIT, pageName } from '../../lib/crm/name';

const LEAD_URL = 'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdEEAV/view';
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f'];

describe('pageName', () => {
  it('removes every bidirectional override, embedding, isolate and mark', () => {
    for (const control of BIDI) {
      expect(pageName(`Jane ${control}cod.exe${control} Doe`), escape(control)).toBe('Jane cod.exe Doe');
    }
  });

  it('collapses white space and gives nothing for a name that is only space or controls', () => {
    expect(pageName('  Jane \n\t\u00a0 Doe  ')).toBe('Jane Doe');
    expect(pageName(' \u202e\u2066 ')).toBeUndefined();
    expect(pageName('')).toBeUndefined();
    expect(pageName(null)).toBeUndefined();
  });

  it('caps a long name at the limit with an ellipsis, and keeps a name at the limit whole', () => {
    const exact = 'x'.repeat(NAME_LIMIT);
    expect(pageName(exact)).toBe(exact);
    const cut = pageName('y'.repeat(NAME_LIMIT + 1))!;
    expect(cut).toHaveLength(NAME_LIMIT);
    expect(cut.endsWith('\u2026')).toBe(true);
  });

  it('never cuts a surrogate pair in half', () => {
    const cut = pageName('a' + '\u{1F600}'.repeat(NAME_LIMIT))!;
    expect(cut.length).toBeLessThanOrEqual(NAME_LIMIT);
    expect(cut).toBe(cut.normalize()); // still well-formed
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut)).toBe(false);
  });
});

describe('names from the tab title', () => {
  it('come out capped and without bidirectional controls', () => {
    const spoofed = recognize({ url: LEAD_URL, title: 'Jane \u202ecod.exe\u202c Doe | Lead | Salesforce' });
    expect(spoofed?.name).toBe('Jane cod.exe Doe');
    const long = recognize({ url: LEAD_URL, title: `${'J'.repeat(300)} | Lead | Salesforce` });
    expect(long?.name).toHaveLength(NAME_LIMIT);
    expect(long?.name?.endsWith('\u2026')).toBe(true);
  });

  it('are not read from the cut end of a title longer than recognition reads', () => {
    // "… - Odoo" lies past the bound: the title is not trusted to end there.
    const page = recognize({ url: 'https://meska.odoo.com/odoo/crm/42', title: `${'A'.repeat(600)} - Odoo` });
    expect(page).not.toBeNull();
    expect(page?.name).toBeUndefined();
    // A board name that a cut would make look like the last part does not give a kind.
    const title = `${'B'.repeat(504)} - Leads${'hip - Sprint 12'}`; // "- Leads" ends at the bound
    expect(recognize({ url: 'https://acme.monday.com/boards/1/pulses/2', title })).toBeNull();
  });
});

describe('names from the DOM', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('go through the same cap and clean-up', () => {
    const h1 = document.createElement('h1');
    h1.textContent = `Jane \u2067Doe\u2069 ${'z'.repeat(400)}`;
    document.body.append(h1);
    const name = readNameFromDom(['h1'])!;
    expect(name.startsWith('Jane Doe z')).toBe(true);
    expect(name).toHaveLength(NAME_LIMIT);
    expect(name.endsWith('\u2026')).toBe(true);
  });

  it('skip an element left empty by the clean-up and try the next selector', () => {
    document.body.innerHTML = '<h2>\u202e\u202c</h2><h1>Acme Corp</h1>';
    expect(readNameFromDom(['h2', 'h1'])).toBe('Acme Corp');
  });
});
