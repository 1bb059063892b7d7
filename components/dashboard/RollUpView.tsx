import type { RollUp } from '../../lib/report/rollup';
import { CompletenessByCriterion, CompletenessByRep } from './CompletenessCharts';
import { count, percent, shareOf } from './format';
import { FunnelChart, OutcomesSummary } from './FunnelChart';
import { Section } from './Section';

/** The team roll-up: where deals are thin, and where they fall out. */
export function RollUpView({ rollUp }: { rollUp: RollUp }) {
  const confirmed = rollUp.byCriterion.reduce((n, c) => n + c.confirmed, 0);
  const possible = rollUp.records * rollUp.criteria.length;
  return (
    <>
      <p class="cw-summary" data-testid="rollup-summary">
        {count(rollUp.reps.length)} {rollUp.reps.length === 1 ? 'rep' : 'reps'}, {count(rollUp.records)} records, {percent(shareOf(confirmed, possible))} of criteria
        confirmed, {count(rollUp.notNow)} in the "not now" pool, {count(rollUp.followUps.overdue)} follow-ups overdue.
      </p>
      <Section id="criteria-title" title="Completeness by criterion: where deals are thin">
        <CompletenessByCriterion criteria={rollUp.byCriterion} />
      </Section>
      <Section id="reps-title" title="Completeness by rep">
        <CompletenessByRep reps={rollUp.reps} />
      </Section>
      <Section id="funnel-title" title="Funnel: where deals fall out">
        <FunnelChart rollUp={rollUp} />
      </Section>
      <Section id="outcomes-title" title="Last outcomes and follow-ups">
        <OutcomesSummary rollUp={rollUp} />
      </Section>
    </>
  );
}
