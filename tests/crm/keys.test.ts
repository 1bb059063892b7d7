import { describe, expect, it } from 'vitest';
import { ALL_CASES } from '../../lib/crm/cases';
import { recognize } from '../../lib/crm/index';

/**
 * Every key names the instance the record lives in: a page on another account's host (its own
 * subdomain, which anyone can sign up for) never gives the key of this account's record.
 */
describe('keys across accounts', () => {
  for (const [crm, table] of Object.entries(ALL_CASES)) {
    it(`${crm}: another account's host never gives this account's key`, () => {
      let compared = 0;
      for (const c of table.positive) {
        const url = new URL(c.url);
        const page = recognize({ url: c.url, title: c.title, crm: c.crm });
        expect(page, c.url).not.toBeNull();
        const labels = url.hostname.split('.');
        for (const other of ['attackerco', `${labels[0]}x`]) {
          const moved = new URL(c.url);
          moved.hostname = [other, ...labels.slice(1)].join('.');
          if (moved.hostname === url.hostname) continue; // an IP address, or already that account
          const there = recognize({ url: moved.href, title: c.title, crm: c.crm });
          if (there) {
            compared++;
            expect(there.key, `${moved.href} gave the key of ${c.url}`).not.toBe(page!.key);
          }
        }
      }
      // CRMs whose account is in the path (HubSpot portal, Copper account, Attio workspace) or whose
      // ids are global (Close) have app hosts with no account label; every other CRM is compared.
      if (!['hubspot', 'copper', 'attio', 'close', 'nutshell', 'zoho', 'insightly'].includes(crm)) expect(compared).toBeGreaterThan(0);
    });
  }
});
