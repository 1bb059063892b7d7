import { KIND_NAME } from '../../lib/model/day';
import { CRM_LABELS } from '../../lib/model/vocabulary';
import type { DrillList } from '../../lib/report/drill';
import { count } from './format';
import { TableScroll } from './Section';
import './tables.css';

export interface DrillDownListProps {
  title: string;
  list: DrillList;
  /** Reps to narrow the list to, and the one chosen. */
  reps: readonly { repId: string; rep: string }[];
  repId?: string | undefined;
  onNarrow(repId: string | undefined): void;
  onClose(): void;
  /** The number counts answers or follow-ups, not records: show each record's share. */
  showCounts: boolean;
}

const date = (at: number | undefined) => (at === undefined ? '–' : new Date(at).toLocaleDateString());
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** The records behind one number of the roll-up, each a link to its page in the CRM. */
export function DrillDownList({ title, list, reps, repId, onNarrow, onClose, showCounts }: DrillDownListProps) {
  const shown = list.rows.length;
  return (
    <section class="cw-panel" aria-labelledby="drill-title" data-testid="drill-down">
      <div class="cw-drill-head">
        <h2 id="drill-title" tabIndex={-1}>
          {title}
        </h2>
        <button type="button" class="cw-button" onClick={onClose}>
          Close the list
        </button>
      </div>
      <p class="cw-hint" role="status">
        {plural(list.records, 'record')}
        {showCounts && list.total !== list.records ? `, ${count(list.total)} in all` : ''}
        {shown < list.records ? `; the first ${count(shown)} are listed` : ''}.
      </p>
      {reps.length > 1 && (
        <div class="cw-field">
          <label for="drill-rep">Rep</label>
          <select id="drill-rep" value={repId ?? ''} onChange={(e) => onNarrow(e.currentTarget.value || undefined)}>
            <option value="">Every rep</option>
            {reps.map((r) => (
              <option key={r.repId} value={r.repId}>
                {r.rep}
              </option>
            ))}
          </select>
        </div>
      )}
      {shown > 0 && (
        <TableScroll label={title}>
          <table class="cw-fit">
            <caption class="cw-visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Record</th>
                <th scope="col">Rep</th>
                <th scope="col">CRM</th>
                <th scope="col">Kind</th>
                <th scope="col">Rung</th>
                <th scope="col" class="cw-num">
                  Readiness
                </th>
                <th scope="col" class="cw-num">
                  Stale answers
                </th>
                <th scope="col">Next follow-up</th>
                {showCounts && (
                  <th scope="col" class="cw-num">
                    Counted
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row, i) => (
                <tr key={`${row.repId}:${row.url}:${i}`}>
                  <th scope="row">
                    <a href={row.url} target="_blank" rel="noreferrer noopener">
                      {row.name || 'Unnamed record'}
                    </a>
                  </th>
                  <td>{row.rep}</td>
                  <td>{CRM_LABELS[row.crm]}</td>
                  <td>{KIND_NAME[row.kind]}</td>
                  <td>{row.rungShown || '–'}</td>
                  <td class="cw-num">{row.readiness}</td>
                  <td class="cw-num">{count(row.stale)}</td>
                  <td>{date(row.nextFollowUpAt)}</td>
                  {showCounts && <td class="cw-num">{count(row.counts)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
