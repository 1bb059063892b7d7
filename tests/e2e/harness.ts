import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/browser.mjs';
import { startFixtureServer } from '../fixtures/demo/server.mjs';

export { SF, HS } from '../fixtures/demo/records.js';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  port: number;
  close(): Promise<void>;
}

/** A fixture server and a Chromium with the built extension, every host mapped to the server. */
export async function startHarness(options: { extraPage?: (host: string, url: string) => string | undefined } = {}): Promise<Harness> {
  const server = await startFixtureServer({ extraPage: options.extraPage });
  const { context, extensionId, worker } = await launchWithExtension({ port: server.port });
  return {
    context,
    extensionId,
    worker,
    port: server.port,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/** The sidebar's frame inside the page (it sits in a closed shadow root, so not by selector). */
export async function sidebarFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    if (frame) {
      await frame.waitForSelector('main.cw-sidebar[data-loaded="true"], .cw-handle', { timeout: Math.max(1, until - Date.now()) });
      return frame;
    }
    await page.waitForTimeout(25);
  }
  throw new Error(`No sidebar frame on ${page.url()}`);
}

export async function rootAttributes(page: Page) {
  return page.evaluate(() => {
    const root = document.getElementById('closeward-root');
    return root ? { crm: root.dataset.crm, kind: root.dataset.kind, key: root.dataset.recordKey } : null;
  });
}

/** Waits until the sidebar shows the record with this key and name. */
export async function waitForRecord(frame: Frame, key: string, name?: string): Promise<void> {
  await frame.waitForFunction(
    ([k, n]) => {
      const main = document.querySelector('main.cw-sidebar');
      const shown = document.querySelector('[data-testid="record-name"]')?.textContent;
      return main?.getAttribute('data-record-key') === k && main.getAttribute('data-loaded') === 'true' && (!n || shown === n);
    },
    [key, name] as const,
    { timeout: 10_000 },
  );
}

/** Reads rows straight from the extension origin's IndexedDB, from the service worker. */
export async function readExtensionDb<T>(worker: Worker, store: string): Promise<T[]> {
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
