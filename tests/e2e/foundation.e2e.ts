import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HS, SF, readExtensionDb, rootAttributes, sidebarFrame, startHarness, waitForRecord, type Harness } from './harness';

const LEAD = `${SF}/lightning/r/Lead/00Q5g00000AbCdEEAV/view`;
const LEAD_KEY = 'salesforce:acme:lead:00Q5g00000AbCdEEAV';
const OPPORTUNITY_PATH = '/lightning/r/Opportunity/0065g00000XyZ12AAF/view';
const OPPORTUNITY_KEY = 'salesforce:acme:opportunity:0065g00000XyZ12AAF';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await h.context.newPage();
});
afterAll(async () => h?.close());

describe('foundation, in Chromium with the built extension', () => {
  it('shows the sidebar with the record name and the six criteria on a Salesforce lead', async () => {
    await page.goto(LEAD);
    expect(await rootAttributes(page)).toEqual({ crm: 'salesforce', kind: 'lead', key: LEAD_KEY });
    const frame = await sidebarFrame(page);
    await waitForRecord(frame, LEAD_KEY, 'Jane Doe');
    const criteria = await frame.$$eval('[data-criterion] .cw-criterion-label', (els) => els.map((e) => e.textContent));
    expect(criteria).toEqual(['Budget', 'Coach', 'Authority', 'Value fit', 'Timing', 'Competitors']);
    expect(await frame.textContent('[data-testid="completeness"]')).toContain('0 of 6');
  });

  it('keeps Budget confirmed with its evidence across a reload', async () => {
    await page.goto(LEAD);
    let frame = await sidebarFrame(page);
    await waitForRecord(frame, LEAD_KEY);
    await frame.selectOption('[data-criterion="budget"] select.cw-status', 'confirmed');
    await frame.fill('[data-criterion="budget"] textarea.cw-evidence', 'CFO confirmed €50k in the Q3 budget');
    await frame.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved on this computer');
    await page.reload();
    frame = await sidebarFrame(page);
    await waitForRecord(frame, LEAD_KEY);
    expect(await frame.inputValue('[data-criterion="budget"] select.cw-status')).toBe('confirmed');
    expect(await frame.inputValue('[data-criterion="budget"] textarea.cw-evidence')).toBe('CFO confirmed €50k in the Q3 budget');
    expect(await frame.textContent('[data-testid="completeness"]')).toContain('1 of 6');
  });

  it('follows the page\'s pushState and Back without a reload, and never adds history entries', async () => {
    await page.goto(LEAD);
    let frame = await sidebarFrame(page);
    await waitForRecord(frame, LEAD_KEY, 'Jane Doe');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const historyBefore = await page.evaluate(() => history.length);

    await page.evaluate((path) => document.querySelector<HTMLAnchorElement>(`nav a[href="${path}"]`)!.click(), OPPORTUNITY_PATH);
    await page.waitForFunction((key) => document.getElementById('closeward-root')?.dataset.recordKey === key, OPPORTUNITY_KEY);
    expect(await rootAttributes(page)).toMatchObject({ kind: 'opportunity' });
    frame = await sidebarFrame(page);
    await waitForRecord(frame, OPPORTUNITY_KEY, 'Northwind Renewal 2027');
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);

    await page.evaluate(() => history.back());
    await page.waitForFunction((key) => document.getElementById('closeward-root')?.dataset.recordKey === key, LEAD_KEY);
    expect(page.url()).toBe(LEAD);
    await waitForRecord(frame, LEAD_KEY, 'Jane Doe');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
  });

  it('reads ahead the record whose link the pointer rests on, for trusted pointers only', async () => {
    await page.goto(LEAD);
    const frame = await sidebarFrame(page);
    await waitForRecord(frame, LEAD_KEY, 'Jane Doe');
    const prefetched = () => frame.evaluate(() => performance.getEntriesByName('closeward:record-prefetched').map((m) => (m as PerformanceMark).detail.key as string));
    const link = `nav a[href="${OPPORTUNITY_PATH}"]`;
    // A page script's synthetic pointer and focus events make the sidebar read nothing.
    await page.evaluate((selector) => {
      const a = document.querySelector(selector)!;
      a.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      a.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    }, link);
    await page.waitForTimeout(300);
    expect(await prefetched()).not.toContain(OPPORTUNITY_KEY);
    // The rep's pointer resting on it: the record is read before any click.
    await page.hover(link);
    await frame.waitForFunction((key) => performance.getEntriesByName('closeward:record-prefetched').some((m) => (m as PerformanceMark).detail.key === key), OPPORTUNITY_KEY);
    await page.click(link);
    await waitForRecord(frame, OPPORTUNITY_KEY, 'Northwind Renewal 2027');
    await page.mouse.move(0, 0);
  });

  it('updates the record name when the SPA sets the title after navigating', async () => {
    await page.goto(LEAD);
    const frame = await sidebarFrame(page);
    await waitForRecord(frame, LEAD_KEY, 'Jane Doe');
    await page.evaluate(() => {
      history.pushState({}, '', '/lightning/r/Contact/0035g00000ZzZzZAAV/view');
      document.title = 'Loading…';
      setTimeout(() => (document.title = 'Priya Raman | Contact | Salesforce'), 200);
    });
    const key = 'salesforce:acme:contact:0035g00000ZzZzZAAV';
    await waitForRecord(frame, key);
    await waitForRecord(frame, key, 'Priya Raman');
  });

  it.each([
    ['a list view', `${SF}/lightning/o/Lead/list?filterName=00B5g00000Recent`],
    ['a setup page', `${SF}/lightning/setup/SetupOneHome/home`],
    ['another object type (a case)', `${SF}/lightning/r/Case/5005g00000AbCdEAAV/view`],
  ])('shows no sidebar on %s', async (_what, url) => {
    await page.goto(url);
    await page.waitForTimeout(300);
    expect(await page.$('#closeward-root')).toBeNull();
  });

  it('removes the sidebar when the page navigates in-app to a list view', async () => {
    await page.goto(LEAD);
    await sidebarFrame(page);
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('nav a[href="/lightning/o/Lead/list"]')!.click());
    await page.waitForFunction(() => !document.getElementById('closeward-root'));
  });

  it('keeps an edit when the tab is closed right after typing', async () => {
    const tab = await h.context.newPage();
    await tab.goto(LEAD);
    const frame = await sidebarFrame(tab);
    await waitForRecord(frame, LEAD_KEY);
    await frame.fill('[data-criterion="coach"] textarea.cw-evidence', 'Priya (IT) will walk us through procurement');
    await tab.close();
    await page.goto(LEAD);
    const again = await sidebarFrame(page);
    await waitForRecord(again, LEAD_KEY);
    await again.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('[data-criterion="coach"] textarea.cw-evidence')?.value === 'Priya (IT) will walk us through procurement',
    );
  });

  it('posts nothing to the CRM page\'s window: its scripts cannot tell from messages that Closeward runs', async () => {
    const spy = await h.context.newPage();
    await spy.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
    });
    await spy.goto(LEAD);
    const frame = await sidebarFrame(spy);
    await waitForRecord(frame, LEAD_KEY);
    await spy.waitForTimeout(300);
    expect(await spy.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    await spy.close();
  });

  it('takes the content script\'s direct lane, and the CRM page has no way to post to the sidebar\'s window', async () => {
    await page.goto(LEAD);
    const frame = await sidebarFrame(page);
    await waitForRecord(frame, LEAD_KEY, 'Jane Doe');
    await frame.waitForFunction(() => document.documentElement.dataset.hostLane === 'open');
    // The frame sits in a closed shadow root: not in window.frames, not found by any query,
    // so the page's scripts cannot even address it (the lane's nonce is a second lock; its
    // unit test tries a guessed nonce and a second port).
    expect(
      await page.evaluate(() => ({
        frames: window.frames.length,
        iframes: document.querySelectorAll('iframe').length,
        shadowRoot: document.getElementById('closeward-root')?.shadowRoot ?? null,
      })),
    ).toEqual({ frames: 0, iframes: 0, shadowRoot: null });
    // The lane carries the content script's messages: the next record arrives over it.
    await page.evaluate((path) => document.querySelector<HTMLAnchorElement>(`nav a[href="${path}"]`)!.click(), OPPORTUNITY_PATH);
    await waitForRecord(frame, OPPORTUNITY_KEY, 'Northwind Renewal 2027');
  });

  it('keeps the data in the extension origin, out of the CRM page\'s reach', async () => {
    await page.goto(LEAD);
    await sidebarFrame(page);
    const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(pageDatabases).not.toContain('closeward');
    const rows = await readExtensionDb<{ recordKey: string; answers: { criterionId: string; status: string; evidence: string }[] }>(h.worker, 'checklists');
    const lead = rows.find((row) => row.recordKey === LEAD_KEY);
    expect(lead?.answers).toContainEqual(expect.objectContaining({ criterionId: 'budget', status: 'confirmed', evidence: 'CFO confirmed €50k in the Q3 budget' }));
  });

  it('shows the sidebar on a HubSpot deal', async () => {
    await page.goto(`${HS}/contacts/4411223/record/0-3/918273645`);
    expect(await rootAttributes(page)).toEqual({ crm: 'hubspot', kind: 'opportunity', key: 'hubspot:4411223:opportunity:918273645' });
    const frame = await sidebarFrame(page);
    await waitForRecord(frame, 'hubspot:4411223:opportunity:918273645', 'Globex Expansion');
  });

  it('collapses to a handle and back, and remembers it across a reload', async () => {
    await page.goto(LEAD);
    let frame = await sidebarFrame(page);
    const width = () => page.evaluate(() => document.getElementById('closeward-root')!.getBoundingClientRect().width);
    expect(await width()).toBeGreaterThan(200);
    await frame.click('button[aria-label^="Collapse"]');
    await frame.waitForSelector('.cw-handle');
    await page.waitForFunction(() => document.getElementById('closeward-root')!.getBoundingClientRect().width < 50);
    await page.reload();
    frame = await sidebarFrame(page);
    await frame.waitForSelector('.cw-handle');
    expect(await width()).toBeLessThan(50);
    await frame.click('.cw-handle');
    await frame.waitForSelector('main.cw-sidebar');
    await page.waitForFunction(() => document.getElementById('closeward-root')!.getBoundingClientRect().width > 200);
  });

  it('collapses on Escape pressed inside the sidebar', async () => {
    await page.goto(LEAD);
    const frame = await sidebarFrame(page);
    await frame.focus('[data-criterion="budget"] textarea.cw-evidence');
    await page.keyboard.press('Escape');
    await frame.waitForSelector('.cw-handle');
    await frame.click('.cw-handle');
    await frame.waitForSelector('main.cw-sidebar');
  });

  it('collapses and expands on the keyboard command\'s message from the background', async () => {
    await page.goto(LEAD);
    const frame = await sidebarFrame(page);
    await page.bringToFront();
    const toggle = () =>
      h.worker.evaluate(async () => {
        // What the background's onCommand does for the toggle-sidebar command.
        const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
        const [tab] = await api.tabs.query({ active: true, currentWindow: true });
        await api.tabs.sendMessage(tab!.id!, { type: 'toggleSidebar' });
      });
    await toggle();
    await frame.waitForSelector('.cw-handle');
    await toggle();
    await frame.waitForSelector('main.cw-sidebar');
  });

  it('lets the rep drag the width, and remembers it', async () => {
    await page.goto(LEAD);
    await sidebarFrame(page);
    const box = await page.evaluate(() => {
      const r = document.getElementById('closeward-root')!.getBoundingClientRect();
      return { left: r.left, top: r.top, height: r.height };
    });
    await page.mouse.move(box.left, box.top + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.left - 100, box.top + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const dragged = await page.evaluate(() => document.getElementById('closeward-root')!.getBoundingClientRect().width);
    expect(dragged).toBeGreaterThan(420);
    await page.reload();
    await sidebarFrame(page);
    await page.waitForFunction((w) => Math.abs(document.getElementById('closeward-root')!.getBoundingClientRect().width - w) < 2, dragged);
  });
});
