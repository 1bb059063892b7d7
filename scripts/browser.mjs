// Finds Debian's Chromium and starts it with the built extension loaded; shared by
// `npm start`, the end-to-end tests and the benchmarks.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

/**
 * The switches every launch here uses: the unpacked extension(s), every hostname resolved to
 * the fixture server, nothing that calls home. Playwright's default --disable-features
 * contains ThirdPartyStoragePartitioning, which makes Chromium refuse IndexedDB to our iframe;
 * our own later switch replaces it (a launch without Playwright keeps Chromium's default).
 *
 * @param {{ port?: number, extensionDir?: string, extraArgs?: string[] }} options
 */
export function chromiumArgs({ port, extensionDir = EXTENSION_DIR, extraArgs = [] }) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-features=HttpsUpgrades,MediaRouter,OptimizationHints,PaintHolding',
    '--ignore-certificate-errors',
    ...(port ? [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`] : []),
    ...extraArgs,
  ];
}

/**
 * Chromium with the unpacked extension under Playwright (chromiumArgs).
 *
 * @param {{ port?: number, headless?: boolean, extensionDir?: string, userDataDir?: string, extraArgs?: string[] }} [options]
 */
export async function launchWithExtension({ port, headless = true, extensionDir = EXTENSION_DIR, userDataDir, extraArgs = [] } = {}) {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'closeward-profile-'));
  const args = chromiumArgs({ port, extensionDir, extraArgs });
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless,
    args,
    viewport: headless ? { width: 1400, height: 900 } : null,
    ignoreHTTPSErrors: true,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, userDataDir: dir, worker };
}
