import type { CriterionDef, CriterionState } from '../lib/model/checklist';
import { readiness, readinessSummary } from '../lib/model/readiness';
import { leadWait } from '../lib/model/speed-to-lead';
import type { StoredRecord } from '../lib/model/stored-record';
import { formatSpan } from '../lib/model/time';

export interface ReadinessProps {
  defs: readonly CriterionDef[];
  states: Record<string, CriterionState | undefined>;
  record: StoredRecord;
  conversationCount: number;
  now: number;
  stalenessDays: number;
}

/** The one line to read before a call: how qualified this is, and how long a new lead has waited. */
export function Readiness({ defs, states, record, conversationCount, now, stalenessDays }: ReadinessProps) {
  const r = readiness(defs, states, now, stalenessDays);
  const wait = leadWait(record, conversationCount, now);
  return (
    <div class="cw-brief">
      <p class="cw-readiness" data-testid="readiness">
        {readinessSummary(r)}
      </p>
      {wait ? (
        <p class={wait.flagged ? 'cw-lead-wait cw-flag' : 'cw-lead-wait'} data-testid="speed-to-lead" data-flagged={wait.flagged ? 'true' : 'false'}>
          {wait.flagged ? `Waiting ${formatSpan(wait.waitedMs)}, no conversation yet: call now` : `New lead, waiting ${formatSpan(wait.waitedMs)}`}
        </p>
      ) : null}
    </div>
  );
}
