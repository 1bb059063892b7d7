import { referralsOf, type Conversation } from '../lib/model/conversation';
import { formatDate } from '../lib/model/time';

export interface ReferralsProps {
  conversations: readonly Conversation[];
}

/** The right parties named in "not me" conversations: people to call next. */
export function Referrals({ conversations }: ReferralsProps) {
  const referrals = referralsOf(conversations);
  if (!referrals.length) return null;
  return (
    <section class="cw-section" aria-labelledby="cw-referrals-title">
      <h2 id="cw-referrals-title" class="cw-section-title">
        Referrals
      </h2>
      <ul class="cw-list">
        {referrals.map(({ conversation, referral }) => (
          <li key={conversation.id} data-testid="referral">
            <strong>{referral.name}</strong>
            {referral.role ? `, ${referral.role}` : ''}
            {referral.reach ? ` · ${referral.reach}` : ''}
            <span class="cw-meta"> (named {formatDate(conversation.at)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
