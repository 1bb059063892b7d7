import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ALL_CASES } from '../../lib/crm/cases';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/browser.mjs';
import { startFixtureServer } from '../fixtures/demo/server.mjs';
import { rootAttributes, sidebarFrame } from './harness';

const HOST = 'crm.example.test';

/**
 * A headless browser cannot click the permission prompt. The test grants the permission
 * the way a rep's click would: a copy of the built extension whose manifest already holds
 * this host, so `permissions.request` resolves true at once. Content scripts still come
 * only from the options page's registration: the manifest's `matches` do not list HOST.
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

let context: BrowserContext;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let extensionId: string;
let page: Page;
let extensionDir: string;
let userDataDir: string;
async function launch() {
  ({ context, extensionId, userDataDir } = await launchWithExtension({ port: server.port, extensionDir, userDataDir }));
  page = await context.newPage();
}
beforeAll(async () => {
  server = await startFixtureServer();
  extensionDir = extensionWithGrantedHost();
  userDataDir = mkdtempSync(join(tmpdir(), 'closeward-profile-'));
  await launch();
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('a custom domain added in the options page', () => {
  it('has a self-hosted case to use (odoo adapter)', () => expect(odoo).toBeDefined());

  it('shows no sidebar before the domain is added', async () => {
    await page.goto(recordUrl);
    await page.waitForTimeout(300);
    expect(await page.$('#closeward-root')).toBeNull();
  });

  it('rejects a pattern that is not a domain, with a clear message, and stores nothing', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.fill('input[name="domain"]', 'not a domain!');
    await options.click('button[type="submit"]');
    expect(await options.textContent('[data-testid="domain-message"]')).toMatch(/is not a domain/);
    expect(await options.$$('li[data-host]')).toHaveLength(0);
    await options.close();
  });

  it('gets the sidebar after adding it, and loses it after removing it', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.fill('input[name="domain"]', HOST);
    await options.selectOption('select[name="crm"]', 'odoo');
    await options.click('button[type="submit"]');
    await options.waitForSelector(`li[data-host="${HOST}"]`);

    // The tab already open on the record gets the sidebar without a reload.
    expect(page.url()).toBe(recordUrl);
    await page.waitForSelector('#closeward-root', { timeout: 10_000 });
    expect(await rootAttributes(page)).toMatchObject({ crm: 'odoo', kind: odoo!.expect.kind });
    await sidebarFrame(page);

    // A page loaded afterwards gets it from the registration, once.
    await page.reload();
    await sidebarFrame(page);
    expect(await page.locator('#closeward-root').count()).toBe(1);

    // After a browser restart the domain still has its sidebar, also in a tab that loaded
    // before the extension's service worker had registered the script again.
    await context.close();
    await launch();
    await page.goto(recordUrl);
    await page.waitForSelector('#closeward-root', { timeout: 10_000 });
    await sidebarFrame(page);
    expect(await page.locator('#closeward-root').count()).toBe(1);

    const again = await context.newPage();
    await again.goto(`chrome-extension://${extensionId}/options.html`);
    await again.click(`button[aria-label="Remove ${HOST}"]`);
    await again.waitForSelector(`li[data-host="${HOST}"]`, { state: 'detached' });
    await page.reload();
    await page.waitForTimeout(300);
    expect(await page.$('#closeward-root')).toBeNull();
  });
});
