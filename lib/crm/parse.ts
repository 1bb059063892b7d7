/**
 * Small, allocation-light helpers shared by the adapters. Pure: no DOM, no globals.
 * Kept outside `adapters/` because every file there must be a registered adapter.
 */

/** A precompiled matcher for one query or hash parameter, name matched case-insensitively. */
export function paramPattern(name: string): RegExp {
  return new RegExp(`(?:^|[?&#;])${name}=([^&#;]*)`, 'i');
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

/** The decoded value of a parameter in a query string or hash, or undefined. */
export function param(pattern: RegExp, text: string): string | undefined {
  if (!text) return undefined;
  const m = pattern.exec(text);
  return m ? decode(m[1]!) : undefined;
}

/** `acme` for `acme.pipedrive.com` with base `.pipedrive.com`; undefined when not exactly one label. */
export function singleLabelBefore(host: string, dotBase: string): string | undefined {
  if (!host.endsWith(dotBase)) return undefined;
  const label = host.slice(0, host.length - dotBase.length);
  return label && label.indexOf('.') === -1 ? label : undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Lower case, braces (literal or `%7B`/`%7D`) removed; undefined unless it is a GUID. */
export function normalizeGuid(raw: string): string | undefined {
  let id = raw.trim().toLowerCase();
  if (id.startsWith('%7b')) id = id.slice(3);
  else if (id.startsWith('{')) id = id.slice(1);
  if (id.endsWith('%7d')) id = id.slice(0, -3);
  else if (id.endsWith('}')) id = id.slice(0, -1);
  return GUID.test(id) ? id : undefined;
}

/** Splits a title on the usual separators and trims each part, dropping empty ones. */
export function titleParts(title: string): string[] {
  return title.split(/\s+[|\-–—·»]\s+/).map((p) => p.trim()).filter(Boolean);
}

/**
 * A lookup table without a prototype: a key read from a URL ("constructor", "__proto__",
 * "toString") finds nothing rather than an inherited function.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
