import type { Page } from 'puppeteer-core';
import type { Harness } from './harness';

/** The toolbar icon's title when a tab shows no record (the background sets it per tab). */
export const NO_RECORD_TITLE = 'Closeward: open a lead, opportunity, contact or account';

/**
 * The id of `page`'s tab, found as its window's active tab: works on hosts the extension may
 * not read (where `tabs.query` hides the URL).
 */
export async function activeTabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await h.worker();
  const id = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab?.id));
  if (id === undefined) throw new Error('No active tab in the last focused window.');
  return id;
}

/** The toolbar icon's title for a tab. */
export async function actionTitle(h: Harness, tabId: number): Promise<string> {
  const worker = await h.worker();
  return worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

/** Waits until the panel says every edit is saved. */
export async function saved(panel: Page): Promise<void> {
  await panel.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved on this computer', { timeout: 10_000 });
}

/** Polls `check` until it holds (for hooks, where expect.poll is not available). */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
