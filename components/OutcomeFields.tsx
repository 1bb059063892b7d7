import { FOLLOW_UP_PRESETS, PRESET_LABEL, type FollowUpPreset } from '../lib/model/follow-up';
import type { Ladder } from '../lib/model/ladder';
import type { ConversationDraft } from '../lib/model/conversation-draft';

export interface OutcomeFieldsProps {
  draft: ConversationDraft;
  ladder: Ladder;
  onChange(changes: Partial<ConversationDraft>): void;
}

/** What each outcome asks for: the rung won, the referral, the follow-up, or the reason. */
export function OutcomeFields({ draft, ladder, onChange }: OutcomeFieldsProps) {
  const text = (id: string, label: string, field: keyof ConversationDraft, placeholder = '') => [
    <label key={`${id}-label`} for={id}>
      {label}
    </label>,
    <input
      key={id}
      id={id}
      class="cw-input"
      value={String(draft[field])}
      placeholder={placeholder}
      onInput={(e) => onChange({ [field]: e.currentTarget.value })}
    />,
  ];
  switch (draft.kind) {
    case undefined:
      return null;
    case 'advanced':
      return (
        <div class="cw-grid">
          <label for="cw-log-rung">Rung won</label>
          <select id="cw-log-rung" class="cw-input" value={draft.rungId} onChange={(e) => onChange({ rungId: e.currentTarget.value })}>
            {ladder.map((rung, i) => (
              <option key={rung.id} value={rung.id}>
                {i + 1}. {rung.label}
              </option>
            ))}
          </select>
          {text('cw-log-won', 'What they agreed to', 'won', 'In their words')}
        </div>
      );
    case 'notMe':
      return (
        <div class="cw-grid">
          {text('cw-log-ref-name', 'Right party', 'referralName', 'Name')}
          {text('cw-log-ref-role', 'Their role', 'referralRole')}
          {text('cw-log-ref-reach', 'How to reach them', 'referralReach', 'Phone, email, who to ask')}
        </div>
      );
    case 'notNow':
      return (
        <div class="cw-grid">
          <label for="cw-log-preset">Follow up</label>
          <select id="cw-log-preset" class="cw-input" value={draft.preset} onChange={(e) => onChange({ preset: e.currentTarget.value as FollowUpPreset })}>
            {FOLLOW_UP_PRESETS.map((preset) => (
              <option key={preset} value={preset}>
                {PRESET_LABEL[preset]}
              </option>
            ))}
          </select>
          {draft.preset === 'date' ? (
            <>
              <label for="cw-log-follow-date">On</label>
              <input
                id="cw-log-follow-date"
                type="date"
                class="cw-input"
                value={draft.followUpDate}
                onInput={(e) => onChange({ followUpDate: e.currentTarget.value })}
              />
            </>
          ) : null}
          {text('cw-log-why', 'Why not now', 'notNowReason', 'Budget cycle, contract ends in…')}
        </div>
      );
    case 'lost':
      return <div class="cw-grid">{text('cw-log-lost', 'Why', 'lostReason', 'No budget, chose a competitor, not a fit…')}</div>;
  }
}
