import { z } from 'zod/mini';
import { filled, KEY_MAX, LONG_TEXT_MAX, text } from './limits';
import { FieldTimes } from './field-times';

export const CRITERION_STATUSES = ['unknown', 'confirmed', 'atRisk', 'no'] as const;
export const CriterionStatus = z.enum(CRITERION_STATUSES);
export type CriterionStatus = z.infer<typeof CriterionStatus>;

export const STATUS_LABEL: Record<CriterionStatus, string> = {
  unknown: 'Unknown',
  confirmed: 'Confirmed',
  atRisk: 'At risk',
  no: 'No',
};

/** One question of a qualification template. */
export const CriterionDef = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  question: z.string(),
});
export type CriterionDef = z.infer<typeof CriterionDef>;

/** The default template; teams may define others (BANT, MEDDICC) later. */
export const DEFAULT_CRITERIA: readonly CriterionDef[] = [
  { id: 'budget', label: 'Budget', question: 'Is budget available for the purchase?' },
  { id: 'coach', label: 'Coach', question: 'Do I have an internal coach to help me navigate?' },
  { id: 'authority', label: 'Authority', question: 'Am I dealing with the person who has the authority to buy?' },
  { id: 'valueFit', label: 'Value fit', question: 'Does our value proposition connect with their needs?' },
  { id: 'timing', label: 'Timing', question: 'Are there time constraints around the decision to buy?' },
  { id: 'competitors', label: 'Competitors', question: 'Who else is on the shortlist, and can we counter?' },
];

export { FieldTimes } from './field-times';

/** The rep's answer to one criterion of one record. */
export const CriterionState = z.object({
  recordKey: filled(KEY_MAX),
  criterionId: filled(KEY_MAX),
  status: CriterionStatus,
  evidence: text(LONG_TEXT_MAX),
  /** When the status or evidence was last confirmed against reality (epoch ms). */
  verifiedAt: z.optional(z.number()),
  /** The buying-team member this answer came from (Stakeholder.id). */
  stakeholderId: z.optional(text(KEY_MAX)),
  fieldTimes: FieldTimes,
});
export type CriterionState = z.infer<typeof CriterionState>;

/** The fields a rep edits; everything else is bookkeeping. */
export const CriterionChange = z.partial(z.pick(CriterionState, { status: true, evidence: true, verifiedAt: true, stakeholderId: true }));
export type CriterionFields = Pick<CriterionState, 'status' | 'evidence' | 'verifiedAt' | 'stakeholderId'>;

export function emptyCriterion(recordKey: string, criterionId: string): CriterionState {
  return { recordKey, criterionId, status: 'unknown', evidence: '', fieldTimes: {} };
}

/** One criterion's answer as stored: inside its record's checklist row, which has the recordKey. */
export const StoredAnswer = z.omit(CriterionState, { recordKey: true });
export type StoredAnswer = z.infer<typeof StoredAnswer>;

/**
 * How answers are stored (database v3 and later): one row per record with all its answers,
 * sorted by criterionId. IndexedDB's cost here is per row, not per byte (the benchmark's seed:
 * 794,550 rows in 173 s as criteria rows, 294,550 rows in 42 s as checklists), so a record opened,
 * seeded, imported or exported costs one row instead of one per criterion. Exports keep one
 * row per answer (CriterionState), the format the team report reads.
 */
export const StoredChecklist = z.object({
  recordKey: filled(KEY_MAX),
  answers: z.array(StoredAnswer),
});
export type StoredChecklist = z.infer<typeof StoredChecklist>;

/** The answers of a checklist row as one CriterionState each, in criterionId order. */
export function statesOf(row: StoredChecklist | undefined): CriterionState[] {
  if (!row) return [];
  const { recordKey, answers } = row;
  const states = new Array<CriterionState>(answers.length);
  for (let i = 0; i < answers.length; i++) states[i] = { recordKey, ...answers[i]! };
  return states;
}

/** A CriterionState without its recordKey, for its checklist row. */
export function answerOf(state: CriterionState): StoredAnswer {
  const { recordKey: _recordKey, ...answer } = state;
  return answer;
}

/** The order of answers in a checklist row: by criterionId, as IndexedDB orders strings. */
export const byCriterionId = (a: { criterionId: string }, b: { criterionId: string }): number =>
  a.criterionId < b.criterionId ? -1 : a.criterionId > b.criterionId ? 1 : 0;

/** The checklist row with one answer put in (replacing the one of that criterion), still sorted. */
export function withAnswer(row: StoredChecklist | undefined, recordKey: string, answer: StoredAnswer): StoredChecklist {
  const answers = (row?.answers ?? []).filter((a) => a.criterionId !== answer.criterionId);
  answers.push(answer);
  answers.sort(byCriterionId);
  return { recordKey, answers };
}

/** The answer of one criterion in a checklist row, if the rep gave one. */
export function answerIn(row: StoredChecklist | undefined, criterionId: string): StoredAnswer | undefined {
  return row?.answers.find((a) => a.criterionId === criterionId);
}

export interface Completeness {
  confirmed: number;
  atRisk: number;
  no: number;
  unknown: number;
  total: number;
}

/** Derived, never stored: how many criteria of a template are in each status. */
export function completeness(defs: readonly CriterionDef[], states: Readonly<Record<string, Pick<CriterionState, 'status'> | undefined>>): Completeness {
  const result: Completeness = { confirmed: 0, atRisk: 0, no: 0, unknown: 0, total: defs.length };
  for (const def of defs) {
    const status: CriterionStatus = states[def.id]?.status ?? 'unknown';
    result[status]++;
  }
  return result;
}
