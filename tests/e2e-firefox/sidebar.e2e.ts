import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_SERVICES_SINK,
  FIXTURE_HOSTS,
  SF,
  activeTabId,
  eventually,
  panelState,
  startFirefoxHarness,
  storedRow,
  tabRecord,
  waitForPanelRecord,
  type FirefoxHarness,
} from './harness';

const JANE = { url: `${SF}/lightning/r/Lead/00Q5g00000AbCdEEAV/view`, key: 'salesforce:acme:lead:00Q5g00000AbCdEEAV', name: 'Jane Doe' };
const OMAR = { key: 'salesforce:acme:lead:00Q5g00000LmNoPEAV', name: 'Omar Haddad', path: '/lightning/r/Lead/00Q5g00000LmNoPEAV/view' };
const LIST = `${SF}/lightning/o/Lead/list?filterName=Recent`;

let h: FirefoxHarness;
let page: Page;
let tabId: number;
/** Every URL this file loads in a tab (navigations and reloads). */
const opened = new Set<string>();

async function open(url: string): Promise<void> {
  opened.add(url);
  await page.goto(url);
}

const hostOf = (target: string) => target.replace(/:\d+$/, '');

/** A click on one of the demo CRM's own links (pushState, no page load). */
async function clickInCrm(path: string): Promise<void> {
  await page.click(`nav a[href="${path}"]`);
  await page.waitForFunction((p) => location.pathname === p, {}, path);
}

beforeAll(async () => {
  h = await startFirefoxHarness();
  page = await h.firstTab();
  await open(JANE.url);
  tabId = (await activeTabId(h.panel)) ?? -1;
});
afterAll(async () => h?.close());

describe("Closeward in Firefox ESR's sidebar", () => {
  it('recognizes a Salesforce lead: storage.session holds it under tab:<tabId>', async () => {
    expect(tabId).toBeGreaterThan(0);
    const record = await eventually(
      () => tabRecord(h.panel, tabId),
      (r) => r?.key === JANE.key,
      'tab:<id> to name the lead',
    );
    expect(record).toMatchObject({ crm: 'salesforce', instance: 'acme', kind: 'lead', recordId: '00Q5g00000AbCdEEAV', key: JANE.key });
  });

  it('shows the record in the sidebar, which Firefox opened at install', async () => {
    await waitForPanelRecord(h.panel, JANE.key, JANE.name);
    expect(await panelState(h.panel)).toEqual({ key: JANE.key, loaded: true, name: JANE.name, empty: false });
  });

  it('keeps an edit typed in the sidebar across a reload of the page and of the sidebar', async () => {
    const purpose = `Agree on a pilot scope (${Date.now()})`;
    await waitForPanelRecord(h.panel, JANE.key, JANE.name);
    await h.panel.click('details.cw-plan > summary');
    await h.panel.fill('#cw-purpose', purpose);
    // Written to the add-on's database (the first write makes the record's row).
    await eventually(
      () => storedRow<{ callPurpose?: string }>(h.panel, 'records', JANE.key),
      (row) => row?.callPurpose === purpose,
      'the purpose in IndexedDB',
    );

    opened.add(page.url());
    await page.reload();
    await waitForPanelRecord(h.panel, JANE.key, JANE.name);
    const shown = () => h.panel.evaluate(() => document.querySelector('[data-testid="call-purpose"]')?.textContent ?? '');
    await eventually(shown, (text) => text === `Purpose of the call: ${purpose}`, 'the purpose after the page reload');

    // The sidebar's own document reloaded: what it shows comes from storage, not memory.
    await h.panel.evaluate(() => location.reload());
    await waitForPanelRecord(h.panel, JANE.key, JANE.name);
    await eventually(shown, (text) => text === `Purpose of the call: ${purpose}`, 'the purpose after the sidebar reload');
  });

  it('follows in-app navigation to another record', async () => {
    await clickInCrm(OMAR.path);
    await waitForPanelRecord(h.panel, OMAR.key, OMAR.name);
    const record = await eventually(
      () => tabRecord(h.panel, tabId),
      (r) => r?.key === OMAR.key,
      'tab:<id> to follow',
    );
    expect(record).toMatchObject({ kind: 'lead', recordId: '00Q5g00000LmNoPEAV' });
    // The tab's history has the CRM's entries only; Back returns to the first lead.
    await page.goBack();
    await waitForPanelRecord(h.panel, JANE.key, JANE.name);
  });

  it('shows the empty state on a list view, and tab:<tabId> is gone', async () => {
    await clickInCrm('/lightning/o/Lead/list');
    await h.panel.waitFor(
      () => !document.getElementById('app')?.inert && document.querySelector('[data-testid="no-record"]') !== null,
      undefined,
      10_000,
      'the empty state',
    );
    expect(await tabRecord(h.panel, tabId)).toBeNull();
    await open(LIST);
    await h.panel.waitFor(
      () => !document.getElementById('app')?.inert && document.querySelector('[data-testid="no-record"]') !== null,
      undefined,
      10_000,
      'the empty state after a load',
    );
    expect(await tabRecord(h.panel, tabId)).toBeNull();
  });

  it('makes no network request: only the pages opened here were fetched, from the CRM hosts', async () => {
    // Every connection Firefox opened went to a demo CRM host, or to the sink the launcher
    // points Firefox's own services at; nothing of ours asked for anything else.
    const elsewhere = () => h.proxied.filter((r) => !FIXTURE_HOSTS.has(hostOf(r.target)) && hostOf(r.target) !== BROWSER_SERVICES_SINK);
    expect(elsewhere()).toEqual([]);
    expect(h.proxied.some((r) => r.allowed)).toBe(true);
    // And on those hosts, every page fetched was one this file opened.
    expect(h.served.length).toBeGreaterThan(0);
    expect(h.served.filter((url) => !opened.has(url))).toEqual([]);

    // The recorder does see what an extension page sends: a request made from the sidebar's
    // realm shows up (and is refused by the proxy).
    await h.panel.evaluate(() =>
      fetch('https://collector.example/ping').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(elsewhere().map((r) => r.target)).toEqual(['collector.example:443']);
  });
});
