import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SF, readExtensionDb, sidebarFrame, startHarness, waitForRecord, type Harness } from './harness';

const KEY = 'salesforce:acme:opportunity:0065g00000XyZ12AAF';

let h: Harness;
let dashboard: Page;
let jsonExport: string;
beforeAll(async () => {
  h = await startHarness();
  const page = await h.context.newPage();
  await page.goto(`${SF}/lightning/r/Opportunity/0065g00000XyZ12AAF/view`);
  const frame = await sidebarFrame(page);
  await waitForRecord(frame, KEY, 'Northwind Renewal 2027');
  await frame.selectOption('[data-criterion="authority"] select.cw-status', 'confirmed');
  await frame.fill('[data-criterion="authority"] textarea.cw-evidence', '=HYPERLINK("http://x") said the VP');
  await frame.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved on this computer');
  await page.close();
  dashboard = await h.context.newPage();
  await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
});
afterAll(async () => h?.close());

async function download(label: string): Promise<string> {
  const [file] = await Promise.all([dashboard.waitForEvent('download'), dashboard.click(`button:text("${label}")`)]);
  return readFileSync((await file.path())!, 'utf8');
}

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

    const before = await readExtensionDb(h.worker, 'checklists');
    const broken = { ...parsed, criteria: [{ ...parsed.criteria[0], status: 'maybe' }] };
    await dashboard.setInputFiles('#restore-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = await dashboard.waitForSelector('[role="alert"]:not(:empty)');
    expect(await alert.textContent()).toMatch(/criteria/);
    expect(await readExtensionDb(h.worker, 'checklists')).toEqual(before);

    await dashboard.setInputFiles('#restore-file', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(jsonExport) });
    await dashboard.waitForSelector('.cw-ok:not(:empty)');
    expect(await readExtensionDb(h.worker, 'checklists')).toEqual(before);
  });

  it('rolls up a rep\'s export into the team view', async () => {
    await dashboard.setInputFiles('#team-files', [{ name: 'rep.json', mimeType: 'application/json', buffer: Buffer.from(jsonExport) }]);
    const summary = await dashboard.waitForSelector('[data-testid="rollup-summary"]');
    expect(await summary.textContent()).toMatch(/1 rep/);
  });
});
