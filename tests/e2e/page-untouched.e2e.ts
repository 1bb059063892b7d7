import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser.mjs';
import { SF, startHarness, tabIdOf, tabRecord, waitForRecord, type Harness } from './harness';

// An 18-character id whose last three characters are the checksum of the first fifteen.
const PATH = '/lightning/r/Lead/00Q5g00000FixEdEAJ/view';
const KEY = 'salesforce:acme:lead:00Q5g00000FixEdEAJ';

/**
 * A CRM record page with a fixed full-width header (like SuiteCRM's or Lightning's global bar).
 * The script in <head> runs before any content script: it counts the style sheets and records
 * every DOM mutation from then on. The script at the very end of <body> sets the page's own
 * parsing apart, so `after` holds only what happened once the page was built.
 */
const FIXTURE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Fixed Header | Lead | Salesforce</title>
<style>
  body { margin: 0; font: 16px system-ui, sans-serif; }
  #crm-header { position: fixed; top: 0; left: 0; right: 0; height: 48px; display: flex; align-items: center; justify-content: space-between; background: #032d60; color: #fff; padding: 0 12px; box-sizing: border-box; }
  main { padding: 64px 16px 16px; }
</style>
<script>
  const describe = (m) => ({ type: m.type, target: m.target.nodeName, attribute: m.attributeName, added: [...m.addedNodes].map((n) => n.nodeName), removed: [...m.removedNodes].map((n) => n.nodeName) });
  window.fixture = { styleSheets: document.styleSheets.length, parsing: [], after: [], parsed: false };
  window.fixture.observer = new MutationObserver((records) => {
    for (const m of records) (window.fixture.parsed ? window.fixture.after : window.fixture.parsing).push(describe(m));
  });
  window.fixture.observer.observe(document.documentElement, { subtree: true, attributes: true, childList: true, characterData: true });
</script>
</head><body><header id="crm-header"><b>Acme CRM</b><button id="user-menu" type="button">Log out</button></header>
<main><h1>Fixed Header</h1><p>Lead · A page whose header spans the whole viewport.</p></main>
<script>
  for (const m of window.fixture.observer.takeRecords()) window.fixture.parsing.push(describe(m));
  window.fixture.parsed = true;
</script></body></html>`;

interface Fixture {
  styleSheets: number;
  after: { type: string; target: string; attribute: string | null; added: string[]; removed: string[] }[];
}

let h: Harness;
let page: Page;
let panel: Page;
beforeAll(async () => {
  h = await startHarness({ extraPage: (host, url) => (host === new URL(SF).host && url === PATH ? FIXTURE : undefined) });
  page = await h.browser.newPage();
  await page.goto(`${SF}${PATH}`);
  panel = await h.panel(page);
});
afterAll(async () => h?.close());

const fixture = () => page.evaluate(() => (window as unknown as { fixture: Fixture }).fixture);

describe('the CRM page with the side panel open', () => {
  it('is recognized: the content script ran, and the panel shows the record', async () => {
    const tabId = await tabIdOf(h, page);
    await expect.poll(() => tabRecord(h, tabId), { timeout: 5000 }).toMatchObject({ key: KEY, name: 'Fixed Header' });
    await waitForRecord(panel, KEY, 'Fixed Header');
  });

  it('keeps its fixed header across its whole viewport, with nothing of ours over it', async () => {
    // The browser makes room for the panel beside the page: the page's viewport narrows.
    await page.waitForFunction(() => innerWidth < outerWidth, { timeout: 5000 });
    const layout = await page.evaluate(() => {
      const header = document.getElementById('crm-header')!;
      const box = header.getBoundingClientRect();
      const atRightEnd = document.elementFromPoint(innerWidth - 1, box.top + box.height / 2);
      return { width: box.width, left: box.left, innerWidth, outerWidth, rightEndIsHeader: atRightEnd !== null && header.contains(atRightEnd) };
    });
    expect(layout.left).toBe(0);
    expect(layout.width).toBe(layout.innerWidth);
    expect(layout.rightEndIsHeader).toBe(true);
    // The browser made room for the panel beside the page.
    const panelWidth = await panel.evaluate(() => innerWidth);
    expect(layout.innerWidth + panelWidth).toBeLessThanOrEqual(layout.outerWidth);
    // The header's own control at its right end takes a real click.
    const clicked = page.evaluate(
      () => new Promise<boolean>((resolve) => document.getElementById('user-menu')!.addEventListener('click', (e) => resolve(e.isTrusted), { once: true })),
    );
    await page.click('#user-menu');
    expect(await clicked).toBe(true);
  });

  it('gets no node, attribute or text from us, and no style sheet', async () => {
    const state = await fixture();
    expect(state.after).toEqual([]);
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(state.styleSheets);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('iframe, #closeward-root').length)).toBe(0);
    // The observer is live: a change to the page is recorded.
    await page.evaluate(() => document.body.setAttribute('data-probe', '1'));
    await expect
      .poll(async () => (await fixture()).after, { timeout: 2000 })
      .toEqual([{ type: 'attributes', target: 'BODY', attribute: 'data-probe', added: [], removed: [] }]);
  });

  it('hears no event and no message from us: no content script dispatches or posts anything', () => {
    const dir = join(EXTENSION_DIR, 'content-scripts');
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/dispatchEvent|postMessage|CustomEvent/);
    }
  });
});
