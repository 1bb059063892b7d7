import { describe, expect, it } from 'vitest';
import { matchPatternFor, parseHostPattern } from '../../lib/crm/hosts';
import { checkNewDomain, originsFor } from '../../lib/domains/custom-domains';

describe('parseHostPattern', () => {
  it.each([
    ['crm.example.com', 'crm.example.com'],
    ['  CRM.Example.com ', 'crm.example.com'],
    ['*.example.com', '*.example.com'],
    ['https://crm.example.com/web#id=4&model=crm.lead', 'crm.example.com'],
    ['http://suite.intranet.local:8080/', 'suite.intranet.local'],
  ])('accepts %j as %s', (input, host) => {
    expect(parseHostPattern(input)).toEqual({ ok: true, host });
  });

  it.each([
    ['', /Type a domain/],
    ['*', /too broad/],
    ['crm.*.com', /wildcard may only start/],
    ['ftp://crm.example.com', /Only http and https/],
    ['not a domain!', /is not a domain/],
    ['localhostish', /is not a domain/],
  ])('rejects %j with a message saying what to type', (input, message) => {
    const result = parseHostPattern(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('checkNewDomain', () => {
  it('refuses a vendor cloud host the extension already covers', () => {
    const result = checkNewDomain('acme.lightning.force.com', []);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/Salesforce's own domain/);
  });
  it('refuses a domain already in the list', () => {
    expect(checkNewDomain('crm.example.com', [{ host: 'crm.example.com', crm: 'odoo', addedAt: 1 }])).toMatchObject({ ok: false });
  });
  it('accepts a new self-hosted domain', () => {
    expect(checkNewDomain('crm.example.com', [])).toEqual({ ok: true, host: 'crm.example.com' });
  });
});

it('asks for exactly the one host, on http and https', () => {
  expect(originsFor('*.example.com')).toEqual(['https://*.example.com/*', 'http://*.example.com/*']);
  expect(matchPatternFor('app.hubspot.com')).toBe('https://app.hubspot.com/*');
});
