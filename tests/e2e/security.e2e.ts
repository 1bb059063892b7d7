import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SF, readExtensionDb, startHarness, tabIdOf, tabRecord, waitForRecord, type Harness } from './harness';
import { waitUntil } from './tabs';

const HOSTILE = 'https://banner.example.test/offer';
const CONTROL = 'https://partner.example.test/control';
const OUR_PAGES = ['sidepanel.html', 'options.html', 'dashboard.html', 'welcome.html'];

const LEAD = `${SF}/lightning/r/Lead/00Q5g00000AbCdEEAV/view`;
const LEAD_KEY = 'salesforce:acme:lead:00Q5g00000AbCdEEAV';
const FAKES = 150;
/** A 15-character lead id per number: the recognizer accepts these and makes an 18-character key. */
const fakeId = (i: number) => `00Q5g${String(i).padStart(10, '0')}`;

let extensionId = '';
/** A page on another site that tries to load each page of ours in a frame, beside a control frame. */
function hostilePage(): string {
  const ours = OUR_PAGES.map((file) => `<iframe title="${file}" src="chrome-extension://${extensionId}/${file}"></iframe>`).join('\n');
  return `<!doctype html><title>Special offer</title><h1>Dismiss this banner</h1>${ours}\n<iframe title="control" src="${CONTROL}"></iframe>`;
}
const extraPage = (host: string, url: string) => {
  if (`https://${host}${url}` === HOSTILE) return hostilePage();
  if (`https://${host}${url}` === CONTROL) return '<!doctype html><title>Control</title><p>A framed page that loads.</p>';
  return undefined;
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ extraPage });
  extensionId = h.extensionId;
});
afterAll(async () => h?.close());

/** What a frame shows, read from inside it ('' when the browser gives no access). */
const titleOf = (frame: Frame) => frame.evaluate(() => document.title).catch(() => '');

interface StoredRecordRow {
  key: string;
  name?: string;
}

describe('a hostile page', () => {
  it('cannot load any page of ours in a frame, while an ordinary framed page loads', async () => {
    const page = await h.browser.newPage();
    const earlier = new Set(h.browser.targets());
    await page.goto(HOSTILE);
    // The control frame is on another site: its frame may attach a moment after the load.
    const control = await page.waitForFrame((f) => f.url() === CONTROL, { timeout: 5000 });
    await control.waitForFunction(() => document.title === 'Control');
    await waitUntil(async () => page.mainFrame().childFrames().length === OUR_PAGES.length + 1, 'every frame is attached');
    const frames = page.mainFrame().childFrames();

    const urls = page.frames().map((f) => f.url());
    expect(urls.filter((u) => u.startsWith('chrome-extension://'))).toEqual([]);
    // Each frame of ours is the browser's error page: the load was blocked.
    const ours = frames.filter((f) => f.url() !== CONTROL);
    expect(ours.map((f) => f.url())).toEqual(OUR_PAGES.map(() => 'chrome-error://chromewebdata/'));
    for (const frame of ours) expect(await titleOf(frame)).not.toMatch(/Closeward/);
    // No document of ours was started for the page (the welcome tab that opens at install is
    // a tab of its own, not in this page).
    const ourTargets = h.browser
      .targets()
      .filter((t) => !earlier.has(t) && t.url().startsWith(`chrome-extension://${extensionId}/`))
      .filter((t) => !(t.type() === 'page' && t.url().endsWith('/welcome.html') && t.opener() === undefined));
    expect(ourTargets.map((t) => t.url())).toEqual([]);
    await page.close();
  });

  it('cannot make us store records by navigating: 150 fake leads leave stored records unchanged and the visits bounded', async () => {
    const page = await h.browser.newPage();
    await page.goto(LEAD);
    const panel = await h.panel(page);
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    // The rep's own write makes a stored record.
    await panel.click('[data-criterion="timing"] .cw-criterion-row');
    await panel.type('[data-criterion="timing"] textarea.cw-evidence', 'Signs before the end of the quarter');
    await waitUntil(async () => (await readExtensionDb<StoredRecordRow>(h, 'records')).some((r) => r.key === LEAD_KEY), 'the lead is stored');
    await waitUntil(async () => (await panel.$eval('[data-testid="save-status"]', (e) => e.textContent)) === 'Saved on this computer', 'the edit is saved');
    const before = await readExtensionDb<StoredRecordRow>(h, 'records');
    const visitsBefore = (await readExtensionDb<{ key: string }>(h, 'visits')).length;

    // The page's own script: a new lead every few milliseconds, named by the script, and the
    // real lead renamed through the title on the way.
    await page.evaluate(
      async (count, leadPath) => {
        const pause = () => new Promise((r) => setTimeout(r, 15));
        for (let i = 0; i < count; i++) {
          history.pushState({}, '', `/lightning/r/Lead/00Q5g${String(i).padStart(10, '0')}/view`);
          document.title = `Planted ${i} | Lead | Salesforce`;
          await pause();
          if (i === count / 2) {
            history.pushState({}, '', leadPath);
            document.title = 'Renamed by the page | Lead | Salesforce';
            await pause();
          }
        }
      },
      FAKES,
      new URL(LEAD).pathname,
    );
    // The extension followed the page to its last fake lead.
    const tabId = await tabIdOf(h, page);
    await expect
      .poll(async () => ((await tabRecord(h, tabId)) as { recordId?: string } | null)?.recordId?.slice(0, 15), { timeout: 10_000 })
      .toBe(fakeId(FAKES - 1));
    const lastKey = ((await tabRecord(h, tabId)) as { key: string }).key;
    await waitForRecord(panel, lastKey, `Planted ${FAKES - 1}`);
    await expect.poll(async () => (await readExtensionDb<{ key: string }>(h, 'visits')).some((v) => v.key === lastKey), { timeout: 5000 }).toBe(true);

    expect(await readExtensionDb<StoredRecordRow>(h, 'records')).toEqual(before);
    const visits = await readExtensionDb<{ key: string }>(h, 'visits');
    expect(visits.length).toBeGreaterThan(visitsBefore);
    expect(visits.length).toBeLessThanOrEqual(1000);
    await page.close();
  });
});
