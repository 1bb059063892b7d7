import { z } from 'zod/mini';
import { filled, KEY_MAX, NAME_MAX } from './limits';

/** One commitment on the way to a decision. */
export const Rung = z.object({
  id: filled(KEY_MAX),
  label: filled(NAME_MAX),
});
export type Rung = z.infer<typeof Rung>;

/** The micro-conversion ladder: rungs in the order a deal climbs them. A team setting. */
export const Ladder = z.array(Rung).check(z.minLength(1));
export type Ladder = z.infer<typeof Ladder>;

/** Seeded into the settings table; teams edit the stored copy, never this constant. */
export const DEFAULT_LADDER: Ladder = [
  { id: 'firstMeeting', label: 'Agree to a first meeting' },
  { id: 'discovery', label: 'Discovery' },
  { id: 'changeNeeded', label: 'Agree that change is needed' },
  { id: 'secondMeeting', label: 'Second meeting' },
  { id: 'collaborate', label: 'Collaborate on a solution' },
  { id: 'consensus', label: 'Build consensus with the buying team' },
  { id: 'review', label: 'Review the solution' },
  { id: 'concerns', label: 'Resolve concerns' },
  { id: 'commitment', label: 'Commitment to decide' },
];

/** Position of a rung in the ladder; -1 when none was reached or the rung is unknown. */
export function rungIndex(ladder: Ladder, rungId: string | undefined): number {
  return rungId === undefined ? -1 : ladder.findIndex((rung) => rung.id === rungId);
}

/** The rung after the last one reached; undefined at the top of the ladder. */
export function nextRung(ladder: Ladder, lastRungId: string | undefined): Rung | undefined {
  return ladder[rungIndex(ladder, lastRungId) + 1];
}

/**
 * What the rep is closing toward: their own words if they wrote a specific
 * micro-conversion, otherwise the next rung of the ladder.
 */
export function closingToward(ladder: Ladder, state: { lastRungId?: string | undefined; nextMicroConversion: string }): string {
  const own = state.nextMicroConversion.trim();
  if (own) return own;
  return nextRung(ladder, state.lastRungId)?.label ?? 'Top of the ladder reached: decide and close';
}

/** The higher of two rungs: the ladder only moves up when a conversation advances it. */
export function higherRung(ladder: Ladder, a: string | undefined, b: string): string {
  return rungIndex(ladder, a) > rungIndex(ladder, b) && a !== undefined ? a : b;
}
