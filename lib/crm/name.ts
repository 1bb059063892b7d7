/**
 * Names read from the page, title or DOM, go through `pageName` before they are stored or shown:
 * bidirectional controls removed (a name cannot reorder the text around it, "Jane ‮cod.exe‬"),
 * white space collapsed, and at most NAME_LIMIT characters, with an ellipsis when cut.
 */

/** Longest name kept from a page: no CRM record name is longer. */
export const NAME_LIMIT = 200;
/** How much of the tab title recognition reads: titles past this are cut and marked as cut. */
export const TITLE_LIMIT = 512;

/** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), LRM, RLM and ALM. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SPACES = /\s+/g;
const ELLIPSIS = '\u2026';

/** A clean, capped name from page text; undefined when nothing readable is left. */
export function pageName(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  // Linear: each step is a single pass; only a bounded prefix is read past the collapse.
  const text = raw.replace(BIDI_CONTROLS, '').replace(SPACES, ' ').trim();
  if (!text) return undefined;
  if (text.length <= NAME_LIMIT) return text;
  let end = NAME_LIMIT - 1;
  // Never leave half of a surrogate pair before the ellipsis.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * The part of a tab title recognition reads: the first TITLE_LIMIT characters, and when more
 * followed, an ellipsis, so that a parser that looks at the end of the title ("… - Odoo",
 * "… - Leads") does not take a cut part for the last one.
 */
export function boundedTitle(title: string): string {
  return title.length > TITLE_LIMIT ? title.slice(0, TITLE_LIMIT) + ELLIPSIS : title;
}
