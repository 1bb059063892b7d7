import { z } from 'zod/mini';
import { CRM_IDS, RECORD_KINDS } from './vocabulary';

export { CRM_IDS, RECORD_KINDS, recordKey } from './vocabulary';

export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;

export const CrmId = z.enum(CRM_IDS);
export type CrmId = z.infer<typeof CrmId>;

/** What the recognizer says about a page: the contract in ARCHITECTURE.md. */
export const RecordPage = z.object({
  crm: CrmId,
  instance: z.string().check(z.minLength(1)),
  kind: RecordKind,
  recordId: z.string().check(z.minLength(1)),
  key: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
});
export type RecordPage = z.infer<typeof RecordPage>;
