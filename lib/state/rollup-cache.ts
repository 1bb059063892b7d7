import type { TeamRep } from '../db/team';
import type { RollUp } from '../report/rollup';
import { defaultStorage } from './web-storage';

const CACHE_KEY = 'closeward:team-rollup';

/** Which reps' exports a roll-up was computed from: it holds while none was added, replaced or removed. */
export function repsSignature(reps: readonly TeamRep[]): string {
  return reps
    .map((r) => `${r.repId}@${r.exportedAt}@${r.importedAt}`)
    .sort()
    .join('|');
}

/**
 * The last roll-up of these very exports, as it was computed, without the per-record lists
 * behind its numbers (those come with the next computation): shown at once when the report
 * opens, while the roll-up is computed again.
 */
export function cachedRollUp(reps: readonly TeamRep[], cache: Storage | undefined = defaultStorage()): RollUp | null {
  if (!cache || !reps.length) return null;
  try {
    const cached = JSON.parse(cache.getItem(CACHE_KEY) ?? 'null') as { signature?: string; rollUp?: RollUp } | null;
    return cached?.signature === repsSignature(reps) && cached.rollUp ? { ...cached.rollUp, indices: [] } : null;
  } catch {
    return null;
  }
}

/** Keeps a computed roll-up's numbers for the next opening (a full storage only means no head start). */
export function keepRollUp(reps: readonly TeamRep[], rollUp: RollUp, cache: Storage | undefined = defaultStorage()): void {
  try {
    cache?.setItem(CACHE_KEY, JSON.stringify({ signature: repsSignature(reps), rollUp: { ...rollUp, indices: [] } }));
  } catch {
    // No room: the next opening computes from scratch, as without the cache.
  }
}
