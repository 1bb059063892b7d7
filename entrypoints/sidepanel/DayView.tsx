import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { DAY_SHOWN_MARK } from '../../lib/state/kept-day-view';
import { useStore } from '../../lib/state/use-store';
import {
  selectLeads,
  selectNow,
  selectPart,
  selectProblem,
  selectSearch,
  selectStatus,
  selectTimeZone,
  selectWidened,
  type DayPart,
  type DayStore,
} from '../../lib/state/day-state';
import { byDay, count, countUpToCap, FOLLOW_UP, LEAD } from '../../lib/model/day';
import type { CrmId } from '../../lib/model/record';
import { dateIn, dateKey } from '../../lib/model/zoned-day';
import { DayRow } from '../../components/day/DayRow';
import { LeadList } from '../../components/day/LeadList';
import { RecordSearch } from '../../components/day/RecordSearch';

export interface DayViewProps {
  store: DayStore;
  /** Go to the record: the tab already on it, or its page in a new tab. */
  onOpen(key: string, url: string): void;
  /** The CRM's name as the rep knows it; the id when not given. */
  crmLabel?: (crm: CrmId) => string;
  /** Shown above the day, e.g. a note that the last backup is old. */
  notice?: ComponentChildren;
  /** The first frame draws every row (it replaces a picture of the whole day), not the top only. */
  wholeAtOnce?: boolean | undefined;
}

const PART_TITLE: Record<DayPart, string> = { overdue: 'Overdue', today: 'Due today', week: 'Next 7 days' };

/**
 * Rows drawn in the view's first frame, more than the panel shows at once; the rest of the
 * lists follow in the next one, so the panel shows the top of the day without waiting for
 * every row of it.
 */
export const FIRST_FRAME_ROWS = 12;

export { DAY_SHOWN_MARK };
/** Set when the results for the search box's text are in the DOM; detail { query }. */
export const SEARCH_RESULTS_MARK = 'closeward:search-results';

/** The rep's day: search, then overdue, today, new leads waiting and the next 7 days. */
export function DayView({ store, onOpen, crmLabel = (crm) => crm, notice, wholeAtOnce = false }: DayViewProps) {
  const status = useStore(store, selectStatus);
  const search = useStore(store, selectSearch);
  const problem = useStore(store, selectProblem);
  // "Show more" widened a part: the picture kept at close would show more than the kept day.
  const widened = useStore(store, selectWidened);
  // User Timing marks when the day's rows, and the results for what is typed, are in the DOM:
  // DevTools shows them, and the benchmark reads them.
  useLayoutEffect(() => {
    if (status === 'ready') performance.mark(DAY_SHOWN_MARK);
  }, [status === 'ready']);
  useLayoutEffect(() => {
    if (search.query.trim() && (search.hits.length || !search.searching)) performance.mark(SEARCH_RESULTS_MARK, { detail: { query: search.query } });
  }, [search.query, search.searching, search.hits]);
  return (
    <section class="cw-day" aria-labelledby="cw-day-title" data-loaded={status === 'ready' ? 'true' : 'false'} data-widened={widened ? 'true' : undefined}>
      <h1 id="cw-day-title" class="cw-section-title">
        Your day
      </h1>
      {notice}
      <RecordSearch {...search} crmLabel={crmLabel} onQuery={(q) => void store.actions.search(q)} onOpen={onOpen} />
      {problem ? (
        <p role="alert" class="cw-problem-text">
          {problem}
        </p>
      ) : null}
      {status === 'error' ? <p role="alert">The day could not be read. Close and reopen the panel.</p> : null}
      {status === 'ready' ? <DayParts store={store} onOpen={onOpen} crmLabel={crmLabel} wholeAtOnce={wholeAtOnce} /> : null}
    </section>
  );
}

