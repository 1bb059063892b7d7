import type { Page, Target } from 'puppeteer-core';
import { PANEL_FILE } from '../../scripts/browser.mjs';
import { untilLive, type Harness } from './harness';

const panelUrl = (h: Harness) => `chrome-extension://${h.extensionId}${PANEL_FILE}`;

/** Opens `url` in a new browser window (as the rep would) and resolves to its page. */
export async function openWindow(h: Harness, url: string): Promise<Page> {
  const before = new Set<Target>(h.browser.targets());
  const worker = await h.worker();
  await worker.evaluate((u) => chrome.windows.create({ url: u }).then(() => undefined), url);
  const target = await h.browser.waitForTarget((t) => t.type() === 'page' && t.url() === url && !before.has(t), { timeout: 10_000 });
  const page = await target.asPage();
  if (!page) throw new Error(`No page for the new window on ${url}.`);
  return page;
}

/**
 * Opens the side panel of `page`'s window by clicking the toolbar icon there, and resolves to
 * that window's panel (one panel per window: the ones already open elsewhere are not it).
 */
export async function openPanelInWindow(h: Harness, page: Page): Promise<Page> {
  const before = new Set<Target>(h.browser.targets().filter((t) => t.url() === panelUrl(h)));
  const extension = (await h.browser.extensions()).get(h.extensionId);
  if (!extension) throw new Error(`Extension ${h.extensionId} is not loaded.`);
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const target = await h.browser.waitForTarget((t) => t.url() === panelUrl(h) && !before.has(t), { timeout: 10_000 });
  const panel = await target.asPage();
  if (!panel) throw new Error('The side panel has no page.');
  return untilLive(panel);
}

/** The id of the browser window an extension page (such as a panel) belongs to. */
export function windowIdOf(extensionPage: Page): Promise<number | undefined> {
  return extensionPage.evaluate(() => chrome.windows.getCurrent().then((w) => w.id));
}
