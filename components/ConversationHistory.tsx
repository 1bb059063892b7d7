import { OUTCOME_LABEL, type Conversation, type Outcome } from '../lib/model/conversation';
import type { Ladder } from '../lib/model/ladder';
import { formatDate, formatDateTime } from '../lib/model/time';

export interface ConversationHistoryProps {
  /** Newest first. */
  conversations: readonly Conversation[];
  ladder: Ladder;
}

function outcomeDetail(outcome: Outcome, ladder: Ladder): string {
  switch (outcome.kind) {
    case 'advanced': {
      const rung = ladder.find((r) => r.id === outcome.rungId)?.label ?? outcome.rungId;
      return outcome.won ? `${rung}: ${outcome.won}` : rung;
    }
    case 'notMe':
      return `Referred to ${outcome.referral.name}`;
    case 'notNow':
      return `Follow up ${formatDate(outcome.followUpAt)}${outcome.reason ? `: ${outcome.reason}` : ''}`;
    case 'lost':
      return outcome.reason;
  }
}

/** Every conversation so far, folded away until asked for. */
export function ConversationHistory({ conversations, ladder }: ConversationHistoryProps) {
  if (!conversations.length) return null;
  return (
    <details class="cw-section cw-history">
      <summary>Conversation history ({conversations.length})</summary>
      <ol class="cw-list">
        {conversations.map((c) => (
          <li key={c.id} class="cw-history-item" data-outcome={c.outcome.kind}>
            <p class="cw-meta">
              {formatDateTime(c.at)} · <strong>{OUTCOME_LABEL[c.outcome.kind]}</strong> {outcomeDetail(c.outcome, ladder)}
            </p>
            <p class="cw-history-note">{c.noteToFutureSelf}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
