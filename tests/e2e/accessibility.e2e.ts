import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SF, startHarness, waitForNoRecord, waitForRecord, type Harness } from './harness';
import { axeViolations } from './axe';

const CONTACT = `${SF}/lightning/r/Contact/0035g00000ZzZzZAAV/view`;
const CONTACT_KEY = 'salesforce:acme:contact:0035g00000ZzZzZAAV';
const LIST = `${SF}/lightning/o/Lead/list`;

let h: Harness;
let page: Page;
let panel: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await h.browser.newPage();
  await page.goto(CONTACT);
  panel = await h.panel(page);
  await waitForRecord(panel, CONTACT_KEY, 'Priya Raman');
});
afterAll(async () => h?.close());

/** An extension page opened by the test in a tab of its own (not the panel). */
async function extensionPage(file: string, ready: string): Promise<Page> {
  const tab = await h.browser.newPage();
  await tab.goto(`chrome-extension://${h.extensionId}/${file}`);
  await tab.waitForSelector(ready);
  return tab;
}

describe('accessibility (axe-core, every impact)', () => {
  it.each(['light', 'dark'] as const)('the panel with a record, its criteria collapsed, has no violations (%s)', async (scheme) => {
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.bringToFront();
    await waitForRecord(panel, CONTACT_KEY, 'Priya Raman');
    expect(await panel.$$eval('[data-criterion][data-open="true"]', (els) => els.length)).toBe(0);
    expect(await axeViolations(panel)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('the panel with one criterion open and the conversation form open has no violations (%s)', async (scheme) => {
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    if (!(await panel.$('[data-criterion="budget"][data-open="true"]'))) await panel.click('[data-criterion="budget"] .cw-criterion-row');
    await panel.waitForSelector('[data-criterion="budget"] textarea.cw-evidence');
    if (!(await panel.$('form.cw-log'))) await panel.click('button.cw-log-open');
    await panel.click('input[name="cw-outcome"][value="notNow"]');
    await panel.waitForSelector('#cw-log-preset');
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('the panel on a list view has no violations', async () => {
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.goto(LIST);
    await waitForNoRecord(panel);
    expect(await axeViolations(panel)).toEqual([]);
  });

  it.each([
    ['options.html', 'input[name="domain"]'],
    ['dashboard.html', '#restore-file'],
    ['welcome.html', 'main h1'],
  ])('%s has no violations', async (file, ready) => {
    const tab = await extensionPage(file, ready);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });

  it('every control in the panel is reachable with Tab and shows where focus is', async () => {
    await page.bringToFront();
    await page.goto(CONTACT);
    await waitForRecord(panel, CONTACT_KEY, 'Priya Raman');
    await panel.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.focus();
    });
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await panel.keyboard.press('Tab');
      const focused = await panel.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // A radio's ring is drawn on its label (the input itself is hidden in a segment or pill).
        const ringed = (node: Element | null) =>
          node !== null && getComputedStyle(node).outlineStyle !== 'none' && getComputedStyle(node).outlineWidth !== '0px';
        return { id: el.id || el.textContent?.trim().slice(0, 30) || el.tagName, ring: ringed(el) || ringed(el.closest('label')) };
      });
      if (!focused) continue;
      expect(focused.ring, `no visible focus on ${focused.id}`).toBe(true);
      seen.add(focused.id);
    }
    expect(seen.has('cw-row-budget')).toBe(true);
    expect(seen.has('cw-row-competitors')).toBe(true);
    expect([...seen].some((id) => id.startsWith('Log a conversation'))).toBe(true);
  });
});
