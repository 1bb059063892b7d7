import { OUTCOME_KINDS, OUTCOME_LABEL } from '../../lib/model/conversation';
import type { RollUp } from '../../lib/report/rollup';
import { BarChart } from './BarChart';
import { count, percent, shareOf } from './format';
import { TableScroll } from './Section';

/** The funnel: records that reached each rung, and the conversion from the rung before (article 000). */
export function FunnelChart({ rollUp }: { rollUp: Pick<RollUp, 'funnel' | 'records' | 'noRung' | 'offLadder'> }) {
  const { funnel, records } = rollUp;
  const bars = funnel.map((step) => ({
    label: step.label,
    share: shareOf(step.reached, records) ?? 0,
    text: `${count(step.reached)} · ${percent(step.conversion)}`,
  }));
  return (
    <figure class="cw-figure">
      <figcaption id="chart-funnel">Records that reached each rung · conversion from the rung before</figcaption>
      <BarChart labelledBy="chart-funnel" bars={bars} />
      <TableScroll label="Funnel, numbers">
        <table>
          <caption>
            Of {count(records)} records; {count(rollUp.noRung)} reached no rung yet
            {rollUp.offLadder ? `, ${count(rollUp.offLadder)} stand on a rung the team ladder does not have` : ''}.
          </caption>
          <thead>
            <tr>
              <th scope="col">Rung</th>
              <th scope="col">Reached</th>
              <th scope="col">Conversion</th>
              <th scope="col">Standing here</th>
              <th scope="col">Their completeness</th>
            </tr>
          </thead>
          <tbody>
            {funnel.map((step) => (
              <tr key={step.rungId}>
                <th scope="row">{step.label}</th>
                <td>{count(step.reached)}</td>
                <td>{percent(step.conversion)}</td>
                <td>{count(step.atRung)}</td>
                <td>{percent(step.completeness)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}

/** Last outcomes, the "not now" pool and the follow-ups waiting. */
export function OutcomesSummary({ rollUp }: { rollUp: Pick<RollUp, 'lastOutcomes' | 'records' | 'notNow' | 'followUps'> }) {
  const { lastOutcomes, records, followUps } = rollUp;
  return (
    <div class="cw-columns">
      <TableScroll label="Last outcomes">
        <table>
          <caption>Last outcome per record</caption>
          <tbody>
            {OUTCOME_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{OUTCOME_LABEL[kind]}</th>
                <td>{count(lastOutcomes[kind])}</td>
                <td>{percent(shareOf(lastOutcomes[kind], records))}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">No conversation yet</th>
              <td>{count(lastOutcomes.none)}</td>
              <td>{percent(shareOf(lastOutcomes.none, records))}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label="Follow-ups">
        <table>
          <caption>The "not now" pool and open follow-ups</caption>
          <tbody>
            <tr>
              <th scope="row">Not now (last outcome)</th>
              <td>{count(rollUp.notNow)}</td>
            </tr>
            <tr>
              <th scope="row">Follow-ups overdue</th>
              <td class={followUps.overdue ? 'cw-alert' : undefined}>{count(followUps.overdue)}</td>
            </tr>
            <tr>
              <th scope="row">Due today</th>
              <td>{count(followUps.dueToday)}</td>
            </tr>
            <tr>
              <th scope="row">Later</th>
              <td>{count(followUps.upcoming)}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
