import { STATUS_LABEL, type CriterionDef, type CriterionState, type CriterionStatus } from '../lib/model/checklist';
import { isStale, readiness, type Readiness as ReadinessCounts } from '../lib/model/readiness';
import { leadWait } from '../lib/model/speed-to-lead';
import type { StoredRecord } from '../lib/model/stored-record';
import { formatSpan } from '../lib/model/time';

export interface ReadinessProps {
  /** The criteria of the record's template, in order (any number of them). */
  defs: readonly CriterionDef[];
  states: Record<string, CriterionState | undefined>;
  record: StoredRecord;
  conversationCount: number;
  now: number;
  stalenessDays: number;
}

/** Bar order: what is settled first, what is still open last. */
const ORDER: readonly CriterionStatus[] = ['confirmed', 'atRisk', 'no', 'unknown'];

/** ["3 of 6 confirmed", "1 at risk", "2 stale"]: the confirmed count, then the others that are not zero. */
export function readinessParts(r: ReadinessCounts): string[] {
  const others = [`${r.atRisk} at risk`, `${r.no} no`, `${r.stale} stale`].filter((part) => !part.startsWith('0 '));
  return [`${r.confirmed} of ${r.total} confirmed`, ...others];
}

/** How qualified the deal is at a glance (a segment per criterion), and how long a new lead has waited. */
export function Readiness({ defs, states, record, conversationCount, now, stalenessDays }: ReadinessProps) {
  const [confirmed, ...others] = readinessParts(readiness(defs, states, now, stalenessDays));
  const wait = leadWait(record, conversationCount, now);
  const segments = defs
    .map((def) => ({ def, status: states[def.id]?.status ?? ('unknown' as const), stale: isStale(states[def.id], now, stalenessDays) }))
    .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  return (
    <section class="cw-section cw-readiness-block" aria-labelledby="cw-readiness-title">
      <h2 id="cw-readiness-title" class="cw-section-title">
        Qualification
      </h2>
      <div class="cw-bar" aria-hidden="true" style={{ gridTemplateColumns: `repeat(${Math.max(defs.length, 1)}, 1fr)` }}>
        {segments.map(({ def, status, stale }) => (
          <span
            key={def.id}
            class="cw-seg"
            data-status={status}
            data-stale={stale ? 'true' : 'false'}
            title={`${def.label}: ${STATUS_LABEL[status]}${stale ? ', stale' : ''}`}
          />
        ))}
      </div>
      <p class="cw-readiness" data-testid="readiness">
        <span class="cw-readiness-main" data-testid="completeness">
          {confirmed}
        </span>
        {others.map((part) => ` · ${part}`).join('')}
      </p>
      {wait ? (
        <p class={wait.flagged ? 'cw-lead-wait cw-flag' : 'cw-lead-wait'} data-testid="speed-to-lead" data-flagged={wait.flagged ? 'true' : 'false'}>
          {wait.flagged ? `Waiting ${formatSpan(wait.waitedMs)}, no conversation yet: call now` : `New lead, waiting ${formatSpan(wait.waitedMs)}`}
        </p>
      ) : null}
    </section>
  );
}
