// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('assets/theme.css', 'utf8');

/** Every `--cw-name: light-dark(#light, #dark)` token of the theme. */
const tokens = new Map([...css.matchAll(/--cw-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map((m) => [m[1]!, [m[2]!, m[3]!] as const]));
/** Tokens that alias another (`--cw-seg-ok: var(--cw-ok)`). */
for (const [, name, target] of css.matchAll(/--cw-([\w-]+):\s*var\(--cw-([\w-]+)\)/g)) {
  const pair = tokens.get(target!);
  if (pair) tokens.set(name!, pair);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const text = ['fg', 'muted', 'accent', 'ok', 'risk', 'no', 'unknown'].flatMap((fg) => ['bg', 'surface', 'note'].map((bg) => [fg, bg, 4.5] as const));
const chips = ['ok', 'risk', 'no', 'unknown'].map((s) => [`${s}-fg`, `${s}-bg`, 4.5] as const);
const parts = [
  ['on-accent', 'accent', 4.5],
  ['border-strong', 'bg', 3],
  ['seg-ok', 'bg', 3],
  ['seg-risk', 'bg', 3],
  ['seg-no', 'bg', 3],
] as const;

describe('the palette', () => {
  it('defines every token it is checked on', () => {
    for (const [fg, bg] of [...text, ...chips, ...parts]) {
      expect(tokens.has(fg), fg).toBe(true);
      expect(tokens.has(bg), bg).toBe(true);
    }
  });

  it.each([...text, ...chips, ...parts])('%s on %s reaches %s:1 in light and dark', (fg, bg, ratio) => {
    for (const theme of [0, 1] as const) {
      expect(contrast(tokens.get(fg)![theme], tokens.get(bg)![theme]), `${fg} on ${bg}, ${theme ? 'dark' : 'light'}`).toBeGreaterThanOrEqual(ratio);
    }
  });
});
