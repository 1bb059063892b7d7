import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser.mjs';
import { HS, SF, readExtensionDb, startHarness, tabIdOf, tabRecord, waitForNoRecord, waitForRecord, type Harness } from './harness';

const LEAD = `${SF}/lightning/r/Lead/00Q5g00000AbCdEEAV/view`;
const LEAD_KEY = 'salesforce:acme:lead:00Q5g00000AbCdEEAV';
const LEAD_PAGE = { crm: 'salesforce', instance: 'acme', kind: 'lead', recordId: '00Q5g00000AbCdEEAV', key: LEAD_KEY, name: 'Jane Doe' };
const OPPORTUNITY_PATH = '/lightning/r/Opportunity/0065g00000XyZ12AAF/view';
const OPPORTUNITY_KEY = 'salesforce:acme:opportunity:0065g00000XyZ12AAF';
const LIST = `${SF}/lightning/o/Lead/list`;
const DEAL = `${HS}/contacts/4411223/record/0-3/918273645`;
const DEAL_KEY = 'hubspot:4411223:opportunity:918273645';

let h: Harness;
let page: Page;
let panel: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await h.browser.newPage();
  await page.goto(LEAD);
  panel = await h.panel(page);
});
afterAll(async () => h?.close());

const clickNav = (p: Page, path: string) => p.evaluate((to) => document.querySelector<HTMLAnchorElement>(`nav a[href="${to}"]`)!.click(), path);

