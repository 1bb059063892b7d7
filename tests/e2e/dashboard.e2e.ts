import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SF, readExtensionDb, startHarness, waitForRecord, type Harness } from './harness';
import { waitUntil } from './tabs';

const KEY = 'salesforce:acme:opportunity:0065g00000XyZ12AAF';
const EVIDENCE = '=HYPERLINK("http://x") said the VP';

interface StoredChecklist {
  recordKey: string;
  answers: { criterionId: string; status: string; evidence: string }[];
}

let h: Harness;
let dashboard: Page;
let browserSession: CDPSession;
let jsonExport: string;
const files = mkdtempSync(join(tmpdir(), 'closeward-files-'));

beforeAll(async () => {
  h = await startHarness();
  const page = await h.browser.newPage();
  await page.goto(`${SF}/lightning/r/Opportunity/0065g00000XyZ12AAF/view`);
  const panel = await h.panel(page);
  await waitForRecord(panel, KEY, 'Northwind Renewal 2027');
  await panel.click('[data-criterion="authority"] .cw-criterion-row');
  await panel.click('[data-criterion="authority"] input[value="confirmed"]');
  await panel.type('[data-criterion="authority"] textarea.cw-evidence', EVIDENCE);
  await waitUntil(async () => {
    const answer = (await readExtensionDb<StoredChecklist>(h, 'checklists'))
      .find((r) => r.recordKey === KEY)
      ?.answers.find((a) => a.criterionId === 'authority');
    return answer?.status === 'confirmed' && answer.evidence === EVIDENCE;
  }, 'the answer is stored');
  // Downloads land in `files`, each named by its id.
  browserSession = await h.browser.target().createCDPSession();
  await browserSession.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: files, eventsEnabled: true });
  dashboard = await h.browser.newPage();
  await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
  await dashboard.waitForSelector('#restore-file');
});
afterAll(async () => h?.close());

/** Clicks the button with this text and resolves to the text of the file it downloads. */
async function download(label: string): Promise<string> {
  const done = new Promise<string>((resolve, reject) => {
    const onProgress = (event: { guid: string; state: string }) => {
      if (event.state === 'inProgress') return;
      browserSession.off('Browser.downloadProgress', onProgress);
      if (event.state === 'completed') resolve(readFileSync(join(files, event.guid), 'utf8'));
      else reject(new Error(`The download of "${label}" was ${event.state}.`));
    };
    browserSession.on('Browser.downloadProgress', onProgress);
  });
  const [button] = await dashboard.$$(`::-p-xpath(//button[normalize-space()='${label}'])`);
  if (!button) throw new Error(`No button "${label}".`);
  await button.click();
  return done;
}

/** Chooses a file in a file input, as the rep picking it in the file dialog. */
async function choose(selector: string, ...named: [name: string, text: string][]): Promise<void> {
  const paths = named.map(([name, text]) => {
    const path = join(mkdtempSync(join(files, 'upload-')), name);
    writeFileSync(path, text);
    return path;
  });
  const input = (await dashboard.$(selector)) as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error(`No file input ${selector}.`);
  await input.uploadFile(...paths);
}

const messageText = (selector: string) => dashboard.$eval(selector, (e) => e.textContent ?? '');

describe('the team report page, in Chromium with the built extension', () => {
  it('exports a CSV with a header row and the record, opening cleanly in a spreadsheet', async () => {
    const csv = await download('Export my data as CSV');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).split('\r\n').filter(Boolean);
    expect(header).toMatch(/^Rep,CRM,Kind,Record/);
    const row = rows.find((r) => r.includes('Northwind Renewal 2027'));
    expect(row).toMatch(/salesforce,opportunity/);
    expect(row).toContain('Confirmed');
  });

  it('exports JSON that restores, and refuses a malformed file without changing anything', async () => {
    jsonExport = await download('Export my data as JSON');
    const parsed = JSON.parse(jsonExport);
    expect(parsed.format).toBe('closeward-export');
    expect(parsed.criteria).toContainEqual(expect.objectContaining({ recordKey: KEY, criterionId: 'authority', status: 'confirmed' }));

    const before = await readExtensionDb(h, 'checklists');
    const broken = { ...parsed, criteria: [{ ...parsed.criteria[0], status: 'maybe' }] };
    await choose('#restore-file', ['broken.json', JSON.stringify(broken)]);
    await dashboard.waitForSelector('[role="alert"]:not(:empty)');
    expect(await messageText('[role="alert"]')).toMatch(/criteria/);
    expect(await readExtensionDb(h, 'checklists')).toEqual(before);

    await choose('#restore-file', ['backup.json', jsonExport]);
    await dashboard.waitForFunction(() => document.querySelector('.cw-ok')?.textContent?.startsWith('Merged the backup'), { timeout: 10_000 });
    expect(await readExtensionDb(h, 'checklists')).toEqual(before);
  });

  it("rolls up a rep's export into the team view", async () => {
    await choose('#team-files', ['rep.json', jsonExport]);
    await dashboard.waitForSelector('[data-testid="rollup-summary"]', { timeout: 10_000 });
    expect(await messageText('[data-testid="rollup-summary"]')).toMatch(/1 rep/);
  });
});
