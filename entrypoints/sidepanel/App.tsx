import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { crmLabel } from '../../components/crm-label';
import { DayView } from './DayView';
import { DataSafety } from '../../components/DataSafety';
import { RecentRecords } from '../../components/RecentRecords';
import { recordName, SidebarHeader } from '../../components/SidebarHeader';
import type { DayStore } from '../../lib/state/day-state';
import type { RecentStore } from '../../lib/state/recent-state';
import type { SafetyStore } from '../../lib/state/safety-state';
import type { SidebarStore } from '../../lib/state/sidebar-store';
import { selectLoaded, selectPage, selectRecord, selectSaveError, selectSaving, selectUnjournaled } from '../../lib/state/sidebar-selectors';
import { useStore } from '../../lib/state/use-store';
import { memo } from '../../components/memo';
import type { RecordCard as RecordCardComponent } from './RecordCard';

/** The User Timing mark set each time a record's data reaches the DOM. */
export const RECORD_SHOWN_MARK = 'closeward:record-shown';

type Card = typeof RecordCardComponent;
let cardCode: Promise<Card> | undefined;
let loadedCard: Card | undefined;

/**
 * The record card's code, which a tab without a record does not need for its first render: it
 * loads once the panel has painted, so it is in long before the rep opens a record.
 */
export function loadRecordCard(): Promise<Card> {
  if (!cardCode) {
    cardCode = import('./RecordCard').then((m) => (loadedCard = m.RecordCard));
    // A failed load is not kept: a card mounted later (or the panel opened again) tries afresh.
    cardCode.catch(() => (cardCode = undefined));
  }
  return cardCode;
}

/** The record card once its code is in, and an error if it cannot load. */
function useRecordCard(): { card: Card | undefined; error: string | undefined } {
  const [card, setCard] = useState(() => loadedCard);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (card) return;
    let current = true;
    loadRecordCard().then(
      (loaded) => current && setCard(() => loaded),
      (reason: unknown) =>
        current &&
        setError(`Closeward could not load the record card (${reason instanceof Error ? reason.message : String(reason)}). Close the panel and open it again.`),
    );
    return () => {
      current = false;
    };
  }, [card]);
  return { card, error };
}

export interface AppProps {
  store: SidebarStore;
  /** Makes the store of recent records; the day view owns it while shown. */
  recent: () => RecentStore;
  safety: SafetyStore;
  /** Makes the day's store; the day view owns it while shown. */
  day: () => DayStore;
  onOpenRecord(key: string, url: string): void;
  /** Asks to show the rep's day even on a record's tab (the reminder was clicked). */
  dayRequests?: { subscribe(listener: () => void): () => void };
  /** The first day view's first frame draws the whole day (it replaces a picture that showed it all). */
  wholeDayAtOnce?: boolean;
}

const Header = memo(SidebarHeader);