describe('the side panel, opened from the toolbar icon', () => {
  it('opened its welcome page by itself at install', () => {
    expect(h.welcomed).toBe(true);
  });

  it('shows the record of the active tab: its name and the six criteria', async () => {
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    const labels = await panel.$$eval('[data-criterion] .cw-criterion-label', (els) => els.map((e) => e.textContent));
    expect(labels).toEqual(['Budget', 'Coach', 'Authority', 'Value fit', 'Timing', 'Competitors']);
    expect(await panel.$eval('[data-testid="completeness"]', (e) => e.textContent)).toContain('0 of 6');
  });

  it("keeps the tab's record in storage.session under tab:<tabId>, and names it in the toolbar icon's title", async () => {
    const tabId = await tabIdOf(h, page);
    expect(await tabRecord(h, tabId)).toEqual(LEAD_PAGE);
    const worker = await h.worker();
    expect(await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe('Closeward: Lead · Jane Doe');
  });

  it('keeps an answer and its evidence across a reload of the CRM page', async () => {
    await waitForRecord(panel, LEAD_KEY);
    await panel.click('[data-criterion="budget"] .cw-criterion-row');
    await panel.click('[data-criterion="budget"] input[value="confirmed"]');
    await panel.type('[data-criterion="budget"] textarea.cw-evidence', 'CFO confirmed €50k in the Q3 budget');
    await panel.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved on this computer');
    await page.reload();
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    await panel.waitForFunction(() => document.querySelector('[data-criterion="budget"]')?.getAttribute('data-status') === 'confirmed');
    expect(await panel.$eval('[data-criterion="budget"] .cw-snippet', (e) => e.textContent)).toBe('CFO confirmed €50k in the Q3 budget');
    expect(await panel.$eval('[data-testid="completeness"]', (e) => e.textContent)).toContain('1 of 6');
    const rows = await readExtensionDb<{ recordKey: string; answers: { criterionId: string; status: string }[] }>(h, 'checklists');
    expect(rows.find((r) => r.recordKey === LEAD_KEY)?.answers).toContainEqual(expect.objectContaining({ criterionId: 'budget', status: 'confirmed' }));
  });

  it('goes from card to card when the tab loads another record, with no day view in between', async () => {
    await page.goto(LEAD);
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    await panel.evaluate(() => {
      const w = window as unknown as { sawNoRecord: boolean };
      w.sawNoRecord = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="no-record"]')) w.sawNoRecord = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.goto(`${SF}${OPPORTUNITY_PATH}`);
    await waitForRecord(panel, OPPORTUNITY_KEY);
    await page.goto(DEAL);
    await waitForRecord(panel, DEAL_KEY);
    expect(await panel.evaluate(() => (window as unknown as { sawNoRecord: boolean }).sawNoRecord)).toBe(false);
    // A page no content script runs on: the panel shows the rep's day.
    await page.goto('about:blank');
    await waitForNoRecord(panel);
    await page.goto(LEAD);
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
  });

  it("follows the CRM's in-app navigation and Back; the tab's history holds only the CRM's entries", async () => {
    await page.goto(LEAD);
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    const before = await page.evaluate(() => history.length);
    await clickNav(page, OPPORTUNITY_PATH);
    await waitForRecord(panel, OPPORTUNITY_KEY, 'Northwind Renewal 2027');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    expect(page.url()).toBe(LEAD);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });

  it('updates storage.session within moments of a navigation, and clears it on a list view', async () => {
    await page.goto(LEAD);
    const tabId = await tabIdOf(h, page);
    await clickNav(page, OPPORTUNITY_PATH);
    const worker = await h.worker();
    await expect.poll(async () => ((await tabRecord(h, tabId)) as { key?: string } | null)?.key, { timeout: 2000, interval: 10 }).toBe(OPPORTUNITY_KEY);
    await clickNav(page, '/lightning/o/Lead/list');
    await expect.poll(() => tabRecord(h, tabId), { timeout: 2000, interval: 10 }).toBeNull();
    await waitForNoRecord(panel);
    expect(await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe('Closeward: open a lead, opportunity, contact or account');
  });

  it("shows what to open and the records opened last on a list view; a click there brings that record's tab forward", async () => {
    const other = await h.browser.newPage();
    await other.goto(DEAL);
    await h.panel(other);
    await waitForRecord(panel, DEAL_KEY, 'Globex Expansion');
    await page.bringToFront();
    await page.goto(LIST);
    const tabId = await tabIdOf(h, page);
    // The content script ran here and said the page shows no record.
    await expect.poll(() => tabRecord(h, tabId), { timeout: 2000 }).toBeNull();
    await waitForNoRecord(panel);
    const recent = await panel.$$eval('[data-testid="recent-records"] [data-record-key]', (els) => els.map((e) => e.getAttribute('data-record-key')));
    expect(recent.slice(0, 2)).toEqual([DEAL_KEY, OPPORTUNITY_KEY]);
    await panel.click(`[data-testid="recent-records"] [data-record-key="${DEAL_KEY}"]`);
    await waitForRecord(panel, DEAL_KEY, 'Globex Expansion');
    expect(await other.evaluate(() => document.visibilityState)).toBe('visible');
    await other.close();
  });

  it('follows the rep from tab to tab', async () => {
    await page.bringToFront();
    await page.goto(LEAD);
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    const other = await h.browser.newPage();
    await other.goto(DEAL);
    await waitForRecord(panel, DEAL_KEY, 'Globex Expansion');
    await page.bringToFront();
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    await other.close();
  });

  it('reads ahead the record another tab of the window loads, for a switch to it', async () => {
    const other = await h.browser.newPage();
    await page.bringToFront();
    await page.goto(LEAD);
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    // The other tab loads a record while the rep stays on the lead.
    await other.goto(DEAL);
    await panel.waitForFunction(
      (key) => performance.getEntriesByName('closeward:record-prefetched').some((m) => (m as PerformanceMark).detail.key === key),
      { polling: 10 },
      DEAL_KEY,
    );
    expect(await panel.$eval('main', (m) => m.getAttribute('data-record-key'))).toBe(LEAD_KEY);
    await other.bringToFront();
    await waitForRecord(panel, DEAL_KEY, 'Globex Expansion');
    await other.close();
    await page.bringToFront();
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
  });

  it("reads ahead the record whose link the rep's pointer rests on, never for a page script's events", async () => {
    await page.bringToFront();
    await page.goto(LEAD);
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    const prefetched = () =>
      panel.evaluate(() => performance.getEntriesByName('closeward:record-prefetched').map((m) => (m as PerformanceMark).detail.key as string));
    const link = `nav a[href="${OPPORTUNITY_PATH}"]`;
    await page.evaluate((selector) => {
      const a = document.querySelector(selector)!;
      a.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      a.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    }, link);
    await new Promise((r) => setTimeout(r, 300));
    expect(await prefetched()).not.toContain(OPPORTUNITY_KEY);
    await page.hover(link);
    await panel.waitForFunction(
      (key) => performance.getEntriesByName('closeward:record-prefetched').some((m) => (m as PerformanceMark).detail.key === key),
      {},
      OPPORTUNITY_KEY,
    );
    await page.click(link);
    await waitForRecord(panel, OPPORTUNITY_KEY, 'Northwind Renewal 2027');
    await page.mouse.move(0, 0);
  });

  it('keeps an edit when the panel is closed right after typing', async () => {
    await page.bringToFront();
    await page.goto(LEAD);
    await waitForRecord(panel, LEAD_KEY);
    await panel.click('[data-criterion="coach"] .cw-criterion-row');
    await panel.type('[data-criterion="coach"] textarea.cw-evidence', 'Priya (IT) will walk us through procurement');
    await panel.close();
    panel = await h.panel(page);
    await waitForRecord(panel, LEAD_KEY);
    await panel.waitForFunction(
      () => document.querySelector('[data-criterion="coach"] .cw-snippet')?.textContent === 'Priya (IT) will walk us through procurement',
    );
  });

  it("keeps the rep's data in the extension origin, out of the CRM page's reach", async () => {
    await page.goto(LEAD);
    await waitForRecord(panel, LEAD_KEY);
    const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(pageDatabases).not.toContain('closeward');
    const records = await readExtensionDb<{ key: string }>(h, 'records');
    expect(records.map((r) => r.key)).toContain(LEAD_KEY);
  });
});

describe("the panel's first render", () => {
  it('loads no database code: Dexie comes in a chunk loaded after it', () => {
    const html = readFileSync(join(EXTENSION_DIR, 'sidepanel.html'), 'utf8');
    const eager = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(eager.length).toBeGreaterThan(0);
    // One of Dexie's own error names, kept by the minifier.
    const dexie = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8').includes('DatabaseClosedError');
    expect(eager.filter(dexie)).toEqual([]);
    const chunks = readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => `chunks/${f}`);
    expect(chunks.filter((f) => !eager.includes(f) && dexie(f)).length).toBeGreaterThan(0);
  });
});
