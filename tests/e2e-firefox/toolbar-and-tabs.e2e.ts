import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, pressInWindow, sidebarOpen } from './browser-ui';
import { SF, activeTabId, eventually, startFirefoxHarness, waitForPanelRecord, type FirefoxHarness } from './harness';

const JANE = { url: `${SF}/lightning/r/Lead/00Q5g00000AbCdEEAV/view`, key: 'salesforce:acme:lead:00Q5g00000AbCdEEAV', name: 'Jane Doe' };
const DEAL = {
  url: `${SF}/lightning/r/Opportunity/0065g00000XyZ12AAF/view`,
  key: 'salesforce:acme:opportunity:0065g00000XyZ12AAF',
  name: 'Northwind Renewal 2027',
};

interface ActionGlobals {
  browser: { action: { getTitle(details: { tabId: number }): Promise<string> } };
}

let h: FirefoxHarness;
let first: Page;
let second: Page;

beforeAll(async () => {
  h = await startFirefoxHarness();
  first = await h.firstTab();
  await first.goto(JANE.url);
  await waitForPanelRecord(h.panel, JANE.key, JANE.name);
});
afterAll(async () => h?.close());

describe('opening the sidebar and moving between tabs, in Firefox', () => {
  it('the toolbar button closes the sidebar and opens it again on the active tab’s record', async () => {
    expect(await sidebarOpen(h.panel)).toBe(true);
    await clickToolbarButton(h.panel);
    await eventually(
      () => sidebarOpen(h.panel),
      (open) => !open,
      'the sidebar to close',
    );
    await clickToolbarButton(h.panel);
    await eventually(
      () => sidebarOpen(h.panel),
      (open) => open,
      'the sidebar to open',
    );
    await waitForPanelRecord(h.panel, JANE.key, JANE.name);
  });

  it('Alt+Shift+K does the same', async () => {
    await pressInWindow(h.panel, 'K', { altKey: true, shiftKey: true });
    await eventually(
      () => sidebarOpen(h.panel),
      (open) => !open,
      'the sidebar to close',
    );
    await pressInWindow(h.panel, 'K', { altKey: true, shiftKey: true });
    await eventually(
      () => sidebarOpen(h.panel),
      (open) => open,
      'the sidebar to open',
    );
    await waitForPanelRecord(h.panel, JANE.key, JANE.name);
  });

  it('follows the active tab when the rep switches tabs', async () => {
    second = await h.browser.newPage();
    await second.bringToFront();
    await second.goto(DEAL.url);
    await waitForPanelRecord(h.panel, DEAL.key, DEAL.name);
    await first.bringToFront();
    await waitForPanelRecord(h.panel, JANE.key, JANE.name);
    await second.bringToFront();
    await waitForPanelRecord(h.panel, DEAL.key, DEAL.name);
  });

  it('names the record in the toolbar button’s tooltip, per tab', async () => {
    const title = (tabId: number) =>
      h.panel.evaluate(async (id: number) => (globalThis as unknown as ActionGlobals).browser.action.getTitle({ tabId: id }), tabId);
    await first.bringToFront();
    const janeTab = (await activeTabId(h.panel)) ?? -1;
    expect(await title(janeTab)).toBe('Closeward: Lead · Jane Doe');
    await second.bringToFront();
    const dealTab = (await activeTabId(h.panel)) ?? -1;
    expect(dealTab).not.toBe(janeTab);
    expect(await title(dealTab)).toBe('Closeward: Opportunity · Northwind Renewal 2027');
  });
});
