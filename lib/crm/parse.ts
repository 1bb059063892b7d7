/**
 * Small, allocation-light helpers shared by the adapters. Pure: no DOM, no globals.
 * Kept outside `adapters/` because every file there must be a registered adapter.
 */

/**
 * Raw (still encoded) values of the named parameters in a query string or key=value hash, in one
 * pass and without regex matches: `names` are lower case, matched case-insensitively; the first
 * occurrence of a name wins; pairs are separated by `&` (as URLSearchParams reads them) and a
 * leading `?` or `#` is skipped.
 */
export function rawParams(text: string, names: readonly string[]): (string | undefined)[] {
  const values: (string | undefined)[] = new Array(names.length);
  const length = text.length;
  let i = text.charCodeAt(0) === 0x3f || text.charCodeAt(0) === 0x23 ? 1 : 0;
  let eq = -1;
  while (i < length) {
    let end = text.indexOf('&', i);
    if (end === -1) end = length;
    if (eq < i) eq = text.indexOf('=', i);
    if (eq === -1) break; // no value anywhere after this point
    if (eq < end) {
      for (let k = 0; k < names.length; k++) {
        if (values[k] === undefined && sameName(text, i, eq, names[k]!)) {
          values[k] = text.slice(eq + 1, end);
          break;
        }
      }
    }
    i = end + 1;
  }
  return values;
}

function sameName(text: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let j = 0; j < name.length; j++) {
    let c = text.charCodeAt(start + j);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== name.charCodeAt(j)) return false;
  }
  return true;
}

/** Percent-decodes where needed; gives the raw text back when it is not valid encoding. */
export function decode(value: string): string {
  if (value.indexOf('%') === -1) return value.indexOf('+') === -1 ? value : value.replace(PLUS, ' ');
  try {
    return decodeURIComponent(value.indexOf('+') === -1 ? value : value.replace(PLUS, ' '));
  } catch {
    return value;
  }
}
const PLUS = /\+/g;

/** `acme` for `acme.pipedrive.com` with base `.pipedrive.com`; undefined when not exactly one label. */
export function singleLabelBefore(host: string, dotBase: string): string | undefined {
  if (!host.endsWith(dotBase)) return undefined;
  const label = host.slice(0, host.length - dotBase.length);
  return label && label.indexOf('.') === -1 ? label : undefined;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** Lower case, braces (literal or `%7B`/`%7D`) removed; undefined unless it is a GUID. */
export function normalizeGuid(raw: string): string | undefined {
  let start = 0;
  let end = raw.length;
  if (raw.charCodeAt(0) === 0x7b)
    start = 1; // {
  else if (raw.charCodeAt(0) === 0x25 && raw.charCodeAt(1) === 0x37 && (raw.charCodeAt(2) | 0x20) === 0x62) start = 3; // %7B
  if (raw.charCodeAt(end - 1) === 0x7d)
    end -= 1; // }
  else if (raw.charCodeAt(end - 3) === 0x25 && raw.charCodeAt(end - 2) === 0x37 && (raw.charCodeAt(end - 1) | 0x20) === 0x64) end -= 3; // %7D
  if (end - start !== 36) return undefined;
  const id = raw.slice(start, end);
  return GUID.test(id) ? id.toLowerCase() : undefined;
}

/** True for the characters `\s` matches: ASCII and Unicode spaces, line breaks, BOM. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The parts of a title between separators (one of `separators`, with white space on both
 * sides: `Jane Doe - Leads | monday`), each trimmed; empty parts are kept, so part 0 is always
 * what came first. One pass over the title, whatever runs of spaces it holds.
 */
export function titleParts(title: string, separators = '|-–—·»'): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i < title.length - 1; i++) {
    if (separators.indexOf(title[i]!) !== -1 && isSpace(title.charCodeAt(i - 1)) && isSpace(title.charCodeAt(i + 1))) {
      parts.push(title.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(title.slice(start).trim());
  return parts;
}

/**
 * The title without a trailing `{separator} {word}` (`Acme - Odoo` → `Acme`), white space on
 * both sides of the separator; undefined when the title does not end so. Linear: it scans back
 * from the end once.
 */
export function withoutSuffix(title: string, separators: string, word: string): string | undefined {
  let end = title.length;
  while (end > 0 && isSpace(title.charCodeAt(end - 1))) end--;
  if (end < word.length || title.slice(end - word.length, end) !== word) return undefined;
  let i = end - word.length;
  const spacesAfter = i;
  while (i > 0 && isSpace(title.charCodeAt(i - 1))) i--;
  if (i === spacesAfter || i === 0 || separators.indexOf(title[i - 1]!) === -1) return undefined;
  const sep = i - 1;
  if (sep === 0 || !isSpace(title.charCodeAt(sep - 1))) return undefined;
  return title.slice(0, sep).trim();
}

/**
 * A lookup table without a prototype: a key read from a URL ("constructor", "__proto__",
 * "toString") finds nothing rather than an inherited function.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
