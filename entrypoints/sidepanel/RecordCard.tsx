import { useEffect, useMemo, useState } from 'preact/hooks';
import { BuyingTeam } from '../../components/BuyingTeam';
import { Checklist } from '../../components/Checklist';
import { ClosingToward } from '../../components/ClosingToward';
import { ConversationHistory } from '../../components/ConversationHistory';
import { FollowUps } from '../../components/FollowUps';
import { LogConversation } from '../../components/LogConversation';
import { memo } from '../../components/memo';
import { NoteToFutureSelf } from '../../components/NoteToFutureSelf';
import { OtherAnswers } from '../../components/OtherAnswers';
import { ProblemStory } from '../../components/ProblemStory';
import { Readiness } from '../../components/Readiness';
import { Referrals } from '../../components/Referrals';
import { latestNote } from '../../lib/model/conversation';
import { activeTemplate, criterionDefs, criterionName, splitAnswers } from '../../lib/model/template';
import type { SidebarState, SidebarStore } from '../../lib/state/sidebar-store';
import {
  selectConversationCount,
  selectConversationDraft,
  selectConversations,
  selectCriteria,
  selectFollowUps,
  selectLadder,
  selectNow,
  selectRecord,
  selectRecordKey,
  selectRetiredRungs,
  selectStakeholders,
  selectStalenessDays,
  selectTemplateId,
  selectTemplates,
} from '../../lib/state/sidebar-selectors';
import { useStore } from '../../lib/state/use-store';

// Each section reads only what it shows, through its own narrow selectors: the store keeps
// unchanged rows identical, so a name arriving, a clock tick or an edit elsewhere renders only
// the sections whose data changed.
const Note = memo(NoteToFutureSelf);
const Closing = memo(ClosingToward);
const Brief = memo(Readiness);
const Criteria = memo(Checklist);
const Others = memo(OtherAnswers);
const FollowUpList = memo(FollowUps);
const Log = memo(LogConversation);
const Team = memo(BuyingTeam);
const Story = memo(ProblemStory);
const ReferralList = memo(Referrals);
const History = memo(ConversationHistory);

type Props = { store: SidebarStore };

/** The active template's criteria, as the checklist and readiness take them. */
function useDefs(store: SidebarStore) {
  const templateId = useStore(store, selectTemplateId);
  const templates = useStore(store, selectTemplates);
  return useMemo(() => {
    const template = activeTemplate({ templateId, templates });
    return { template, defs: criterionDefs(template) };
  }, [templateId, templates]);
}

function NoteSection({ store }: Props) {
  const conversations = useStore(store, selectConversations);
  const latest = useMemo(() => latestNote(conversations), [conversations]);
  return <Note latest={latest} />;
}

function ClosingSection({ store }: Props) {
  const record = useStore(store, selectRecord);
  const ladder = useStore(store, selectLadder);
  const retired = useStore(store, selectRetiredRungs);
  const now = useStore(store, selectNow);
  return record ? <Closing record={record} ladder={ladder} retiredRungs={retired} now={now} onChange={store.actions.editRecord} /> : null;
}

function ReadinessSection({ store }: Props) {
  const { defs } = useDefs(store);
  const record = useStore(store, selectRecord);
  const criteria = useStore(store, selectCriteria);
  const conversationCount = useStore(store, selectConversationCount);
  const now = useStore(store, selectNow);
  const stalenessDays = useStore(store, selectStalenessDays);
  return record ? <Brief defs={defs} states={criteria} record={record} conversationCount={conversationCount} now={now} stalenessDays={stalenessDays} /> : null;
}

