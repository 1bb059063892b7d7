import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { SF, sidebarFrame, startHarness, waitForRecord, type Harness } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core run inside a frame; returns violations of serious or critical impact. */
async function seriousViolations(target: Frame | Page): Promise<string[]> {
  await target.evaluate(AXE);
  const violations = await target.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await h.context.newPage();
});
afterAll(async () => h?.close());

describe('accessibility (axe-core)', () => {
  it.each(['light', 'dark'] as const)('the sidebar with the conversation form open has no serious violations (%s)', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${SF}/lightning/r/Contact/0035g00000ZzZzZAAV/view`);
    const frame = await sidebarFrame(page);
    await waitForRecord(frame, 'salesforce:acme:contact:0035g00000ZzZzZAAV', 'Priya Raman');
    await frame.click('button:text("Log a conversation")');
    expect(await seriousViolations(frame)).toEqual([]);
  });

  it('every control in the sidebar is reachable with Tab and shows focus', async () => {
    await page.goto(`${SF}/lightning/r/Contact/0035g00000ZzZzZAAV/view`);
    const frame = await sidebarFrame(page);
    await frame.focus('button[aria-label^="Collapse"]');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await frame.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { id: el.id || el.textContent?.trim().slice(0, 30) || el.tagName, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      if (!focused) continue;
      expect(focused.outline, `no visible focus on ${focused.id}`).toBe(true);
      seen.add(focused.id);
    }
    expect(seen.has('cw-status-budget')).toBe(true);
    expect(seen.has('cw-evidence-budget')).toBe(true);
  });

  it('the options page has no serious violations', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.waitForSelector('input[name="domain"]');
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });
});
