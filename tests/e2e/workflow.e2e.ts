import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SF, fill, readExtensionDb, startHarness, waitForRecord, type Harness } from './harness';
import { openPanelInWindow, openWindow, windowIdOf } from './windows';

const LEAD = `${SF}/lightning/r/Lead/00Q5g00000LmNoPEAV/view`;
const KEY = 'salesforce:acme:lead:00Q5g00000LmNoPEAV';
const DAY = 86_400_000;

let h: Harness;
let page: Page;
let panel: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await h.browser.newPage();
  await page.goto(LEAD);
  panel = await h.panel(page);
  await waitForRecord(panel, KEY, 'Omar Haddad');
});
afterAll(async () => h?.close());

/** Sets a date field as the browser's date picker would (its typed form depends on the locale). */
const pickDate = (p: Page, selector: string, isoDate: string) =>
  p.$eval(
    selector,
    (el, value) => {
      (el as HTMLInputElement).value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    isoDate,
  );

interface StoredAnswer {
  criterionId: string;
  status: string;
  evidence: string;
}

describe('the sales workflow, in the side panel', () => {
  it('logs a "not now" with a dated follow-up and a note to future self, shown first after a reload', async () => {
    await panel.click('button.cw-log-open');
    await panel.click('input[name="cw-outcome"][value="notNow"]');
    await panel.select('#cw-log-preset', 'date');
    const due = new Date(Date.now() + 45 * DAY).toISOString().slice(0, 10);
    await panel.waitForSelector('#cw-log-follow-date');
    await pickDate(panel, '#cw-log-follow-date', due);
    await fill(panel, '#cw-log-why', 'Budget frozen until the new fiscal year');
    await fill(panel, '#cw-log-note', 'Open with the Q1 budget; ask who signs above 20k; pain: manual dispatch');
    await panel.click('form.cw-log button[type="submit"]');
    await panel.waitForSelector('[data-testid="note-to-future-self"]', { timeout: 10_000 });

    await page.reload();
    await waitForRecord(panel, KEY, 'Omar Haddad');
    // The note is the first thing on the record's card.
    const firstSection = await panel.$eval('main.cw-sidebar > .cw-panel > :first-child', (el) => el.getAttribute('data-testid'));
    expect(firstSection).toBe('note-to-future-self');
    expect(await panel.$eval('[data-testid="note-to-future-self"]', (e) => e.textContent)).toContain('ask who signs above 20k');
    expect(await panel.$eval('[data-testid="follow-up"]', (e) => e.textContent)).toContain('Budget frozen');

    const followUps = await readExtensionDb<{ recordKey: string; dueAt: number; status: string }>(h, 'followUps');
    const mine = followUps.filter((f) => f.recordKey === KEY);
    expect(mine).toHaveLength(1);
    expect(new Date(mine[0]!.dueAt).toISOString().slice(0, 10) <= due).toBe(true);
    expect(mine[0]!.dueAt).toBeGreaterThan(Date.now() + 44 * DAY);
    expect(mine[0]!.status).toBe('open');
  });

  it("keeps both edits when two windows on one record change different fields at once, each seeing the other's live", async () => {
    const other = await openWindow(h, LEAD);
    const otherPanel = await openPanelInWindow(h, other);
    expect(await windowIdOf(otherPanel)).not.toBe(await windowIdOf(panel));
    await waitForRecord(otherPanel, KEY, 'Omar Haddad');

    const [a, b] = [panel, otherPanel];
    await Promise.all([a.click('[data-criterion="budget"] .cw-criterion-row'), b.click('[data-criterion="budget"] .cw-criterion-row')]);
    await Promise.all([a.click('.cw-plan > summary'), b.click('.cw-plan > summary')]);
    await Promise.all([a.waitForSelector('#cw-next-mc', { visible: true }), b.waitForSelector('#cw-purpose', { visible: true })]);
    // Same rows, different fields, typed at the same time: neither write may undo the other.
    await Promise.all([
      a.type('[data-criterion="budget"] textarea.cw-evidence', 'Window A: 40k approved by the CFO'),
      b.click('[data-criterion="budget"] input[value="atRisk"]'),
    ]);
    await Promise.all([a.type('#cw-next-mc', 'Window A: a second meeting with the CFO'), b.type('#cw-purpose', 'Window B: agree on a pilot scope')]);

    // Each panel shows the other's edit without a reload.
    await b.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('[data-criterion="budget"] textarea.cw-evidence')?.value === 'Window A: 40k approved by the CFO',
      { timeout: 10_000 },
    );
    await b.waitForFunction(() => document.querySelector('[data-testid="closing-toward"]')?.textContent?.includes('Window A: a second meeting with the CFO'), {
      timeout: 10_000,
    });
    await a.waitForFunction(() => document.querySelector('[data-criterion="budget"]')?.getAttribute('data-status') === 'atRisk', { timeout: 10_000 });
    await a.waitForFunction(() => document.querySelector('[data-testid="call-purpose"]')?.textContent?.includes('Window B: agree on a pilot scope'), {
      timeout: 10_000,
    });

    // Both are stored.
    await expect
      .poll(
        async () =>
          (await readExtensionDb<{ recordKey: string; answers: StoredAnswer[] }>(h, 'checklists'))
            .find((r) => r.recordKey === KEY)
            ?.answers.find((x) => x.criterionId === 'budget'),
        { timeout: 5000 },
      )
      .toMatchObject({ status: 'atRisk', evidence: 'Window A: 40k approved by the CFO' });
    await expect
      .poll(async () => (await readExtensionDb<{ key: string; nextMicroConversion: string; callPurpose: string }>(h, 'records')).find((r) => r.key === KEY), {
        timeout: 5000,
      })
      .toMatchObject({ nextMicroConversion: 'Window A: a second meeting with the CFO', callPurpose: 'Window B: agree on a pilot scope' });
    await other.close();
  });
});
