import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';

/** A PNG's size, from its header. */
const sizeOf = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/**
 * The CRM page and the side panel as the rep sees them: each captured, then laid side by side
 * on a small page of their own and captured together. The panel's page is shorter than the
 * CRM page by the browser's own panel header: it sits at the bottom, under a bar in its place.
 */
export async function composeSideBySide(browser: Browser, crmPage: Page, panel: Page, file: string): Promise<void> {
  const shots = [Buffer.from(await crmPage.screenshot()), Buffer.from(await panel.screenshot())];
  const sizes = shots.map(sizeOf);
  const width = sizes[0]!.width + sizes[1]!.width;
  const height = Math.max(sizes[0]!.height, sizes[1]!.height);
  const images = shots.map((png, i) => `<img width="${sizes[i]!.width}" height="${sizes[i]!.height}" src="data:image/png;base64,${png.toString('base64')}">`);
  const composer = await browser.newPage();
  await composer.setViewport({ width, height });
  await composer.setContent(
    `<!doctype html><style>body{margin:0;display:flex;align-items:flex-end;background:#dee1e6}img{display:block}</style>${images.join('')}`,
  );
  await composer.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  writeFileSync(file, await composer.screenshot({ clip: { x: 0, y: 0, width, height } }));
  await composer.close();
}
