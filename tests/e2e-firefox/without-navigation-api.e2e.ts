import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SF, activeTabId, eventually, startFirefoxHarness, tabRecord, waitForPanelRecord, type FirefoxHarness } from './harness';

// Firefox before 147 (ESR 140 among them) has no Navigation API. The same Firefox with the API
// switched off by its pref stands in for it: the content script must follow in-app navigation
// by its fallback.
const JANE = { url: `${SF}/lightning/r/Lead/00Q5g00000AbCdEEAV/view`, key: 'salesforce:acme:lead:00Q5g00000AbCdEEAV', name: 'Jane Doe' };
const ACCOUNT = { key: 'salesforce:acme:account:0015g00000QwErTAAV', name: 'Northwind Logistics', path: '/lightning/r/Account/0015g00000QwErTAAV/view' };

let h: FirefoxHarness;
let page: Page;

beforeAll(async () => {
  h = await startFirefoxHarness({ prefs: { 'dom.navigation.webidl.enabled': false } });
  page = await h.firstTab();
  await page.goto(JANE.url);
});
afterAll(async () => h?.close());

describe('Firefox without the Navigation API (as before Firefox 147)', () => {
  it('really has no Navigation API in the page', async () => {
    expect(await page.evaluate(() => typeof (globalThis as { navigation?: unknown }).navigation)).toBe('undefined');
  });

  it('follows in-app navigation and Back all the same', async () => {
    const tabId = (await activeTabId(h.panel)) ?? -1;
    await waitForPanelRecord(h.panel, JANE.key, JANE.name);

    const clickedAt = Date.now();
    await page.click(`nav a[href="${ACCOUNT.path}"]`);
    const record = await eventually(
      () => tabRecord(h.panel, tabId),
      (r) => r?.key === ACCOUNT.key,
      'tab:<id> to follow the click',
    );
    const followedIn = Date.now() - clickedAt;
    expect(record).toMatchObject({ crm: 'salesforce', kind: 'account', recordId: '0015g00000QwErTAAV' });
    await waitForPanelRecord(h.panel, ACCOUNT.key, ACCOUNT.name);
    // Polling, not an event: slower than with the API, but within a couple of polls.
    expect(followedIn).toBeLessThan(2_000);

    await page.goBack();
    await waitForPanelRecord(h.panel, JANE.key, JANE.name);
  });
});
