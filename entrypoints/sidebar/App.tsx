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
import { SidebarHeader } from '../../components/SidebarHeader';
import { DEFAULT_CRITERIA } from '../../lib/model/checklist';
import { latestNote } from '../../lib/model/conversation';
import type { SidebarState, SidebarStore } from '../../lib/state/sidebar-store';
import { useStore } from '../../lib/state/use-store';

export interface AppProps {
  store: SidebarStore;
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
}

export function App({ store, collapsed, onCollapsedChange }: AppProps) {
  const state = useStore(store, (s) => s);
  if (collapsed) {
    return (
      <button type="button" class="cw-handle" aria-expanded="false" aria-label="Open the Closeward sidebar" onClick={() => onCollapsedChange(false)}>
        <span aria-hidden="true">‹</span>
        <span class="cw-handle-text">Closeward</span>
      </button>
    );
  }
  return (
    <main
      class="cw-sidebar"
      data-record-key={state.page?.key ?? ''}
      data-loaded={state.loaded ? 'true' : 'false'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCollapsedChange(true);
      }}
    >
      <SidebarHeader
        page={state.page}
        record={state.record}
        saving={state.saving}
        saveError={state.saveError}
        theme={state.settings.theme}
        onThemeChange={(theme) => void store.actions.setTheme(theme)}
        onCollapse={() => onCollapsedChange(true)}
      />
      {state.page && state.record ? (
        // While the next record loads, the last one's sections stay (no rebuild) but take no input.
        <div class="cw-panel" inert={!state.loaded}>
          <RecordPanel store={store} state={state} />
        </div>
      ) : null}
    </main>
  );
}

/**
 * One record, in the order the rep needs it the minute before a call: the note to future
 * self, what they are closing toward, how ready the deal is; then the rest.
 */
function RecordPanel({ store, state }: { store: SidebarStore; state: SidebarState }) {
  const { actions } = store;
  const { record, settings, now, criteria, conversations } = state;
  if (!record) return null;
  return (
    <>
      <NoteToFutureSelf latest={latestNote(conversations)} />
      <ClosingToward record={record} ladder={settings.ladder} now={now} onChange={actions.editRecord} />
      <Readiness defs={DEFAULT_CRITERIA} states={criteria} record={record} conversationCount={conversations.length} now={now} stalenessDays={settings.stalenessDays} />
      <FollowUps followUps={state.followUps} now={now} onDone={(id) => void actions.completeFollowUp(id)} />
      <LogConversation
        record={record}
        ladder={settings.ladder}
        draft={state.conversationDraft}
        onDraftChange={actions.setConversationDraft}
        onLog={actions.logConversation}
      />
      <Checklist
        defs={DEFAULT_CRITERIA}
        states={criteria}
        stakeholders={state.stakeholders}
        now={now}
        stalenessDays={settings.stalenessDays}
        onChange={actions.editCriterion}
        onVerify={actions.verifyCriterion}
      />
      <BuyingTeam stakeholders={state.stakeholders} onAdd={actions.addStakeholder} onChange={actions.editStakeholder} onRemove={(id) => void actions.removeStakeholder(id)} />
      <ProblemStory source={record.source} problems={record.problems} onChange={actions.editRecord} />
      <Referrals conversations={conversations} />
      <ConversationHistory conversations={conversations} ladder={settings.ladder} />
    </>
  );
}
