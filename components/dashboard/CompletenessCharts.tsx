import type { CriterionTotals, RepTotals } from '../../lib/report/rollup';
import './tables.css';
import { BarChart } from './BarChart';
import { DrillNumber, type OnDrill } from './DrillNumber';
import { percent, shareOf } from './format';
import { TableScroll } from './Section';

const STATUS_WORDS = { confirmed: 'confirmed', atRisk: 'at risk', no: 'answered no', unknown: 'unknown', stale: 'stale' } as const;

/** Completeness by criterion: which questions the team leaves open. */
export function CompletenessByCriterion({
  criteria,
  id = 'chart-criteria',
  onDrill,
}: {
  criteria: readonly CriterionTotals[];
  id?: string;
  onDrill?: OnDrill;
}) {
  const bars = criteria.map((c) => {
    const of = (n: number) => (c.records ? n / c.records : 0);
    return {
      label: c.label,
      share: of(c.confirmed),
      text: `${percent(shareOf(c.confirmed, c.records))} confirmed`,
      parts: [
        { share: of(c.confirmed), tone: 'ok' as const },
        { share: of(c.atRisk), tone: 'risk' as const },
        { share: of(c.no), tone: 'no' as const },
      ],
    };
  });
  return (
    <figure class="cw-figure">
      <figcaption id={id}>
        Share of records per criterion{' '}
        <span class="cw-legend">
          <i class="cw-key cw-bar-ok" /> confirmed <i class="cw-key cw-bar-risk" /> at risk <i class="cw-key cw-bar-no" /> no
        </span>
      </figcaption>
      <BarChart labelledBy={id} bars={bars} />
      <TableScroll label="Completeness by criterion, numbers">
        <table class="cw-fit">
          <caption>Records per criterion and status</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Confirmed</th>
              <th scope="col">At risk</th>
              <th scope="col">No</th>
              <th scope="col">Unknown</th>
              <th scope="col">Stale</th>
              <th scope="col">Confirmed share</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.label}</th>
                {(['confirmed', 'atRisk', 'no', 'unknown', 'stale'] as const).map((status) => (
                  <td key={status}>
                    <DrillNumber
                      n={c[status]}
                      drill={{ kind: 'criterion', templateId: c.templateId, criterionId: c.id, status }}
                      title={`Records with ${c.label} ${STATUS_WORDS[status]}`}
                      onDrill={onDrill}
                    />
                  </td>
                ))}
                <td>{percent(shareOf(c.confirmed, c.records))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}

/** Completeness by rep: confirmed answers of all answers possible, and fully qualified records. */
export function CompletenessByRep({ reps, onDrill }: { reps: readonly RepTotals[]; onDrill?: OnDrill }) {
  const bars = reps.map((r) => ({ label: r.rep, share: shareOf(r.confirmed, r.possible) ?? 0, text: percent(shareOf(r.confirmed, r.possible)) }));
  return (
    <figure class="cw-figure">
      <figcaption id="chart-reps">Confirmed criteria of all criteria, per rep</figcaption>
      <BarChart labelledBy="chart-reps" bars={bars} />
      <TableScroll label="Completeness by rep, numbers">
        <table class="cw-fit">
          <caption>Per rep</caption>
          <thead>
            <tr>
              <th scope="col">Rep</th>
              <th scope="col">Records</th>
              <th scope="col">Completeness</th>
              <th scope="col">Fully qualified</th>
              <th scope="col">Stale answers</th>
              <th scope="col">Not now</th>
              <th scope="col">Follow-ups overdue</th>
              <th scope="col">Due today</th>
              <th scope="col">Exported</th>
            </tr>
          </thead>
          <tbody>
            {reps.map((r) => (
              <tr key={r.repId}>
                <th scope="row">{r.rep}</th>
                <td>
                  <DrillNumber n={r.records} drill={{ kind: 'rep', repId: r.repId, measure: 'records' }} title={`${r.rep}'s records`} onDrill={onDrill} />
                </td>
                <td>{percent(shareOf(r.confirmed, r.possible))}</td>
                <td>
                  <DrillNumber
                    n={r.fullyQualified}
                    drill={{ kind: 'rep', repId: r.repId, measure: 'fullyQualified' }}
                    title={`${r.rep}'s fully qualified records`}
                    onDrill={onDrill}
                  />
                </td>
                <td>
                  <DrillNumber
                    n={r.stale}
                    drill={{ kind: 'rep', repId: r.repId, measure: 'stale' }}
                    title={`${r.rep}'s records with stale answers`}
                    onDrill={onDrill}
                  />
                </td>
                <td>
                  <DrillNumber
                    n={r.notNow}
                    drill={{ kind: 'rep', repId: r.repId, measure: 'notNow' }}
                    title={`${r.rep}'s records last told "not now"`}
                    onDrill={onDrill}
                  />
                </td>
                <td>
                  <DrillNumber
                    n={r.followUps.overdue}
                    drill={{ kind: 'rep', repId: r.repId, measure: 'overdue' }}
                    title={`${r.rep}'s overdue follow-ups`}
                    onDrill={onDrill}
                  />
                </td>
                <td>
                  <DrillNumber
                    n={r.followUps.dueToday}
                    drill={{ kind: 'rep', repId: r.repId, measure: 'dueToday' }}
                    title={`${r.rep}'s follow-ups due today`}
                    onDrill={onDrill}
                  />
                </td>
                <td>{new Date(r.exportedAt).toLocaleDateString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
