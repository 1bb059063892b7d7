import { z } from 'zod/mini';
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

/** One question of a qualification template (article 001). */
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
  recordKey: z.string().check(z.minLength(1)),
  criterionId: z.string().check(z.minLength(1)),
  status: CriterionStatus,
  evidence: z.string(),
  /** When the status or evidence was last confirmed against reality (epoch ms). */
  verifiedAt: z.optional(z.number()),
  /** The buying-team member this answer came from (Stakeholder.id). */
  stakeholderId: z.optional(z.string()),
  fieldTimes: FieldTimes,
});
export type CriterionState = z.infer<typeof CriterionState>;

/** The fields a rep edits; everything else is bookkeeping. */
export const CriterionChange = z.partial(z.pick(CriterionState, { status: true, evidence: true, verifiedAt: true, stakeholderId: true }));
export type CriterionFields = Pick<CriterionState, 'status' | 'evidence' | 'verifiedAt' | 'stakeholderId'>;

export function emptyCriterion(recordKey: string, criterionId: string): CriterionState {
  return { recordKey, criterionId, status: 'unknown', evidence: '', fieldTimes: {} };
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
