import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DataSafety } from '../../components/DataSafety';
import { RecentRecords } from '../../components/RecentRecords';
import { BuyingTeam } from '../../components/BuyingTeam';
import { Checklist } from '../../components/Checklist';
import { ClosingToward } from '../../components/ClosingToward';
import { ConversationHistory } from '../../components/ConversationHistory';
import { FollowUps } from '../../components/FollowUps';
import { LogConversation } from '../../components/LogConversation';
import { NoteToFutureSelf } from '../../components/NoteToFutureSelf';
import { ProblemStory } from '../../components/ProblemStory';
import { Readiness } from '../../components/Readiness';
import { Referrals } from '../../components/Referrals';
import { recordName, SidebarHeader } from '../../components/SidebarHeader';
import { DEFAULT_CRITERIA } from '../../lib/model/checklist';
import { latestNote } from '../../lib/model/conversation';
import type { RecentStore } from '../../lib/state/recent-store';
import type { SafetyStore } from '../../lib/state/safety-store';
import type { SidebarState, SidebarStore } from '../../lib/state/sidebar-store';
import { useStore } from '../../lib/state/use-store';
import { memo } from '../../components/memo';

/** The User Timing mark set each time a record's data reaches the DOM. */
export const RECORD_SHOWN_MARK = 'closeward:record-shown';

export interface AppProps {
  store: SidebarStore;
  recent: RecentStore;
  safety: SafetyStore;
  onOpenRecord(key: string, url: string): void;
}

// Each section renders again only when its own props change: the store keeps unchanged rows
// identical, so a record's name arriving, the visit write or a clock tick re-renders only
// what shows them.
const Header = memo(SidebarHeader);
const Note = memo(NoteToFutureSelf);
const Closing = memo(ClosingToward);
const Brief = memo(Readiness);
const FollowUpList = memo(FollowUps);
const Log = memo(LogConversation);
const Criteria = memo(Checklist);
const Team = memo(BuyingTeam);
const Story = memo(ProblemStory);
const ReferralList = memo(Referrals);
const History = memo(ConversationHistory);

export function App({ store, recent, safety, onOpenRecord }: AppProps) {
  const state = useStore(store, (s) => s);
  const shownKey = state.loaded && state.record ? state.page?.key : undefined;
  const shownName = recordName(state.page, state.record);
  // A User Timing mark when a record's data is in the DOM, with the key and the name the
  // header shows in that commit: DevTools shows it, and the benchmark reads it. One at a time,
  // so marks do not pile up.
  useLayoutEffect(() => {
    if (shownKey === undefined) return;
    performance.clearMarks(RECORD_SHOWN_MARK);
    performance.mark(RECORD_SHOWN_MARK, { detail: { key: shownKey, name: shownName } });
  }, [shownKey]);
  if (!state.page) return <NoRecord recent={recent} safety={safety} onOpenRecord={onOpenRecord} />;
  // Not saved and not kept anywhere else either (the browser's storage is full): say so.
  const saveError = state.saveError && state.unjournaled > 0 ? `${state.saveError} Keep this panel open until it saves.` : state.saveError;
  return (
    <main class="cw-sidebar" data-record-key={state.page.key} data-loaded={state.loaded ? 'true' : 'false'}>
      <Safety safety={safety} />
      <Header page={state.page} record={state.record} saving={state.saving} saveError={saveError} />
      {state.record ? (
        // While the next record loads, the last one's sections stay (no rebuild) but take no input.
        <div class="cw-panel" inert={!state.loaded}>
          <RecordPanel store={store} state={state} />
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

/** A tab without a record: what to open, and the records opened last. */
function NoRecord({ recent, safety, onOpenRecord }: { recent: RecentStore; safety: SafetyStore; onOpenRecord(key: string, url: string): void }) {
  const visits = useStore(recent, (s) => s.visits);
  const backupStale = useStore(safety, (s) => s.backupStale);
  return (
    <main class="cw-sidebar cw-no-record" data-testid="no-record">
      <Safety safety={safety} />
      <header class="cw-header">
        <h1 class="cw-name">Closeward</h1>
      </header>
      {backupStale && visits.length ? (
        <p class="cw-notice" data-testid="backup-reminder">
          Your last copy of your Closeward data is more than a week old. Export a backup from the <a href="/dashboard.html" target="_blank">team report page</a>.
        </p>
      ) : null}
      <p class="cw-empty">Open a lead, opportunity, contact or account in your CRM, and its card shows here.</p>
      <RecentRecords visits={visits} onOpen={onOpenRecord} />
    </main>
  );
}

/**
 * One record, in the order the rep needs it the minute before a call: the note to future
 * self, what they are closing toward, how ready the deal is; then the rest.
 */
function RecordPanel({ store, state }: { store: SidebarStore; state: SidebarState }) {
  const { actions } = store;
  const handlers = useMemo(
    () => ({
      completeFollowUp: (id: string) => void actions.completeFollowUp(id),
      removeStakeholder: (id: string) => void actions.removeStakeholder(id),
    }),
    [actions],
  );
  const { record, settings, now, criteria, conversations } = state;
  const latest = useMemo(() => latestNote(conversations), [conversations]);
  // On a record switch, the sections below the checklist follow one task later: the first
  // commit carries the name and everything down to the checklist. Until then they keep the
  // last record's props (so they do not render) and are hidden.
  const key = state.page?.key ?? '';
  const [lowerKey, setLowerKey] = useState(key);
  const lower = useRef(state);
  const switching = key !== lowerKey;
  if (!switching) lower.current = state;
  useEffect(() => {
    if (!switching) return undefined;
    const timer = setTimeout(() => setLowerKey(key), 0);
    return () => clearTimeout(timer);
  }, [switching, key]);
  if (!record) return null;
  const below = lower.current;
  return (
    <>
      <Note latest={latest} />
      <Closing record={record} ladder={settings.ladder} now={now} onChange={actions.editRecord} />
      <Brief defs={DEFAULT_CRITERIA} states={criteria} record={record} conversationCount={conversations.length} now={now} stalenessDays={settings.stalenessDays} />
      <FollowUpList followUps={state.followUps} now={now} onDone={handlers.completeFollowUp} />
      <Log record={record} ladder={settings.ladder} draft={state.conversationDraft} onDraftChange={actions.setConversationDraft} onLog={actions.logConversation} />
      <Criteria
        defs={DEFAULT_CRITERIA}
        states={criteria}
        stakeholders={state.stakeholders}
        now={now}
        stalenessDays={settings.stalenessDays}
        onChange={actions.editCriterion}
        onVerify={actions.verifyCriterion}
      />
      <div class="cw-below" hidden={switching}>
        <Team stakeholders={below.stakeholders} onAdd={actions.addStakeholder} onChange={actions.editStakeholder} onRemove={handlers.removeStakeholder} />
        {below.record ? <Story source={below.record.source} problems={below.record.problems} onChange={actions.editRecord} /> : null}
        <ReferralList conversations={below.conversations} />
        <History conversations={below.conversations} ladder={below.settings.ladder} />
      </div>
    </>
  );
}
