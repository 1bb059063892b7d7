import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SF, fill, startHarness, waitForRecord, type Harness } from './harness';
import { composeSideBySide } from './screenshots';

// At the default window size (1280×720, scripts/browser.mjs) the rep sees what matters before a
// call without scrolling the panel.
const LEAD = `${SF}/lightning/r/Lead/00Q5g00000AbCdEEAV/view`;
const KEY = 'salesforce:acme:lead:00Q5g00000AbCdEEAV';
const SHOTS = '.tmp';

/** What must be in view, each by a selector that finds exactly one element (rows: six). */
const IN_VIEW: [what: string, selector: string, count: number][] = [
  ['record name', '[data-testid="record-name"]', 1],
  ['kind', '[data-testid="record-kind"]', 1],
  ['note to future self', '[data-testid="note-to-future-self"]', 1],
  ['closing toward', '[data-testid="closing-toward"]', 1],
  ['readiness bar', '.cw-bar', 1],
  ['criterion row', '[data-criterion] .cw-criterion-row', 6],
  ['next follow-up', '[data-testid="follow-up"]', 1],
];

let h: Harness;
let page: Page;
let panel: Page;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await startHarness();
  page = await h.browser.newPage();
  await page.goto(LEAD);
  panel = await h.panel(page);
  await waitForRecord(panel, KEY, 'Jane Doe');
  // A record a rep has worked on: answers with evidence, and a "not now" with its note.
  for (const [id, status, evidence] of [
    ['budget', 'confirmed', 'CFO confirmed €50k in the Q3 budget'],
    ['authority', 'atRisk', 'Head of Ops signs up to 20k only'],
  ] as const) {
    await panel.click(`[data-criterion="${id}"] .cw-criterion-row`);
    await panel.click(`[data-criterion="${id}"] input[value="${status}"]`);
    await panel.type(`[data-criterion="${id}"] textarea.cw-evidence`, evidence);
    await panel.click(`[data-criterion="${id}"] .cw-criterion-row`);
  }
  await panel.click('button.cw-log-open');
  await panel.click('input[name="cw-outcome"][value="notNow"]');
  await fill(panel, '#cw-log-why', 'Waiting for the Q3 budget review');
  await fill(panel, '#cw-log-note', 'Open with the dispatch delays she described; ask who signs above 20k');
  await panel.click('form.cw-log button[type="submit"]');
  await panel.waitForSelector('[data-testid="note-to-future-self"]', { timeout: 10_000 });
  await panel.waitForSelector('[data-testid="follow-up"]');
  await panel.waitForFunction(() => document.querySelectorAll('[data-criterion][data-open="true"]').length === 0);
  // No hover highlight in the pictures.
  await panel.mouse.move(0, 0);
});
afterAll(async () => h?.close());

/** Each element that is missing, below or beside the panel's viewport, covered, or cut by an ancestor. */
function outOfView(checks: [string, string, number][]): string[] {
  const problems: string[] = [];
  for (const [what, selector, count] of checks) {
    const found = [...document.querySelectorAll<HTMLElement>(selector)];
    if (found.length !== count) problems.push(`${what}: ${found.length} found, ${count} expected`);
    found.forEach((el, i) => {
      const name = count > 1 ? `${what} ${i + 1}` : what;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return void problems.push(`${name}: not shown`);
      if (box.top < 0 || box.bottom > innerHeight)
        problems.push(`${name}: from ${Math.round(box.top)} to ${Math.round(box.bottom)} px, the viewport is ${innerHeight} px high`);
      if (box.left < 0 || box.right > document.documentElement.clientWidth)
        problems.push(
          `${name}: from ${Math.round(box.left)} to ${Math.round(box.right)} px across, the viewport is ${document.documentElement.clientWidth} px wide`,
        );
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${name}: its content is cut (${el.scrollWidth} px in ${el.clientWidth} px)`);
      for (let parent = el.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflow === 'visible') continue;
        const clip = parent.getBoundingClientRect();
        if (box.top < clip.top - 1 || box.bottom > clip.bottom + 1 || box.left < clip.left - 1 || box.right > clip.right + 1)
          problems.push(`${name}: cut by ${parent.tagName.toLowerCase()}.${parent.className}`);
      }
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      if (top && !el.contains(top) && !top.contains(el)) problems.push(`${name}: covered by ${top.tagName.toLowerCase()}.${top.className}`);
    });
  }
  return problems;
}

describe('the panel at 1280×720', () => {
  it.each(['light', 'dark'] as const)(
    'shows the name, kind, note, closing toward, readiness, the six criteria and the next follow-up without scrolling (%s)',
    async (scheme) => {
      await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      expect(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      await panel.evaluate(() => scrollTo(0, 0));
      expect(await panel.evaluate(outOfView, IN_VIEW)).toEqual([]);
      await panel.screenshot({ path: `${SHOTS}/panel-${scheme}.png` });
    },
  );

  it('is drawn in a dark palette when the system is dark', async () => {
    const background = async (scheme: 'light' | 'dark') => {
      await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      return panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    expect(await background('dark')).not.toBe(await background('light'));
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  });

  it('is pictured beside the CRM page, and the options and welcome pages on their own', async () => {
    await page.bringToFront();
    await composeSideBySide(h.browser, page, panel, `${SHOTS}/panel-beside-crm.png`);
    const pages: [file: string, ready: string][] = [
      ['options.html', 'input[name="domain"]'],
      ['welcome.html', 'main h1'],
    ];
    for (const [file, ready] of pages) {
      const tab = await h.browser.newPage();
      await tab.goto(`chrome-extension://${h.extensionId}/${file}`);
      await tab.waitForSelector(ready);
      await tab.screenshot({ path: `${SHOTS}/${file.replace('.html', '')}.png`, fullPage: true });
      await tab.close();
    }
  });
});
