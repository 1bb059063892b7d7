import type { StoredRecord } from './stored-record';
import { HOUR_MS } from './time';

/** Past this with no conversation logged, a new lead is flagged. */
export const SPEED_TO_LEAD_MS = HOUR_MS;

export interface LeadWait {
  waitedMs: number;
  flagged: boolean;
}

/**
 * How long a lead has waited for its first conversation; undefined when the record is
 * not a lead or someone already talked to it.
 */
export function leadWait(record: Pick<StoredRecord, 'kind' | 'firstSeen'>, conversationCount: number, now: number): LeadWait | undefined {
  if (record.kind !== 'lead' || conversationCount > 0) return undefined;
  const waitedMs = Math.max(0, now - record.firstSeen);
  return { waitedMs, flagged: waitedMs > SPEED_TO_LEAD_MS };
}