export function App({ store, recent, safety, day, onOpenRecord, dayRequests, wholeDayAtOnce }: AppProps) {
  const page = useStore(store, selectPage);
  const record = useStore(store, selectRecord);
  const loaded = useStore(store, selectLoaded);
  const saving = useStore(store, selectSaving);
  const storeError = useStore(store, selectSaveError);
  const unjournaled = useStore(store, selectUnjournaled);
  const { card: RecordCard, error: cardError } = useRecordCard();
  // Only the day view drawn first replaces a picture; a later one draws its top first again.
  const wholeDay = useRef(wholeDayAtOnce);
  useEffect(() => {
    wholeDay.current = false;
  }, []);
  // On a record's tab the rep's day is one click away; a new record shows its card again.
  const [showDay, setShowDay] = useState(false);
  useEffect(() => setShowDay(false), [page?.key]);
  useEffect(() => dayRequests?.subscribe(() => setShowDay(true)), [dayRequests]);
  const shownKey = loaded && record && RecordCard ? page?.key : undefined;
  const shownName = recordName(page, record);
  // A User Timing mark when a record's data is in the DOM, with the key and the name the
  // header shows in that commit: DevTools shows it, and the benchmark reads it. One at a time,
  // so marks do not pile up.
  useLayoutEffect(() => {
    if (shownKey === undefined) return;
    performance.clearMarks(RECORD_SHOWN_MARK);
    performance.mark(RECORD_SHOWN_MARK, { detail: { key: shownKey, name: shownName } });
  }, [shownKey]);
  if (!page || showDay) {
    return (
      <NoRecord recent={recent} safety={safety} day={day} onOpenRecord={onOpenRecord} wholeDayAtOnce={wholeDay.current}>
        {page ? (
          <button type="button" class="cw-link-button cw-back" data-testid="back-to-record" onClick={() => setShowDay(false)}>
            ← Back to {shownName || 'the record'}
          </button>
        ) : null}
      </NoRecord>
    );
  }
  // Not saved and not kept anywhere else either (the browser's storage is full): say so.
  const saveError = storeError && unjournaled > 0 ? `${storeError} Keep this panel open until it saves.` : storeError;
  return (
    <main class="cw-sidebar" data-record-key={page.key} data-loaded={loaded ? 'true' : 'false'}>
      <Safety safety={safety} />
      <Header page={page} record={record} saving={saving} saveError={saveError} />
      <button type="button" class="cw-link-button cw-day-link" data-testid="show-day" onClick={() => setShowDay(true)}>
        Your day: follow-ups and search →
      </button>
      {record ? (
        // While the next record loads, the last one's sections stay (no rebuild) but take no input.
        <div class="cw-panel" inert={!loaded}>
          {RecordCard ? <RecordCard store={store} /> : cardError ? <p class="cw-error">{cardError}</p> : null}
        </div>
      ) : null}
    </main>
  );
}

/** The database-lost notice, when there is one. */
function Safety({ safety }: { safety: SafetyStore }) {
  const lost = useStore(safety, (s) => s.lost);
  const message = useStore(safety, (s) => s.message);
  const busy = useStore(safety, (s) => s.busy);
  return <DataSafety lost={lost} message={message} busy={busy} onRestore={() => void safety.restore()} onStartAfresh={() => void safety.startAfresh()} />;
}

interface NoRecordProps {
  recent: () => RecentStore;
  safety: SafetyStore;
  day: () => DayStore;
  onOpenRecord(key: string, url: string): void;
  wholeDayAtOnce?: boolean | undefined;
  children?: ComponentChildren;
}

/** The rep's day: what is due, search, and the records opened last; on any tab without a record. */
function NoRecord({ recent: createRecent, safety, day: createDay, onOpenRecord, wholeDayAtOnce, children }: NoRecordProps) {
  const day = useMemo(createDay, [createDay]);
  const recent = useMemo(createRecent, [createRecent]);
  useEffect(() => () => day.actions.dispose(), [day]);
  useEffect(() => () => recent.dispose(), [recent]);
  const visits = useStore(recent, (s) => s.visits);
  const backupStale = useStore(safety, (s) => s.backupStale);
  const notice = backupStale ? (
    <p class="cw-notice" data-testid="backup-reminder">
      Your last copy of your Closeward data is more than a week old. Export a backup from the{' '}
      <a href="/dashboard.html" target="_blank">
        team report page
      </a>
      .
    </p>
  ) : null;
  return (
    <main class="cw-sidebar cw-no-record" data-testid="no-record">
      <Safety safety={safety} />
      {children}
      <DayView store={day} onOpen={onOpenRecord} crmLabel={crmLabel} notice={notice} wholeAtOnce={wholeDayAtOnce} />
      {children ? null : <p class="cw-empty">Open a lead, opportunity, contact or account in your CRM, and its card shows here.</p>}
      <RecentRecords visits={visits} onOpen={onOpenRecord} />
    </main>
  );
}
