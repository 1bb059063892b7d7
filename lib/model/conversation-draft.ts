import type { ConversationInput, OutcomeKind } from './conversation';
import { DEFAULT_FOLLOW_UP_PRESET, followUpDue, type FollowUpPreset } from './follow-up';
import { followUpDateProblem } from './follow-up-date';
import { fromInput, toDateTimeInput } from './time';

/** What the "Log a conversation" form holds while the rep fills it in. */
export interface ConversationDraft {
  at: string;
  /** Unset until the rep picks one: the form never guesses how a conversation went. */
  kind: OutcomeKind | undefined;
  rungId: string;
  won: string;
  referralName: string;
  referralRole: string;
  referralReach: string;
  preset: FollowUpPreset;
  followUpDate: string;
  notNowReason: string;
  lostReason: string;
  note: string;
}

/** An empty form; `preset` is the team's default "not now" interval. */
export function newDraft(now: number, rungId: string, won: string, preset: FollowUpPreset = DEFAULT_FOLLOW_UP_PRESET): ConversationDraft {
  return {
    at: toDateTimeInput(now),
    kind: undefined,
    rungId,
    won,
    referralName: '',
    referralRole: '',
    referralReach: '',
    preset,
    followUpDate: '',
    notNowReason: '',
    lostReason: '',
    note: '',
  };
}

/** The conversation to log, or what the rep still has to fill in (a follow-up never on a past day). */
export function toConversationInput(draft: ConversationDraft, now = Date.now()): ConversationInput | { problem: string } {
  const at = fromInput(draft.at);
  if (at === undefined) return { problem: 'When did it happen? Pick a date and time.' };
  const kind = draft.kind;
  if (kind === undefined) return { problem: 'How did it go? Pick the outcome: Advanced, Not me, Not now or Lost.' };
  const noteToFutureSelf = draft.note.trim();
  if (!noteToFutureSelf) return { problem: 'Write the note to future self: where to start next time, what to ask, the pains you heard.' };
  switch (kind) {
    case 'advanced':
      if (!draft.rungId) return { problem: 'Which micro-conversion was won?' };
      return { at, noteToFutureSelf, outcome: { kind: 'advanced', rungId: draft.rungId, won: draft.won.trim() } };
    case 'notMe': {
      const name = draft.referralName.trim();
      if (!name) return { problem: 'Who is the right party? Their name is needed.' };
      return { at, noteToFutureSelf, outcome: { kind: 'notMe', referral: { name, role: draft.referralRole.trim(), reach: draft.referralReach.trim() } } };
    }
    case 'notNow': {
      const followUpAt = followUpDue(draft.preset, at, draft.followUpDate);
      if (followUpAt === undefined) return { problem: 'When to follow up? Pick a date.' };
      const past = followUpDateProblem(followUpAt, now);
      if (past) return { problem: past };
      return { at, noteToFutureSelf, outcome: { kind: 'notNow', followUpAt, reason: draft.notNowReason.trim() } };
    }
    case 'lost':
      return { at, noteToFutureSelf, outcome: { kind: 'lost', reason: draft.lostReason.trim() } };
  }
}
