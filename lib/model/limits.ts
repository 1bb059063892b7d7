import { z } from 'zod/mini';

/**
 * Longest text each kind of field holds, in UTF-16 code units (what `maxLength` counts).
 * Generous for what a rep writes, small enough that no field can grow the database, an
 * export or a rendered list without bound. Chosen and explained in docs/decisions.
 */
/** Record keys and every id (criteria, people, conversations, rungs). */
export const KEY_MAX = 1000;
/** A page address: real CRM record URLs are well under this. */
export const URL_MAX = 8192;
/** A record's or a person's name: a label, never a paragraph. */
export const NAME_MAX = 200;
/** One-line fields: a title, a purpose, a source, a problem, how to reach someone. */
export const SHORT_TEXT_MAX = 500;
/** Written notes: evidence, what a person needs, a note to the future self, a reason. */
export const LONG_TEXT_MAX = 5000;

/** A string of at most `max` code units. */
export const text = (max: number) => z.string().check(z.maxLength(max));
/** A non-empty string of at most `max` code units. */
export const filled = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

const ELLIPSIS = '…';

/**
 * `value` cut to at most `max` code units, ending in an ellipsis when it was cut; never
 * splits a surrogate pair (an emoji is kept whole or dropped whole).
 */
export function clampText(value: string, max: number): string {
  if (value.length <= max) return value;
  if (max < 1) return '';
  let end = max - 1;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return value.slice(0, end) + ELLIPSIS;
}

/**
 * The limit of each field a rep edits field by field (record, criterion answer, person),
 * by field name: the names do not clash across the three. Writes cut a value to its limit,
 * so what is stored always passes an import's check.
 */
export const EDITED_FIELD_MAX: Readonly<Record<string, number>> = {
  lastRungId: KEY_MAX,
  nextMicroConversion: SHORT_TEXT_MAX,
  callPurpose: SHORT_TEXT_MAX,
  targetDate: SHORT_TEXT_MAX,
  source: SHORT_TEXT_MAX,
  evidence: LONG_TEXT_MAX,
  stakeholderId: KEY_MAX,
  name: NAME_MAX,
  title: SHORT_TEXT_MAX,
  needs: LONG_TEXT_MAX,
};

/** An edited field's value within its limit (problems: each one's text). */
export function clampField(field: string, value: unknown): unknown {
  if (typeof value === 'string') {
    const max = EDITED_FIELD_MAX[field];
    return max === undefined ? value : clampText(value, max);
  }
  if (field === 'problems' && Array.isArray(value)) {
    return value.map((p: unknown) =>
      p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string' && (p as { text: string }).text.length > SHORT_TEXT_MAX
        ? { ...p, text: clampText((p as { text: string }).text, SHORT_TEXT_MAX) }
        : p,
    );
  }
  return value;
}
