import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { SF, startHarness, waitForRecord, type Harness } from './harness';

const LEAD = `${SF}/lightning/r/Lead/00Q5g00000AbCdEEAV/view`;
const LEAD_KEY = 'salesforce:acme:lead:00Q5g00000AbCdEEAV';
const REMOVED = ['Agree that change is needed', 'Build consensus with the buying team', 'Review the solution', 'Resolve concerns'];
const MEDDICC = ['Metrics', 'Economic buyer', 'Decision criteria', 'Decision process', 'Identify pain', 'Champion', 'Competition'];
const files = mkdtempSync(join(tmpdir(), 'closeward-playbook-'));

const harnesses: Harness[] = [];
afterAll(async () => {
  for (const h of harnesses) await h.close();
});

/** Presses the button with this text (with the keyboard: focus, then Enter). */
const press = async (page: Page, text: string) => {
  const [found] = await page.$$(`::-p-xpath(//button[normalize-space()='${text}'])`);
  if (!found) throw new Error(`No button "${text}".`);
  await found.focus();
  await page.keyboard.press('Enter');
};

async function optionsPage(h: Harness): Promise<Page> {
  const page = await h.browser.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.waitForSelector('[data-testid="template-editor"]');
  await page.bringToFront();
  return page;
}

describe("the team's playbook, from a lead's browser to a rep's", () => {
  let teamFile = '';

  it('lets a lead build a MEDDICC checklist and a 5-rung ladder, and save them as the team settings file', async () => {
    const lead = await startHarness();
    harnesses.push(lead);
    const options = await optionsPage(lead);
    await options.select('#template-choice', 'meddicc');
    await press(options, 'Make an editable copy of MEDDICC');
    await options.waitForFunction(() => document.querySelector<HTMLSelectElement>('#template-choice')?.selectedOptions[0]?.textContent?.includes('(yours)'));
    for (const rung of REMOVED) {
      await options.focus(`[data-testid="ladder-editor"] button[aria-label="Remove rung ${rung}"]`);
      await options.keyboard.press('Enter');
      await options.waitForFunction((name) => !document.querySelector(`[data-testid="ladder-editor"] button[aria-label="Remove rung ${name}"]`), {}, rung);
    }
    expect(await options.$$eval('[data-testid="ladder-editor"] button[aria-label^="Remove rung"]', (els) => els.length)).toBe(5);

    const session = await lead.browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: files, eventsEnabled: true });
    const saved = new Promise<string>((resolve, reject) => {
      session.on('Browser.downloadProgress', (event: { guid: string; state: string }) => {
        if (event.state === 'completed') resolve(readFileSync(join(files, event.guid), 'utf8'));
        else if (event.state === 'canceled') reject(new Error('The team settings file was not saved.'));
      });
    });
    await press(options, 'Save team settings file');
    teamFile = await saved;
    const parsed = JSON.parse(teamFile) as { template: { criteria: { name: string }[] }; ladder: unknown[] };
    expect(parsed.template.criteria.map((c) => c.name)).toEqual(MEDDICC);
    expect(parsed.ladder).toHaveLength(5);
  });

  it('gives a rep on another browser profile the MEDDICC checklist, keeping the answers they gave with the default six', async () => {
    expect(teamFile).not.toBe('');
    const rep = await startHarness();
    harnesses.push(rep);
    const page = await rep.browser.newPage();
    await page.goto(LEAD);
    const panel = await rep.panel(page);
    await waitForRecord(panel, LEAD_KEY, 'Jane Doe');
    await panel.click('[data-criterion="budget"] .cw-criterion-row');
    await panel.click('[data-criterion="budget"] input[value="confirmed"]');
    await panel.type('[data-criterion="budget"] textarea.cw-evidence', 'CFO set aside 50k');
    await panel.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved on this computer');

    const options = await optionsPage(rep);
    const path = join(files, 'acme-team.json');
    writeFileSync(path, teamFile);
    const input = (await options.$('[data-testid="team-settings"] input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await options.waitForSelector('[aria-labelledby="team-settings-preview"]');
    const preview = await options.$eval('[aria-labelledby="team-settings-preview"]', (el) => el.textContent ?? '');
    expect(preview).toContain('MEDDICC');
    await press(options, 'Apply these changes');
    await options.waitForFunction(() => document.querySelector('[data-testid="team-settings"] [role="status"]')?.textContent?.startsWith('Applied'));

    await page.bringToFront();
    await panel.waitForFunction((count) => document.querySelectorAll('[data-criterion] .cw-criterion-label').length === count, {}, MEDDICC.length);
    expect(await panel.$$eval('[data-criterion] .cw-criterion-label', (els) => els.map((e) => e.textContent))).toEqual(MEDDICC);
    expect(await panel.$eval('[data-testid="completeness"]', (e) => e.textContent)).toContain('0 of 7');
    // The answer given under the default six is kept, shown apart.
    const others = await panel.$eval('[data-testid="other-answers"]', (el) => el.textContent ?? '');
    expect(others).toContain('Budget');
    expect(others).toContain('CFO set aside 50k');
    expect(await panel.$eval('[data-testid="ladder-position"]', (e) => e.textContent)).toContain('5 on the ladder');
  });
});
