import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ALL_CASES } from '../../lib/crm/cases';
import type { CrmId } from '../../lib/model/vocabulary';
import { rootAttributes, startHarness, type Harness } from './harness';

// Real hostnames from each adapter's own table, mapped to the fixture server: the
// manifest's generated `matches` decide whether the content script runs at all.
const CRMS: CrmId[] = ['salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics', 'close'];

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await h.context.newPage();
});
afterAll(async () => h?.close());

for (const crm of CRMS) {
  describe(crm, () => {
    const table = ALL_CASES[crm];
    it('has cases to drive (add its adapter and table)', () => {
      expect(table?.positive.length).toBeGreaterThan(0);
    });
    const positives = (table?.positive ?? []).filter((c) => !c.crm).slice(0, 3);
    const negatives = (table?.negative ?? []).filter((c) => !c.crm).slice(0, 2);

    it.each(positives.map((c) => [c.url, c] as const))('shows the sidebar on %s', async (url, c) => {
      await page.goto(url);
      await page.waitForSelector('#closeward-root', { timeout: 10_000 });
      expect(await rootAttributes(page)).toMatchObject({ crm, kind: c.expect.kind });
    });

    it.each(negatives.map((c) => [c.url, c] as const))('shows nothing on %s', async (url) => {
      await page.goto(url);
      await page.waitForTimeout(250);
      expect(await page.$('#closeward-root')).toBeNull();
    });
  });
}