function DayParts({ store, onOpen, crmLabel, wholeAtOnce }: Required<Pick<DayViewProps, 'store' | 'onOpen' | 'crmLabel'>> & { wholeAtOnce: boolean }) {
  const overdue = useStore(store, selectPart('overdue'));
  const today = useStore(store, selectPart('today'));
  const week = useStore(store, selectPart('week'));
  const leads = useStore(store, selectLeads) ?? [];
  const now = useStore(store, selectNow);
  const timeZone = useStore(store, selectTimeZone);
  const [whole, setWhole] = useState(wholeAtOnce);
  useEffect(() => {
    if (whole) return;
    // Preact runs this after the first frame is painted.
    const timer = setTimeout(() => setWhole(true), 0);
    return () => clearTimeout(timer);
  }, []);
  let room = whole ? Infinity : FIRST_FRAME_ROWS;
  const first = <T,>(rows: readonly T[]): readonly T[] => {
    const taken = rows.length <= room ? rows : rows.slice(0, room);
    room -= taken.length;
    return taken;
  };
  const overdueRows = first(overdue?.rows ?? []);
  const todayRows = first(today?.rows ?? []);
  const leadRows = first(leads);
  const weekRows = first(week?.rows ?? []);
  if (!overdue?.total && !today?.total && !week?.total && !leads.length) {
    return (
      <p class="cw-day-empty" data-testid="day-empty">
        Nothing due today or in the next 7 days. Every “Not now” you log comes back here on its day.
      </p>
    );
  }
  const rowProps = {
    now,
    timeZone,
    today: dateKey(dateIn(now, timeZone)),
    crmLabel,
    onOpen,
    onDone: (id: string) => void store.actions.done(id),
    onSnooze: (id: string) => void store.actions.snooze(id),
    onReschedule: store.actions.reschedule,
  };
  const part = (id: DayPart, rows: ComponentChildren, slice: { rows: unknown[]; total: number } | undefined, empty?: string) => {
    if (!slice?.total && !empty) return null;
    return (
      <section class="cw-day-part" aria-labelledby={`cw-day-${id}`} data-part={id}>
        <h2 id={`cw-day-${id}`} class="cw-section-title">
          {PART_TITLE[id]} <span class="cw-meta">{countUpToCap(slice?.total ?? 0, FOLLOW_UP)}</span>
        </h2>
        {slice?.total ? rows : <p class="cw-meta">{empty}</p>}
        {whole && slice && slice.rows.length < slice.total ? (
          <button type="button" class="cw-link-button" onClick={() => store.actions.showMore(id)}>
            Show more ({count(slice.total - slice.rows.length, { one: 'more', other: 'more' })})
          </button>
        ) : null}
      </section>
    );
  };
  return (
    <>
      {part(
        'overdue',
        <ul class="cw-list">
          {overdueRows.map((row) => (
            <DayRow key={row.followUp.id} row={row} canSnooze {...rowProps} />
          ))}
        </ul>,
        overdue,
      )}
      {part(
        'today',
        <ul class="cw-list">
          {todayRows.map((row) => (
            <DayRow key={row.followUp.id} row={row} canSnooze {...rowProps} />
          ))}
        </ul>,
        today,
        'Nothing else due today.',
      )}
      {leads.length ? (
        <section class="cw-day-part" aria-labelledby="cw-day-leads" data-part="leads">
          <h2 id="cw-day-leads" class="cw-section-title">
            New leads waiting <span class="cw-meta">{count(leads.length, LEAD)}</span>
          </h2>
          <LeadList leads={leadRows} now={now} crmLabel={crmLabel} onOpen={onOpen} />
        </section>
      ) : null}
      {part(
        'week',
        byDay(weekRows, timeZone).map((day) => (
          <div key={day.key} class="cw-day-date">
            <h3 class="cw-meta">{day.label}</h3>
            <ul class="cw-list">
              {day.rows.map((row) => (
                <DayRow key={row.followUp.id} row={row} canSnooze={false} {...rowProps} />
              ))}
            </ul>
          </div>
        )),
        week,
        'Nothing planned for the next 7 days.',
      )}
    </>
  );
}
