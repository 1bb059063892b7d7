import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { launchWithExtension, openPanel } from '../../scripts/browser.mjs';
import { startFixtureServer } from '../fixtures/demo/server.mjs';

export { SF, HS } from '../fixtures/demo/records.js';

export interface Harness {
  browser: Browser;
  /** The welcome page opened by itself at install (a new profile). */
  welcomed: boolean;
  extensionId: string;
  /** The extension's service worker, to read what the extension stores. */
  worker(): Promise<WebWorker>;
  port: number;
  /** Opens the side panel with `page`'s tab in front (the rep clicking the toolbar icon). */
  panel(page: Page): Promise<Page>;
  close(): Promise<void>;
}

/** A fixture server and a Chromium with the built extension, every host mapped to the server. */
export async function startHarness(options: { extraPage?: (host: string, url: string) => string | undefined; userDataDir?: string } = {}): Promise<Harness> {
  const server = await startFixtureServer({ extraPage: options.extraPage });
  const { browser, extensionId, workerTarget } = await launchWithExtension({ port: server.port, userDataDir: options.userDataDir });
  // A new profile installs the extension, which opens its welcome tab: waited for and closed, so
  // it cannot come to the front while a test opens the panel on its own tab.
  let welcomed = false;
  if (!options.userDataDir) {
    const welcome = await browser.waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/welcome.html`, { timeout: 10_000 }).catch(() => null);
    welcomed = welcome !== null;
    await (await welcome?.page())?.close();
  }
  return {
    welcomed,
    browser,
    extensionId,
    port: server.port,
    async worker() {
      // The service worker may have been stopped and started again: take the current one.
      const target = browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`)) ?? workerTarget;
      const worker = await target.worker();
      if (!worker) throw new Error('The extension has no service worker.');
      return worker;
    },
    panel: async (page) => untilLive(await openPanel(browser, extensionId, page)),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Waits until the panel's own code has drawn it: until then it may show the kept picture of the
 * rep's day (entrypoints/first-paint.ts), which takes no input.
 */
export async function untilLive(panel: Page): Promise<Page> {
  await panel.waitForFunction(
    () => {
      const root = document.getElementById('app');
      return root?.dataset.live !== undefined && !root.inert && root.childElementCount > 0;
    },
    { timeout: 10_000 },
  );
  return panel;
}

/** Waits until the panel shows the record with this key (and name). */
export async function waitForRecord(panel: Page, key: string, name?: string): Promise<void> {
  await panel.waitForFunction(
    (k, n) => {
      const main = document.querySelector('main.cw-sidebar');
      const shown = document.querySelector('[data-testid="record-name"]')?.textContent;
      return main?.getAttribute('data-record-key') === k && main.getAttribute('data-loaded') === 'true' && (!n || shown === n);
    },
    { timeout: 10_000 },
    key,
    name ?? '',
  );
}

/** Waits until the panel shows no record (the rep's day and recent records). */
export async function waitForNoRecord(panel: Page): Promise<void> {
  await panel.waitForSelector('[data-testid="no-record"]', { timeout: 10_000 });
}

/** The id of the tab `page` is in, as the extension knows it. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  const worker = await h.worker();
  const ids = await worker.evaluate((u) => chrome.tabs.query({}).then((tabs) => tabs.filter((t) => t.url === u).map((t) => t.id!)), url);
  if (ids.length !== 1) throw new Error(`${ids.length} tabs show ${url}`);
  return ids[0]!;
}

/** What storage.session holds for a tab (`tab:<tabId>`), as the background wrote it. */
export async function tabRecord(h: Harness, tabId: number): Promise<unknown> {
  const worker = await h.worker();
  return worker.evaluate((key) => chrome.storage.session.get(key).then((all) => all[key] ?? null), `tab:${tabId}`);
}

/** Reads rows straight from the extension origin's IndexedDB, from the service worker. */
export async function readExtensionDb<T>(h: Harness, store: string): Promise<T[]> {
  const worker = await h.worker();
  return worker.evaluate(
    (storeName) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('closeward');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Types into a field of the panel, replacing what is there (like a rep selecting all and typing). */
export async function fill(panel: Page, selector: string, text: string): Promise<void> {
  await panel.$eval(selector, (el) => {
    (el as HTMLInputElement).focus();
    (el as HTMLInputElement).select?.();
  });
  await panel.keyboard.press('Backspace');
  await panel.type(selector, text);
}
