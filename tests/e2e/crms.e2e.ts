import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CASES } from '../../lib/crm/cases';
import type { CrmId } from '../../lib/model/vocabulary';
import { SF, startHarness, tabIdOf, tabRecord, waitForNoRecord, waitForRecord, type Harness } from './harness';
import { actionTitle, activeTabIdOf, NO_RECORD_TITLE } from './tabs';

// Real hostnames from each adapter's own table, mapped to the fixture server: the manifest's
// generated `matches` decide whether the content script runs at all.
const CRMS = Object.keys(ALL_CASES) as CrmId[];

interface TabPage {
  crm: string;
  instance: string;
  kind: string;
  recordId: string;
  key: string;
}

// A case with a tab title (some CRMs name the kind or the record only there) gets a page with
// that title at its URL; the others get the demo app.
let served: { url: string; title: string } | undefined;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const titledPage = (host: string, path: string) => {
  if (!served) return undefined;
  const url = new URL(served.url);
  return host === url.host && path === url.pathname + url.search
    ? `<!doctype html><title>${escape(served.title)}</title><main>A record page</main>`
    : undefined;
};
const serveTitle = (url: string, title: string | undefined) => {
  served = title === undefined ? undefined : { url, title };
};

let h: Harness;
let page: Page;
let panel: Page;
beforeAll(async () => {
  h = await startHarness({ extraPage: titledPage });
  page = await h.browser.newPage();
  await page.goto(`${SF}/lightning/o/Lead/list`);
  panel = await h.panel(page);
});
afterAll(async () => h?.close());

for (const crm of CRMS) {
  describe(crm, () => {
    const table = ALL_CASES[crm];
    const positives = (table?.positive ?? []).filter((c) => !c.crm).slice(0, 2);
    const negatives = (table?.negative ?? []).filter((c) => !c.crm).slice(0, 1);

    it('has cases on its own hosts to drive', () => {
      expect(positives.length).toBeGreaterThan(0);
      expect(negatives.length).toBeGreaterThan(0);
    });

    it.each(positives.map((c) => [c.url, c] as const))('shows the record of %s in the panel', async (url, c) => {
      serveTitle(url, c.title);
      await page.bringToFront();
      await page.goto(url);
      const tabId = await tabIdOf(h, page);
      const expected = { crm, instance: c.expect.instance, kind: c.expect.kind, recordId: c.expect.recordId };
      await expect.poll(() => tabRecord(h, tabId), { timeout: 5000 }).toMatchObject(expected);
      const { key } = (await tabRecord(h, tabId)) as TabPage;
      expect(key).toBe(`${crm}:${c.expect.instance}:${c.expect.kind}:${c.expect.recordId}`);
      await waitForRecord(panel, key, c.title ? c.expect.name : undefined);
    });

    it.each(negatives.map((c) => [c.url, c] as const))('shows no record on %s', async (url, c) => {
      serveTitle(url, c.title);
      // A fresh tab whose toolbar title is set to a mark first: the title says "no record" only
      // once the extension has judged this page (a record would name it instead).
      const other = await h.browser.newPage();
      const tabId = await activeTabIdOf(h, other);
      await (await h.worker()).evaluate((id) => chrome.action.setTitle({ tabId: id, title: 'not judged yet' }), tabId);
      await other.goto(url);
      await expect.poll(() => actionTitle(h, tabId), { timeout: 5000 }).toBe(NO_RECORD_TITLE);
      expect(await tabRecord(h, tabId)).toBeNull();
      await waitForNoRecord(panel);
      await other.close();
    });
  });
}
