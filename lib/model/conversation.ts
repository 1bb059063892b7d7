import { z } from 'zod/mini';
import { filled, KEY_MAX, LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX, text } from './limits';

export const OUTCOME_KINDS = ['advanced', 'notMe', 'notNow', 'lost'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_LABEL: Record<OutcomeKind, string> = {
  advanced: 'Advanced',
  notMe: 'Not me',
  notNow: 'Not now',
  lost: 'Lost / disqualified',
};

/** Who the right party is, when the person said "not me". */
export const Referral = z.object({
  name: filled(NAME_MAX),
  role: text(SHORT_TEXT_MAX),
  /** How to reach them: phone, email, "ask the front desk for…". */
  reach: text(SHORT_TEXT_MAX),
});
export type Referral = z.infer<typeof Referral>;

/** How a conversation ended. Each kind carries what the rep needs next. */
export const Outcome = z.discriminatedUnion('kind', [
  /** A micro-conversion was won: `rungId` is the rung reached, `won` the rep's words for it. */
  z.object({ kind: z.literal('advanced'), rungId: text(KEY_MAX), won: text(SHORT_TEXT_MAX) }),
  z.object({ kind: z.literal('notMe'), referral: Referral }),
  /** Timing: `followUpAt` is when to call again (a follow-up row is created with it). */
  z.object({ kind: z.literal('notNow'), followUpAt: z.number(), reason: text(LONG_TEXT_MAX) }),
  z.object({ kind: z.literal('lost'), reason: text(LONG_TEXT_MAX) }),
]);
export type Outcome = z.infer<typeof Outcome>;

/** One logged conversation with the buyer's side. */
export const Conversation = z.object({
  id: filled(KEY_MAX),
  recordKey: filled(KEY_MAX),
  /** When it happened (the rep may log it later). */
  at: z.number(),
  loggedAt: z.number(),
  outcome: Outcome,
  /** Where to start next time, what to ask, the pains heard: shown first next time. */
  noteToFutureSelf: filled(LONG_TEXT_MAX),
});
export type Conversation = z.infer<typeof Conversation>;

/** What the rep fills in; the repository adds id, record and when it was logged. */
export type ConversationInput = Pick<Conversation, 'at' | 'outcome' | 'noteToFutureSelf'>;

/** Newest first, by when they happened; equal times by when they were logged. */
export function byNewest(a: Conversation, b: Conversation): number {
  return b.at - a.at || b.loggedAt - a.loggedAt;
}

/** The note shown at the top of the sidebar: the one from the latest conversation. */
export function latestNote(conversations: readonly Conversation[]): Conversation | undefined {
  return [...conversations].sort(byNewest)[0];
}

/** The referrals collected from "not me" conversations, newest first. */
export function referralsOf(conversations: readonly Conversation[]): { conversation: Conversation; referral: Referral }[] {
  return [...conversations].sort(byNewest).flatMap((c) => (c.outcome.kind === 'notMe' ? [{ conversation: c, referral: c.outcome.referral }] : []));
}
