import { z } from 'zod/mini';
import { CrmId, RecordKind } from './record';

/** One CRM record the rep has opened (PRODUCT.md, "Record"). */
export const StoredRecord = z.object({
  key: z.string().check(z.minLength(1)),
  crm: CrmId,
  instance: z.string(),
  kind: RecordKind,
  recordId: z.string(),
  url: z.string(),
  name: z.optional(z.string()),
  firstSeen: z.number(),
  lastVisited: z.number(),
});
export type StoredRecord = z.infer<typeof StoredRecord>;
