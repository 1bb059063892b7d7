import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { SF, readExtensionDb, sidebarFrame, startHarness, waitForRecord, type Harness } from './harness';

const LEAD = `${SF}/lightning/r/Lead/00Q5g00000LmNoPEAV/view`;
const KEY = 'salesforce:acme:lead:00Q5g00000LmNoPEAV';
const DAY = 86_400_000;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function openLead(page: Page): Promise<Frame> {
  await page.goto(LEAD);
  const frame = await sidebarFrame(page);
  await waitForRecord(frame, KEY, 'Omar Haddad');
  return frame;
}

const saved = (frame: Frame) =>
  frame.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved on this computer');

describe('the sales workflow, in Chromium with the built extension', () => {
  it('logs a "not now" with a dated follow-up and a note to future self, shown first after a reload', async () => {
    const page = await h.context.newPage();
    let frame = await openLead(page);
    await frame.click('button:text("Log a conversation")');
    await frame.check('input[name="cw-outcome"][value="notNow"]');
    await frame.selectOption('#cw-log-preset', 'date');
    const due = new Date(Date.now() + 45 * DAY).toISOString().slice(0, 10);
    await frame.fill('#cw-log-follow-date', due);
    await frame.fill('#cw-log-why', 'Budget frozen until the new fiscal year');
    await frame.fill('#cw-log-note', 'Open with the Q1 budget; ask who signs above 20k; pain: manual dispatch');
    await frame.click('button:text("Save conversation")');
    await frame.waitForSelector('[data-testid="note-to-future-self"]');

    await page.reload();
    frame = await sidebarFrame(page);
    await waitForRecord(frame, KEY, 'Omar Haddad');
    // The note is the first thing under the header.
    const firstSection = await frame.$eval('main.cw-sidebar > header + .cw-panel > :first-child', (el) => el.getAttribute('data-testid'));
    expect(firstSection).toBe('note-to-future-self');
    expect(await frame.textContent('[data-testid="note-to-future-self"]')).toContain('ask who signs above 20k');
    expect(await frame.textContent('[data-testid="follow-up"]')).toContain('Budget frozen');
    // The README's screenshot comes from here (copied from .tmp/ to docs/sidebar.png).
    mkdirSync('.tmp', { recursive: true });
    await page.screenshot({ path: '.tmp/sidebar-after-not-now.png' });

    const followUps = await readExtensionDb<{ recordKey: string; dueAt: number; status: string }>(h.worker, 'followUps');
    const mine = followUps.filter((f) => f.recordKey === KEY);
    expect(mine).toHaveLength(1);
    expect(new Date(mine[0]!.dueAt).toISOString().slice(0, 10) <= due).toBe(true);
    expect(mine[0]!.dueAt).toBeGreaterThan(Date.now() + 44 * DAY);
    expect(mine[0]!.status).toBe('open');
    await page.close();
  });

  it('keeps both edits when two tabs on one record change different fields at once', async () => {
    const [a, b] = [await h.context.newPage(), await h.context.newPage()];
    const [fa, fb] = [await openLead(a), await openLead(b)];
    await fa.click('summary:text("Plan the next call")');
    await fb.click('summary:text("Plan the next call")');
    // Same rows, different fields, typed within one debounce window of each other:
    // neither write may undo the other.
    await fa.fill('[data-criterion="budget"] textarea.cw-evidence', 'Tab A: 40k approved by the CFO');
    await fb.selectOption('[data-criterion="budget"] select.cw-status', 'atRisk');
    await fa.fill('#cw-next-mc', 'Tab A: a second meeting with the CFO');
    await fb.fill('#cw-purpose', 'Tab B: agree on a pilot scope');
    await Promise.all([saved(fa), saved(fb)]);

    // Each tab sees the other's edit live, without a reload.
    await fb.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('[data-criterion="budget"] textarea.cw-evidence')?.value === 'Tab A: 40k approved by the CFO',
    );
    await fa.waitForFunction(() => document.querySelector('[data-testid="call-purpose"]')?.textContent?.includes('Tab B: agree on a pilot scope'));

    const c = await h.context.newPage();
    const fc = await openLead(c);
    expect(await fc.inputValue('[data-criterion="budget"] textarea.cw-evidence')).toBe('Tab A: 40k approved by the CFO');
    expect(await fc.inputValue('[data-criterion="budget"] select.cw-status')).toBe('atRisk');
    expect(await fc.textContent('[data-testid="call-purpose"]')).toContain('Tab B: agree on a pilot scope');
    expect(await fc.textContent('[data-testid="closing-toward"]')).toContain('Tab A: a second meeting with the CFO');
    await Promise.all([a.close(), b.close(), c.close()]);
  });
});
