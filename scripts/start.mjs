// `npm start`: builds the extension, serves the demo CRM pages and opens Chromium with
// the extension loaded. Without a display it runs headless, saves a screenshot and exits.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer } from '../tests/fixtures/demo/server.mjs';
import { SF } from '../tests/fixtures/demo/records.js';
import { findChromium, launchWithExtension } from './browser.mjs';

try {
  findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
execSync('npx wxt build', { stdio: 'inherit' });
const server = await startFixtureServer();
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const { context } = await launchWithExtension({ port: server.port, headless });
const page = context.pages()[0] ?? (await context.newPage());
const start = `${SF}/lightning/r/Lead/00Q5g00000AbCdEEAV/view`;
await page.goto(start);

if (headless) {
  await page.waitForSelector('#closeward-root');
  const frame = await waitForSidebar(page);
  await frame.waitForSelector('[data-testid="completeness"]');
  const out = resolve(import.meta.dirname, '..', '.tmp');
  mkdirSync(out, { recursive: true });
  const file = resolve(out, 'closeward-demo.png');
  await page.screenshot({ path: file });
  console.log(`No display found: ran headless. Screenshot of the sidebar on a demo lead: ${file}`);
  await context.close();
  await server.close();
} else {
  console.log(`Chromium is open on the demo CRM: ${start}\nClose the browser window to stop.`);
  context.on('close', () => void server.close().then(() => process.exit(0)));
}

async function waitForSidebar(p) {
  for (let i = 0; i < 100; i++) {
    const f = p.frames().find((fr) => fr.url().includes('/sidebar.html'));
    if (f) return f;
    await p.waitForTimeout(50);
  }
  throw new Error('The sidebar frame did not appear.');
}
