// `npm start`: builds the extension, serves the demo CRM pages and opens Chromium with the
// extension loaded and its side panel open on a demo lead. Without a display it runs headless,
// saves a picture of the page with the panel beside it, and exits.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer } from '../tests/fixtures/demo/server.mjs';
import { SF } from '../tests/fixtures/demo/records.js';
import { findChromium, launchWithExtension, openPanel } from './browser.mjs';

try {
  findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
execSync('npx wxt build', { stdio: 'inherit' });
const server = await startFixtureServer();
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const { browser, extensionId } = await launchWithExtension({ port: server.port, headless });
const page = await browser.newPage();
const start = `${SF}/lightning/r/Lead/00Q5g00000AbCdEEAV/view`;
await page.goto(start);
const panel = await openPanel(browser, extensionId, page);
await panel.waitForSelector('main.cw-sidebar[data-loaded="true"]');

if (headless) {
  const out = resolve(import.meta.dirname, '..', '.tmp');
  mkdirSync(out, { recursive: true });
  const file = /** @type {`${string}.png`} */ (resolve(out, 'closeward-demo.png'));
  await composeSideBySide(page, panel, file);
  console.log(`No display found: ran headless. The demo lead with the Closeward panel beside it: ${file}`);
  await browser.close();
  await server.close();
} else {
  console.log(`Chromium is open on the demo CRM with the Closeward panel: ${start}\nClose the browser window to stop.`);
  browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
}

/**
 * The browser draws the side panel outside the page, so a page screenshot does not show it:
 * both are captured and laid side by side, as the rep sees them.
 *
 * @param {import('puppeteer-core').Page} pageTab
 * @param {import('puppeteer-core').Page} panelPage
 * @param {`${string}.png`} file
 */
async function composeSideBySide(pageTab, panelPage, file) {
  const shots = [await pageTab.screenshot(), await panelPage.screenshot()].map((png) => Buffer.from(png));
  // A PNG's width and height are the two big-endian words after its signature and IHDR header.
  const [tab, side] = shots.map((png) => ({ png, width: png.readUInt32BE(16), height: png.readUInt32BE(20) }));
  if (!tab || !side) throw new Error('A screenshot is missing.');
  const images = [tab, side].map(({ png, width, height }) => `<img width="${width}" height="${height}" src="data:image/png;base64,${png.toString('base64')}">`);
  const canvas = await browser.newPage();
  await canvas.setViewport({ width: tab.width + side.width + 1, height: Math.max(tab.height, side.height) });
  await canvas.setContent(`<body style="margin:0;display:flex;align-items:flex-start;gap:1px;background:#888">${images.join('')}</body>`);
  await canvas.screenshot({ path: file });
  await canvas.close();
}
