import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CASES } from '../../lib/crm/cases';
import { EXTENSION_DIR, launchWithExtension, openPanel } from '../../scripts/browser.mjs';
import { startFixtureServer } from '../fixtures/demo/server.mjs';
import { tabIdOf, tabRecord, untilLive, waitForNoRecord, waitForRecord, type Harness } from './harness';

const HOST = 'crm.example.test';

/**
 * A headless browser cannot click the permission prompt. The test grants the permission the
 * way a rep's click would: a copy of the built extension whose manifest already holds this
 * host, so `permissions.request` resolves true at once. Content scripts still come only from
 * the options page's registration: the manifest's `matches` do not list HOST.
 */
function extensionWithGrantedHost(): string {
  const dir = mkdtempSync(join(tmpdir(), 'closeward-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions.push(`https://${HOST}/*`, `http://${HOST}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

// A self-hosted Odoo record, moved onto the rep's own domain.
const odoo = ALL_CASES.odoo?.positive.find((c) => c.crm === 'odoo');
const recordUrl = odoo ? `https://${HOST}${new URL(odoo.url).pathname}${new URL(odoo.url).search}${new URL(odoo.url).hash}` : '';
const recordKey = odoo ? `odoo:${HOST}:${odoo.expect.kind}:${odoo.expect.recordId}` : '';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let h: Harness;
let page: Page;
let panel: Page;
let extensionDir: string;
let userDataDir: string;
let launches = 0;

/** Chromium with the copy of the extension, on the same profile each time (a browser restart). */
async function launch(): Promise<void> {
  const launched = await launchWithExtension({ port: server.port, extensionDir, userDataDir });
  const browser: Browser = launched.browser;
  const { extensionId } = launched;
  // The first launch installs the extension, which opens its welcome tab: closed, so it cannot
  // come to the front while the test works in its own tab.
  const first = launches++ === 0;
  const welcome = first
    ? await browser.waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/welcome.html`, { timeout: 10_000 }).catch(() => null)
    : null;
  await (await welcome?.page())?.close();
  h = {
    browser,
    extensionId,
    welcomed: welcome !== null,
    port: server.port,
    async worker() {
      const target =
        browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`)) ?? launched.workerTarget;
      const worker = await target.worker();
      if (!worker) throw new Error('The extension has no service worker.');
      return worker;
    },
    panel: async (p) => untilLive(await openPanel(browser, extensionId, p)),
    close: () => browser.close(),
  };
  page = await browser.newPage();
}

/** Whether a Closeward content script runs in `page`'s tab (asked in the extension's isolated world). */
async function runsThere(p: Page): Promise<boolean> {
  const tabId = await tabIdOf(h, p);
  const worker = await h.worker();
  // The same question as contentScriptRuns (lib/content/presence.ts), written out here: a
  // function handed to executeScript travels as its source.
  return worker.evaluate(
    (id) =>
      chrome.scripting
        .executeScript({
          target: { tabId: id },
          func: () => (globalThis as typeof globalThis & { closewardContentScript?: boolean }).closewardContentScript === true,
        })
        .then(([r]) => r?.result === true),
    tabId,
  );
}

async function openOptions(): Promise<Page> {
  const options = await h.browser.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.waitForSelector('input[name="domain"]');
  return options;
}

beforeAll(async () => {
  server = await startFixtureServer();
  extensionDir = extensionWithGrantedHost();
  userDataDir = mkdtempSync(join(tmpdir(), 'closeward-profile-'));
  await launch();
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

describe('a custom domain added in the options page', () => {
  it('has a self-hosted case to use (odoo adapter)', () => expect(odoo).toBeDefined());

  it('shows no record before the domain is added', async () => {
    await page.goto(recordUrl);
    panel = await h.panel(page);
    await waitForNoRecord(panel);
    expect(await runsThere(page)).toBe(false);
    expect(await tabRecord(h, await tabIdOf(h, page))).toBeNull();
  });

  it('rejects a pattern that is not a domain, with a clear message, and stores nothing', async () => {
    const options = await openOptions();
    await options.type('input[name="domain"]', 'not a domain!');
    await options.click('form.cw-add-domain button[type="submit"]');
    await options.waitForSelector('[data-testid="domain-message"]');
    expect(await options.$eval('[data-testid="domain-message"]', (e) => e.textContent)).toMatch(/is not a domain/);
    expect(await options.$$('li[data-host]')).toHaveLength(0);
    const worker = await h.worker();
    expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.length))).toBe(0);
    await options.close();
  });

  it('shows the record after adding it, also after a reload and a browser restart, and none after removing it', async () => {
    const options = await openOptions();
    await options.type('input[name="domain"]', HOST);
    await options.select('select[name="crm"]', 'odoo');
    await options.click('form.cw-add-domain button[type="submit"]');
    await options.waitForSelector(`li[data-host="${HOST}"]`);
    await options.close();

    // The tab already open on the record gets Closeward without a reload; the panel follows it.
    await page.bringToFront();
    expect(page.url()).toBe(recordUrl);
    const tabId = await tabIdOf(h, page);
    await expect.poll(() => tabRecord(h, tabId), { timeout: 10_000 }).toMatchObject({ crm: 'odoo', kind: odoo!.expect.kind, key: recordKey });
    await waitForRecord(panel, recordKey);

    // A page loaded afterwards gets it from the registration.
    await page.reload();
    await waitForRecord(panel, recordKey);
    expect(await runsThere(page)).toBe(true);

    // After a browser restart the domain still has Closeward.
    await h.close();
    await launch();
    await page.goto(recordUrl);
    await expect.poll(async () => tabRecord(h, await tabIdOf(h, page)), { timeout: 10_000 }).toMatchObject({ crm: 'odoo', key: recordKey });
    panel = await h.panel(page);
    await waitForRecord(panel, recordKey);

    const again = await openOptions();
    await again.click(`button[aria-label="Remove ${HOST}"]`);
    await again.waitForSelector(`li[data-host="${HOST}"]`, { hidden: true });
    await again.close();
    await page.bringToFront();
    await page.reload();
    await waitForNoRecord(panel);
    expect(await runsThere(page)).toBe(false);
    expect(await tabRecord(h, await tabIdOf(h, page))).toBeNull();
  });
});
