import { z } from 'zod/mini';
import { CrmId, RecordKind } from './record';

/**
 * A record page the rep opened. Kept apart from the records the rep wrote to: what a page can
 * make us store by navigating stays in this bounded list, and a record row is made from its
 * visit on the rep's first write (firstSeen starts the speed-to-lead clock).
 */
export const Visit = z.object({
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
export type Visit = z.infer<typeof Visit>;

/** How many visits are kept, the newest. */
export const VISITS_MAX = 1000;
