import { z } from 'zod/mini';
import { filled, KEY_MAX, NAME_MAX, SHORT_TEXT_MAX, text, URL_MAX } from './limits';
import { FieldTimes } from './field-times';
import { CrmId, RecordKind } from './record';

/** One problem the prospect wants solved, in the prospect's words. */
export const Problem = z.object({
  id: filled(KEY_MAX),
  text: text(SHORT_TEXT_MAX),
});
export type Problem = z.infer<typeof Problem>;

/** One CRM record the rep has opened (PRODUCT.md, "Record"). */
export const StoredRecord = z.object({
  key: filled(KEY_MAX),
  crm: CrmId,
  instance: text(SHORT_TEXT_MAX),
  kind: RecordKind,
  recordId: text(SHORT_TEXT_MAX),
  url: text(URL_MAX),
  name: z.optional(text(NAME_MAX)),
  /** Starts the speed-to-lead clock. */
  firstSeen: z.number(),
  lastVisited: z.number(),

  // What the rep edits on the record itself; each field merges on its own (fieldTimes).
  /** The last rung of the ladder reached, and when. */
  lastRungId: z.optional(text(KEY_MAX)),
  lastRungAt: z.optional(z.number()),
  /** The rep's own words for the next micro-conversion; empty means "the next rung". */
  nextMicroConversion: text(SHORT_TEXT_MAX),
  /** The stated purpose of the next call. */
  callPurpose: text(SHORT_TEXT_MAX),
  /** Target date for the next micro-conversion, as an <input type="date"> value or empty. */
  targetDate: text(SHORT_TEXT_MAX),
  /** How the prospect came to us. */
  source: text(SHORT_TEXT_MAX),
  /** The problems they want solved, most painful first. */
  problems: z.array(Problem),
  fieldTimes: FieldTimes,
});
export type StoredRecord = z.infer<typeof StoredRecord>;

export const RECORD_FIELDS = ['lastRungId', 'lastRungAt', 'nextMicroConversion', 'callPurpose', 'targetDate', 'source', 'problems'] as const;
export type RecordFields = Pick<StoredRecord, (typeof RECORD_FIELDS)[number]>;
export const RecordChange = z.partial(
  z.pick(StoredRecord, { lastRungId: true, lastRungAt: true, nextMicroConversion: true, callPurpose: true, targetDate: true, source: true, problems: true }),
);

/** The values of the rep's fields on a record nobody has edited yet. */
export function emptyRecordFields(): Omit<RecordFields, 'lastRungId' | 'lastRungAt'> & { fieldTimes: FieldTimes } {
  return { nextMicroConversion: '', callPurpose: '', targetDate: '', source: '', problems: [], fieldTimes: {} };
}

/** Moves one problem up (-1) or down (+1); returns the list unchanged at either end. */
export function moveProblem(problems: readonly Problem[], index: number, by: -1 | 1): Problem[] {
  const target = index + by;
  const next = [...problems];
  const [moved] = next.splice(index, 1);
  if (!moved || target < 0 || target > problems.length - 1) return [...problems];
  next.splice(target, 0, moved);
  return next;
}
