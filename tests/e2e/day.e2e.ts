import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HS, SF, startHarness, tabIdOf, tabRecord, waitForNoRecord, waitForRecord, type Harness } from './harness';

/** The panel's marks of the day view reaching its DOM, in order: `kept` for the first paint's picture. */
const dayMarks = (p: Page) =>
  p.evaluate(() => performance.getEntriesByName('closeward:day-shown').map((m) => ({ at: m.startTime, kept: (m as PerformanceMark).detail?.kept === true })));

const LEAD = `${SF}/lightning/r/Lead/00Q5g00000AbCdEEAV/view`;
const LEAD_KEY = 'salesforce:acme:lead:00Q5g00000AbCdEEAV';
const LIST = `${SF}/lightning/o/Lead/list`;
const DEALS = `${HS}/contacts/4411223/objects/0-3/views/all/list`;

let h: Harness;
let page: Page;
let panel: Page;

/** A lead the rep saw and answered "not now", due yesterday: written straight into the database. */
async function seedNotNowDueYesterday(): Promise<void> {
  const worker = await h.worker();
  await worker.evaluate(
    (key, url) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('closeward');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const now = Date.now();
          const yesterday = now - 24 * 3600_000;
          const identity = { key, crm: 'salesforce', instance: 'acme', kind: 'lead', recordId: '00Q5g00000AbCdEEAV', url, name: 'Jane Doe' };
          const tx = open.result.transaction(['records', 'visits', 'conversations', 'followUps'], 'readwrite');
          tx.objectStore('visits').put({ ...identity, firstSeen: now - 30 * 86400_000, lastVisited: now - 86400_000 });
          tx.objectStore('records').put({
            ...identity,
            firstSeen: now - 30 * 86400_000,
            lastVisited: now - 86400_000,
            nextMicroConversion: 'Budget call with the CFO',
            callPurpose: '',
            targetDate: '',
            source: '',
            problems: [],
            fieldTimes: {},
          });
          tx.objectStore('conversations').put({
            id: 'c1',
            recordKey: key,
            at: now - 14 * 86400_000,
            loggedAt: now - 14 * 86400_000,
            outcome: { kind: 'notNow', followUpAt: yesterday, reason: 'Budget frozen until the board meets' },
            noteToFutureSelf: 'Ask whether the board approved the budget',
          });
          tx.objectStore('followUps').put({
            id: 'f1',
            recordKey: key,
            dueAt: yesterday,
            reason: 'Budget frozen until the board meets',
            status: 'open',
            conversationId: 'c1',
            createdAt: now - 14 * 86400_000,
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    LEAD_KEY,
    LEAD,
  );
}

const badge = async () => (await h.worker()).evaluate(() => chrome.action.getBadgeText({}));

beforeAll(async () => {
  h = await startHarness();
  page = await h.browser.newPage();
  await page.goto(LIST);
  await seedNotNowDueYesterday();
  // The panel, opened after the write, counts and lists what is due.
  panel = await h.panel(page);
});
afterAll(async () => h?.close());

describe("the rep's day", () => {
  it('shows a "not now" due yesterday on the toolbar badge and in the day view of a tab without a record', async () => {
    const tabId = await tabIdOf(h, page);
    // The content script ran on this list view and said it shows no record.
    await expect.poll(() => tabRecord(h, tabId), { timeout: 5000 }).toBeNull();
    await waitForNoRecord(panel);
    await expect.poll(badge, { timeout: 5000 }).toBe('1');
    const row = await panel.waitForSelector('[data-testid="day-row"][data-id="f1"]');
    const text = await row!.evaluate((el) => el.textContent ?? '');
    expect(text).toContain('Jane Doe');
    expect(text).toContain('Budget frozen until the board meets');
    expect(text).toContain('Budget call with the CFO');
    expect(text).toContain('Ask whether the board approved the budget');
    expect(await panel.$eval('[data-part="overdue"] h2', (el) => el.textContent)).toContain('1 follow-up');
  });

  it('finds a record by part of its name, from the keyboard', async () => {
    await panel.keyboard.press('/');
    await panel.keyboard.type('jane');
    await panel.waitForSelector('#cw-search-hits [role="option"]');
    expect(await panel.$$eval('#cw-search-hits [role="option"] .cw-day-name', (els) => els.map((e) => e.textContent))).toEqual(['Jane Doe']);
    await panel.keyboard.press('Escape');
  });

  it('opens the record from its row in a new tab when no tab shows it, and the panel shows its card', async () => {
    const opened = new Promise<Page>((resolve) => h.browser.once('targetcreated', (t) => void t.page().then((p) => p && resolve(p))));
    await panel.click('[data-testid="day-row"][data-id="f1"] .cw-day-name');
    const tab = await opened;
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    expect(tab.url()).toBe(LEAD);
    // Back on the list view's tab, the day is shown again.
    await page.bringToFront();
    await waitForNoRecord(panel);
    // Now a tab is on the record: the row brings it forward instead of opening another.
    const pagesBefore = (await h.browser.pages()).length;
    await panel.click('[data-testid="day-row"][data-id="f1"] .cw-day-name');
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    expect((await h.browser.pages()).length).toBe(pagesBefore);
    expect(await tab.evaluate(() => document.visibilityState)).toBe('visible');
    await page.bringToFront();
    await waitForNoRecord(panel);
  });

  it('clears the follow-up from the day and the badge with Done', async () => {
    await page.goto(DEALS);
    await waitForNoRecord(panel);
    await panel.click('[data-testid="day-row"][data-id="f1"] button[aria-label="Done: Jane Doe"]');
    await panel.waitForFunction(() => !document.querySelector('[data-testid="day-row"][data-id="f1"]'));
    await expect.poll(badge, { timeout: 5000 }).toBe('');
    expect(await panel.$('[data-testid="day-empty"]')).not.toBeNull();
  });

  it('keeps the day it showed when closed; opened again today, its first paint may show that picture until its code has drawn the day', async () => {
    await page.bringToFront();
    await waitForNoRecord(panel);
    await panel.close();
    panel = await h.panel(page);
    // What the closed panel kept: the day as it showed it (its first paint shows it when the
    // active tab's answer comes before the panel's code; tests/components/first-paint.test.tsx).
    const kept = await panel.evaluate(() => JSON.parse(localStorage.getItem('closeward:day-view') ?? 'null') as { html: string } | null);
    expect(kept?.html).toContain('data-testid="day-empty"');
    // Without what the first render cannot show yet (the records opened recently, shown live).
    expect(await panel.$('.cw-recent')).not.toBeNull();
    expect(kept?.html).not.toContain('cw-recent');
    // The first look ran before the panel's code and found no record on this tab.
    const look = await panel.evaluate(
      () => (performance.getEntriesByName('closeward:first-look')[0] as PerformanceMark | undefined)?.detail as { record: boolean } | undefined,
    );
    expect(look).toEqual({ record: false });
    const marks = await dayMarks(panel);
    const live = marks.filter((m) => !m.kept);
    expect(live).toHaveLength(1);
    expect(marks.filter((m) => m.kept).every((m) => m.at < live[0]!.at)).toBe(true);
    // The live view is in place and takes input.
    expect(await panel.$eval('#app', (el) => (el as HTMLElement).inert)).toBe(false);
    expect(await panel.$('[data-testid="day-empty"]')).not.toBeNull();
    await panel.keyboard.press('/');
    await panel.keyboard.type('jane');
    await panel.waitForSelector('#cw-search-hits [role="option"]');
    await panel.keyboard.press('Escape');
  });

  it("opened on a record's tab, shows its card and never the day first", async () => {
    await panel.close();
    // The row opened the lead in a tab of its own earlier: this test's tab is to be the only one.
    for (const other of await h.browser.pages()) if (other !== page && other.url() === LEAD) await other.close();
    await page.goto(LEAD);
    const tabId = await tabIdOf(h, page);
    await expect.poll(() => tabRecord(h, tabId), { timeout: 5000 }).toMatchObject({ key: LEAD_KEY });
    panel = await h.panel(page);
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    expect(await dayMarks(panel)).toEqual([]);
    expect(await panel.$('[data-testid="no-record"]')).toBeNull();
  });

  it("opens in the rep's theme, and a picture kept in another theme gives way to it", async () => {
    const setTheme = async (theme: string) =>
      (await h.worker()).evaluate(
        (value) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('closeward');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('settings', 'readwrite');
              tx.objectStore('settings').put({ key: 'theme', value, updatedAt: Date.now() });
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        theme,
      );
    const theme = () => panel.evaluate(() => document.documentElement.dataset.theme ?? 'system');
    await panel.close();
    await page.goto(LIST);
    await setTheme('dark');
    panel = await h.panel(page);
    await waitForNoRecord(panel);
    await expect.poll(theme, { timeout: 5000 }).toBe('dark');
    // Closed in the dark theme: the picture kept is dark. The rep goes back to the system's
    // theme elsewhere (the options page) before opening the panel again.
    await panel.close();
    await setTheme('system');
    panel = await h.panel(page);
    await expect.poll(theme, { timeout: 5000 }).toBe('system');
  });
});
