// @vitest-environment node
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ICONS, writeIcons } from '../../scripts/icons.mjs';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('icons', () => {
  it('writes every size the manifest names, each a PNG of that size', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'closeward-icons-'));
    const written = await writeIcons(dir);
    expect(written.map((w) => w.dest)).toEqual(['icon/16.png', 'icon/32.png', 'icon/48.png', 'icon/128.png', 'icon/dim-16.png', 'icon/dim-32.png']);
    for (const { absolute, dest } of written) {
      const size = ICONS.find((i) => i.dest === dest)!.size;
      expect(pngSize(await readFile(absolute))).toEqual([size, size]);
    }
  });

  it('draws the dimmed icon in grey only, and the brand icon in colour', async () => {
    const pixels = async (file: string) =>
      new Resvg(await readFile(path.join('assets', file), 'utf8'), { fitTo: { mode: 'width', value: 32 } }).render().pixels;
    const coloured = (rgba: Buffer) => {
      let count = 0;
      for (let i = 0; i < rgba.length; i += 4) if (rgba[i] !== rgba[i + 1] || rgba[i + 1] !== rgba[i + 2]) count++;
      return count;
    };
    expect(coloured(await pixels('icon-dim.svg'))).toBe(0);
    expect(coloured(await pixels('icon.svg'))).toBeGreaterThan(200);
  });
});
