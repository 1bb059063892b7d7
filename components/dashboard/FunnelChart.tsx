import { OUTCOME_KINDS, OUTCOME_LABEL } from '../../lib/model/conversation';
import './tables.css';
import type { RollUp } from '../../lib/report/rollup';
import { BarChart } from './BarChart';
import { DrillNumber, type OnDrill } from './DrillNumber';
import { count, percent, shareOf } from './format';
import { TableScroll } from './Section';

/** The funnel: records that reached each rung, and the conversion from the rung before. */
export function FunnelChart({ rollUp, onDrill }: { rollUp: Pick<RollUp, 'funnel' | 'records' | 'noRung' | 'offLadder'>; onDrill?: OnDrill }) {
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
        <table class="cw-fit">
          <caption>
            Of {count(records)} {records === 1 ? 'record' : 'records'};{' '}
            <DrillNumber n={rollUp.noRung} drill={{ kind: 'noRung' }} title="Records on no rung yet" onDrill={onDrill} /> reached no rung yet
            {rollUp.offLadder ? (
              <>
                , <DrillNumber n={rollUp.offLadder} drill={{ kind: 'offLadder' }} title="Records on a rung the team ladder does not have" onDrill={onDrill} />{' '}
                {rollUp.offLadder === 1 ? 'stands' : 'stand'} on a rung the team ladder does not have
              </>
            ) : null}
            .
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
                <td>
                  <DrillNumber
                    n={step.reached}
                    drill={{ kind: 'rung', rungId: step.rungId, measure: 'reached' }}
                    title={`Records that reached ${step.label}`}
                    onDrill={onDrill}
                  />
                </td>
                <td>{percent(step.conversion)}</td>
                <td>
                  <DrillNumber
                    n={step.atRung}
                    drill={{ kind: 'rung', rungId: step.rungId, measure: 'atRung' }}
                    title={`Records standing on ${step.label}`}
                    onDrill={onDrill}
                  />
                </td>
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
export function OutcomesSummary({ rollUp, onDrill }: { rollUp: Pick<RollUp, 'lastOutcomes' | 'records' | 'notNow' | 'followUps'>; onDrill?: OnDrill }) {
  const { lastOutcomes, records, followUps } = rollUp;
  return (
    <div class="cw-columns">
      <TableScroll label="Last outcomes">
        <table class="cw-fit">
          <caption>Last outcome per record</caption>
          <tbody>
            {OUTCOME_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{OUTCOME_LABEL[kind]}</th>
                <td>
                  <DrillNumber
                    n={lastOutcomes[kind]}
                    drill={{ kind: 'outcome', outcome: kind }}
                    title={`Records whose last outcome was ${OUTCOME_LABEL[kind]}`}
                    onDrill={onDrill}
                  />
                </td>
                <td>{percent(shareOf(lastOutcomes[kind], records))}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">No conversation yet</th>
              <td>
                <DrillNumber n={lastOutcomes.none} drill={{ kind: 'outcome', outcome: 'none' }} title="Records with no conversation yet" onDrill={onDrill} />
              </td>
              <td>{percent(shareOf(lastOutcomes.none, records))}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label="Follow-ups">
        <table class="cw-fit">
          <caption>The "not now" pool and open follow-ups</caption>
          <tbody>
            <tr>
              <th scope="row">Not now (last outcome)</th>
              <td>
                <DrillNumber n={rollUp.notNow} drill={{ kind: 'outcome', outcome: 'notNow' }} title='Records last told "not now"' onDrill={onDrill} />
              </td>
            </tr>
            <tr>
              <th scope="row">Follow-ups overdue</th>
              <td class={followUps.overdue ? 'cw-alert' : undefined}>
                <DrillNumber n={followUps.overdue} drill={{ kind: 'followUps', when: 'overdue' }} title="Overdue follow-ups" onDrill={onDrill} />
              </td>
            </tr>
            <tr>
              <th scope="row">Due today</th>
              <td>
                <DrillNumber n={followUps.dueToday} drill={{ kind: 'followUps', when: 'dueToday' }} title="Follow-ups due today" onDrill={onDrill} />
              </td>
            </tr>
            <tr>
              <th scope="row">Later</th>
              <td>
                <DrillNumber n={followUps.upcoming} drill={{ kind: 'followUps', when: 'upcoming' }} title="Follow-ups due later" onDrill={onDrill} />
              </td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
