import type { RollUp } from '../../lib/report/rollup';
import type { TrendWeek } from '../../lib/report/trend';
import { CompletenessByCriterion, CompletenessByRep } from './CompletenessCharts';
import { DrillNumber, type OnDrill } from './DrillNumber';
import { count, percent, shareOf } from './format';
import { FunnelChart, OutcomesSummary } from './FunnelChart';
import { Section } from './Section';
import { TrendView } from './TrendView';

const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

/** "Reps used 2 checklists: MEDDICC (Ben), Closeward default (Ana and Cy)." */
export function templatesNote(templates: RollUp['templates']): string {
  if (templates.length < 2) return '';
  const list = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
  return `Reps used ${templates.length} different checklists: ${templates.map((t) => `${t.name} (${list(t.reps)})`).join(', ')}. Each checklist's criteria are counted apart.`;
}

/** The team roll-up: where deals are thin, and where they fall out; every number opens its records. */
export function RollUpView({ rollUp, trend = [], onDrill }: { rollUp: RollUp; trend?: readonly TrendWeek[]; onDrill?: OnDrill }) {
  const confirmed = rollUp.reps.reduce((n, r) => n + r.confirmed, 0);
  const possible = rollUp.reps.reduce((n, r) => n + r.possible, 0);
  const { reps, records, notNow } = rollUp;
  const overdue = rollUp.followUps.overdue;
  const note = templatesNote(rollUp.templates);
  return (
    <>
      <p class="cw-summary" data-testid="rollup-summary">
        {count(reps.length)} {plural(reps.length, 'rep')}, <DrillNumber n={records} drill={{ kind: 'all' }} title="Every record" onDrill={onDrill} />{' '}
        {plural(records, 'record')}, {percent(shareOf(confirmed, possible))} of criteria confirmed,{' '}
        <DrillNumber n={notNow} drill={{ kind: 'outcome', outcome: 'notNow' }} title='Records last told "not now"' onDrill={onDrill} /> in the "not now" pool,{' '}
        <DrillNumber n={overdue} drill={{ kind: 'followUps', when: 'overdue' }} title="Overdue follow-ups" onDrill={onDrill} /> {plural(overdue, 'follow-up')}{' '}
        overdue.
      </p>
      {note && (
        <p class="cw-hint" data-testid="templates-note">
          {note}
        </p>
      )}
      {rollUp.templates.map((t, i) => (
        <Section
          key={t.id}
          id={`criteria-title-${i}`}
          title={rollUp.templates.length > 1 ? `Completeness by criterion, ${t.name}: where deals are thin` : 'Completeness by criterion: where deals are thin'}
        >
          <CompletenessByCriterion criteria={t.criteria} id={`chart-criteria-${i}`} onDrill={onDrill} />
        </Section>
      ))}
      <Section id="reps-title" title="Completeness by rep">
        <CompletenessByRep reps={rollUp.reps} onDrill={onDrill} />
      </Section>
      <Section id="funnel-title" title="Funnel: where deals fall out">
        <FunnelChart rollUp={rollUp} onDrill={onDrill} />
      </Section>
      <Section id="outcomes-title" title="Last outcomes and follow-ups">
        <OutcomesSummary rollUp={rollUp} onDrill={onDrill} />
      </Section>
      <Section id="trend-title" title="Trend: completeness and the funnel, week by week">
        <TrendView weeks={trend} ladder={rollUp.ladder} />
      </Section>
    </>
  );
}