function ChecklistSection({ store }: Props) {
  const { template, defs } = useDefs(store);
  const templates = useStore(store, selectTemplates);
  const criteria = useStore(store, selectCriteria);
  const stakeholders = useStore(store, selectStakeholders);
  const now = useStore(store, selectNow);
  const stalenessDays = useStore(store, selectStalenessDays);
  const recordKey = useStore(store, selectRecordKey);
  // Answers to criteria the active template does not have: kept, shown apart, never lost.
  const others = useMemo(() => {
    const { notInTemplate } = splitAnswers(template, Object.values(criteria));
    return notInTemplate.map((answer) => ({ answer, name: criterionName(templates, answer.criterionId) }));
  }, [template, templates, criteria]);
  return (
    <>
      <Criteria
        defs={defs}
        states={criteria}
        stakeholders={stakeholders}
        now={now}
        stalenessDays={stalenessDays}
        recordKey={recordKey}
        onChange={store.actions.editCriterion}
        onVerify={store.actions.verifyCriterion}
      />
      <Others answers={others} />
    </>
  );
}

function FollowUpsSection({ store }: Props) {
  const followUps = useStore(store, selectFollowUps);
  const now = useStore(store, selectNow);
  const onDone = useMemo(() => (id: string) => void store.actions.completeFollowUp(id), [store]);
  return <FollowUpList followUps={followUps} now={now} onDone={onDone} />;
}

function LogSection({ store }: Props) {
  const record = useStore(store, selectRecord);
  const ladder = useStore(store, selectLadder);
  const draft = useStore(store, selectConversationDraft);
  const notNowPreset = useStore(store, (s) => s.settings.notNowPreset);
  return record ? (
    <Log
      record={record}
      ladder={ladder}
      notNowPreset={notNowPreset}
      draft={draft}
      onDraftChange={store.actions.setConversationDraft}
      onLog={store.actions.logConversation}
    />
  ) : null;
}

type Below = Pick<SidebarState, 'stakeholders' | 'conversations' | 'record' | 'settings'> & { key: string | undefined };
const belowOf = (s: SidebarState): Below => ({
  key: s.page?.key,
  stakeholders: s.stakeholders,
  conversations: s.conversations,
  record: s.record,
  settings: s.settings,
});

/**
 * Buying team, problem story, referrals and history. On a record switch they follow one task
 * later: the first commit carries the name and everything down to the checklist; until then
 * these keep the last record's rows (so they do not render) and are hidden.
 */
function BelowSection({ store }: Props) {
  const [below, setBelow] = useState(() => belowOf(store.getState()));
  const [switching, setSwitching] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shownKey = store.getState().page?.key;
    const unsubscribe = store.subscribe((state) => {
      const next = belowOf(state);
      if (next.key === shownKey && timer === undefined) {
        setBelow((prev) =>
          prev.stakeholders === next.stakeholders && prev.conversations === next.conversations && prev.record === next.record && prev.settings === next.settings
            ? prev
            : next,
        );
        return;
      }
      setSwitching(true);
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        shownKey = store.getState().page?.key;
        setBelow(belowOf(store.getState()));
        setSwitching(false);
      }, 0);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
  const { actions } = store;
  const onRemove = useMemo(() => (id: string) => void actions.removeStakeholder(id), [actions]);
  return (
    <div class="cw-below" hidden={switching}>
      <Team stakeholders={below.stakeholders} onAdd={actions.addStakeholder} onChange={actions.editStakeholder} onRemove={onRemove} />
      {below.record ? <Story source={below.record.source} problems={below.record.problems} onChange={actions.editRecord} /> : null}
      <ReferralList conversations={below.conversations} />
      <History conversations={below.conversations} ladder={below.settings.ladder} />
    </div>
  );
}

/**
 * One record, in the order the rep needs it the minute before a call: the note to future
 * self, what they are closing toward, how ready the deal is and each criterion, the next
 * follow-up and the log; then the rest.
 */
export function RecordCard({ store }: Props) {
  return (
    <>
      <NoteSection store={store} />
      <ClosingSection store={store} />
      <ReadinessSection store={store} />
      <ChecklistSection store={store} />
      <FollowUpsSection store={store} />
      <LogSection store={store} />
      <BelowSection store={store} />
    </>
  );
}
