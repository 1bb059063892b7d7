// Finds Debian's Chromium and starts it with the built extension loaded (puppeteer-core, which
// can open and drive the browser's own side panel); shared by `npm start`, the end-to-end tests
// and the benchmarks.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

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
      'No Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' + 'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

/** The panel's page in the build. */
export const PANEL_FILE = '/sidepanel.html';

/**
 * The switches every launch here uses: every hostname resolved to the fixture server, nothing
 * that calls home.
 *
 * @param {{ port?: number, extraArgs?: string[], width?: number, height?: number }} options
 */
export function chromiumArgs({ port, extraArgs = [], width = 1280, height = 720 }) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-features=HttpsUpgrades,MediaRouter,OptimizationHints',
    '--ignore-certificate-errors',
    `--window-size=${width},${height}`,
    ...(port ? [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`] : []),
    ...extraArgs,
  ];
}

/**
 * Chromium with the unpacked extension. Resolves once its service worker runs.
 *
 * @param {{ port?: number, headless?: boolean, extensionDir?: string, userDataDir?: string, extraArgs?: string[], width?: number, height?: number }} [options]
 */
export async function launchWithExtension({ port, headless = true, extensionDir = EXTENSION_DIR, userDataDir, extraArgs = [], width, height } = {}) {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'closeward-profile-'));
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless,
    pipe: true,
    enableExtensions: [extensionDir],
    userDataDir: dir,
    acceptInsecureCerts: true,
    defaultViewport: null,
    args: chromiumArgs({ port, extraArgs, width, height }),
    dumpio: Boolean(process.env.CLOSEWARD_DUMPIO),
  });
  const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  const extensionId = new URL(workerTarget.url()).host;
  return { browser, extensionId, userDataDir: dir, workerTarget };
}

/**
 * Opens the side panel the way a rep does, by clicking the toolbar icon (DevTools'
 * Extensions.triggerAction) with `page`'s tab in front, and resolves to the panel's page.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionId
 * @param {import('puppeteer-core').Page} page
 */
export async function openPanel(browser, extensionId, page) {
  const existing = browser.targets().find((t) => t.url() === `chrome-extension://${extensionId}${PANEL_FILE}`);
  if (existing) return /** @type {import('puppeteer-core').Page} */ (await existing.asPage());
  const extension = (await browser.extensions()).get(extensionId);
  if (!extension) throw new Error(`Extension ${extensionId} is not loaded.`);
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const target = await browser.waitForTarget((t) => t.url() === `chrome-extension://${extensionId}${PANEL_FILE}`, { timeout: 10_000 });
  const panel = /** @type {import('puppeteer-core').Page} */ (await target.asPage());
  // Headless Chromium lays the tab out at its narrower width, beside the panel, when the tab is
  // brought to the front again (a window on screen does so at once).
  await page.bringToFront();
  return panel;
}
