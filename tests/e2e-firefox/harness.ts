import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, startRecordingProxy } from '../../scripts/firefox.mjs';
import { DEMO_PAGES } from '../fixtures/demo/records.js';
import { startFixtureServer } from '../fixtures/demo/server.mjs';
import { FirefoxPanel, sleep, type BidiSend } from './panel';

export { SF, HS } from '../fixtures/demo/records.js';
export { sleep };

/** The demo CRM hosts; the proxy tunnels these to the fixture server and nothing else. */
export const FIXTURE_HOSTS = new Set(Object.keys(DEMO_PAGES).map((origin) => new URL(origin).hostname));

/** Where the launcher's prefs send Firefox's own services (puppeteer's profile defaults). */
export const BROWSER_SERVICES_SINK = 'dummy.test';

/** `storage.session` `tab:<tabId>`: the record a tab shows. */
export interface TabRecord {
  crm: string;
  instance: string;
  kind: string;
  recordId: string;
  key: string;
  name?: string;
}

export interface FirefoxHarness {
  browser: Browser;
  panel: FirefoxPanel;
  /** moz-extension://<uuid> */
  origin: string;
  /** Every host:port Firefox asked the proxy for, in order. */
  proxied: { target: string; allowed: boolean }[];
  /** Every page URL the fixture server answered (scripts of the demo app aside). */
  served: string[];
  /** The first tab, brought to the front. */
  firstTab(): Promise<Page>;
  close(): Promise<void>;
}

/** The globals the panel's realm has that the tests read (types only: code runs there). */
export interface PanelGlobals {
  browser: {
    storage: { session: { get(key: string | null): Promise<Record<string, unknown>> } };
    tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  };
}

/** A fixture server, the recording proxy and Firefox ESR with the built add-on. */
export async function startFirefoxHarness(options: { prefs?: Record<string, string | number | boolean>; extensionDir?: string } = {}): Promise<FirefoxHarness> {
  const served: string[] = [];
  const server = await startFixtureServer({
    extraPage: (host: string, url: string) => {
      served.push(`https://${host}${url}`);
      return undefined;
    },
  });
  const proxy = await startRecordingProxy({ fixturePort: server.port, allow: (host: string) => FIXTURE_HOSTS.has(host) });
  const { browser, origin, send } = await launchFirefoxWithExtension({
    proxyPort: proxy.port,
    prefs: options.prefs,
    extensionDir: options.extensionDir,
  });
  const panel = new FirefoxPanel(send as BidiSend, `${origin}/sidepanel.html`);
  return {
    browser,
    panel,
    origin,
    proxied: proxy.requests,
    served,
    async firstTab() {
      const [page] = await browser.pages();
      const tab = page ?? (await browser.newPage());
      await tab.bringToFront();
      return tab;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      await server.close();
    },
  };
}

/** The id Firefox gives the window's active tab, read in the panel. */
export function activeTabId(panel: FirefoxPanel): Promise<number | null> {
  return panel.evaluate(async () => {
    const { browser } = globalThis as unknown as PanelGlobals;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  });
}

/** `storage.session` `tab:<tabId>`, read in the panel (null when absent). */
export function tabRecord(panel: FirefoxPanel, tabId: number): Promise<TabRecord | null> {
  return panel.evaluate(async (key: string) => {
    const { browser } = globalThis as unknown as PanelGlobals;
    return ((await browser.storage.session.get(key))[key] ?? null) as TabRecord | null;
  }, `tab:${tabId}`);
}

/** What the panel shows: the record's key and name once loaded, or the empty state. */
export interface PanelState {
  key: string | null;
  loaded: boolean;
  name: string | null;
  empty: boolean;
}

export function panelState(panel: FirefoxPanel): Promise<PanelState> {
  return panel.evaluate(() => {
    const main = document.querySelector('main.cw-sidebar');
    return {
      key: main?.getAttribute('data-record-key') ?? null,
      loaded: main?.getAttribute('data-loaded') === 'true',
      name: document.querySelector('[data-testid="record-name"]')?.textContent ?? null,
      // The panel's own view: a picture of the day its first paint put up does not count.
      empty:
        document.getElementById('app')?.dataset.live !== undefined &&
        !document.getElementById('app')?.inert &&
        document.querySelector('[data-testid="no-record"]') !== null,
    };
  });
}

/** Waits until the panel shows this record loaded (and with this name, if given). */
export function waitForPanelRecord(panel: FirefoxPanel, key: string, name?: string): Promise<unknown> {
  return panel.waitFor(
    ([k, n]: [string, string | null]) => {
      const main = document.querySelector('main.cw-sidebar');
      const shown = document.querySelector('[data-testid="record-name"]')?.textContent;
      return main?.getAttribute('data-record-key') === k && main.getAttribute('data-loaded') === 'true' && (!n || shown === n);
    },
    [key, name ?? null] as [string, string | null],
    10_000,
    `the panel to show ${name ?? key}`,
  );
}

/** Polls `read` until `accept` holds; returns the value (or throws with the last one). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await sleep(25);
    value = await read();
  }
  return value;
}

/** A row of the add-on's IndexedDB store, read in the panel's realm (null when absent). */
export function storedRow<T>(panel: FirefoxPanel, store: string, key: string): Promise<T | null> {
  return panel.evaluate(
    ([storeName, rowKey]: [string, string]) =>
      new Promise<T | null>((resolve, reject) => {
        const open = indexedDB.open('closeward');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(storeName).objectStore(storeName).get(rowKey);
          request.onsuccess = () => {
            resolve((request.result as T | undefined) ?? null);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [store, key] as [string, string],
  );
}
