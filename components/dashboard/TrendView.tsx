import type { Ladder } from '../../lib/model/ladder';
import type { TrendWeek } from '../../lib/report/trend';
import { BarChart } from './BarChart';
import { count, percent } from './format';
import { TableScroll } from './Section';
import './tables.css';

const week = (start: number) => new Date(start).toLocaleDateString(undefined, { month: 'short', day: 'numeric', year: 'numeric' });

/** Completeness and the funnel week by week, from every export the lead imported. */
export function TrendView({ weeks, ladder }: { weeks: readonly TrendWeek[]; ladder: Ladder }) {
  if (weeks.length < 2) {
    return <p class="cw-hint">The trend starts once reps have sent exports from two different weeks.</p>;
  }
  const bars = weeks.map((w) => ({ label: `Week of ${week(w.weekStart)}`, share: w.completeness ?? 0, text: percent(w.completeness) }));
  return (
    <figure class="cw-figure">
      <figcaption id="chart-trend">Confirmed criteria of all criteria, week by week</figcaption>
      <BarChart labelledBy="chart-trend" bars={bars} />
      <TableScroll label="Trend, numbers">
        <table class="cw-fit">
          <caption>Each rep counted by their latest export made by the end of the week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col" class="cw-num">
                Reps
              </th>
              <th scope="col" class="cw-num">
                Records
              </th>
              <th scope="col" class="cw-num">
                Completeness
              </th>
              {ladder.map((rung) => (
                <th scope="col" class="cw-num" key={rung.id}>
                  {rung.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{week(w.weekStart)}</th>
                <td class="cw-num">{count(w.reps)}</td>
                <td class="cw-num">{count(w.records)}</td>
                <td class="cw-num">{percent(w.completeness)}</td>
                {w.reached.map((n, r) => (
                  <td class="cw-num" key={ladder[r]!.id}>
                    {count(n)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
