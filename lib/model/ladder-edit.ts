import { DEFAULT_LADDER, type Ladder, type Rung } from './ladder';
import { clampText, NAME_MAX } from './limits';
import { RETIRED_RUNGS_MAX } from './settings';
import { idFromName, moveItem } from './template-edit';

/** Most rungs a ladder may have. */
export const LADDER_MAX = 30;

/** Adds a rung above the highest one; unchanged when the name is empty or the ladder is full. */
export function addRung(ladder: Ladder, label: string): Ladder {
  const name = clampText(label.trim(), NAME_MAX);
  if (!name || ladder.length >= LADDER_MAX) return ladder;
  return [...ladder, { id: idFromName(name, new Set(ladder.map((r) => r.id)), 'rung'), label: name }];
}

/** Renames a rung; its id, and so every record standing on it, stays. */
export function renameRung(ladder: Ladder, rungId: string, label: string): Ladder {
  const name = clampText(label.trim(), NAME_MAX);
  if (!name) return ladder;
  return ladder.map((r) => (r.id === rungId ? { ...r, label: name } : r));
}

/** Removes a rung; the last one stays (a ladder has at least one). */
export function removeRung(ladder: Ladder, rungId: string): Ladder {
  if (ladder.length <= 1) return ladder;
  return ladder.filter((r) => r.id !== rungId);
}

export function moveRung(ladder: Ladder, from: number, to: number): Ladder {
  return moveItem(ladder, from, to);
}

/**
 * The retired rungs after the ladder changed from `before` to `after`: rungs that left are
 * added (newest last, at most RETIRED_RUNGS_MAX), rungs back on the ladder are taken out.
 */
export function retire(retired: readonly Rung[], before: Ladder, after: Ladder): Rung[] {
  const onLadder = new Set(after.map((r) => r.id));
  const left = before.filter((r) => !onLadder.has(r.id));
  const leftIds = new Set(left.map((r) => r.id));
  const kept = retired.filter((r) => !onLadder.has(r.id) && !leftIds.has(r.id));
  return [...kept, ...left].slice(-RETIRED_RUNGS_MAX);
}

export const RUNG_GONE = 'rung no longer in the ladder';

/** Where a record stands, as its card shows it. */
export type Standing =
  | { kind: 'none' }
  | { kind: 'onLadder'; rung: Rung; index: number }
  /** On a rung the ladder no longer has: its last known name, and RUNG_GONE to say so. */
  | { kind: 'removed'; rungId: string; label: string; note: typeof RUNG_GONE };

/**
 * The rung a record stands on in the current ladder. A rung that left the ladder keeps its
 * name (from the retired rungs, else the default ladder, else its id): the record keeps it.
 */
export function standing(ladder: Ladder, lastRungId: string | undefined, retired: readonly Rung[] = []): Standing {
  if (lastRungId === undefined || lastRungId === '') return { kind: 'none' };
  const index = ladder.findIndex((r) => r.id === lastRungId);
  if (index >= 0) return { kind: 'onLadder', rung: ladder[index]!, index };
  const known = [...retired].reverse().find((r) => r.id === lastRungId) ?? DEFAULT_LADDER.find((r) => r.id === lastRungId);
  return { kind: 'removed', rungId: lastRungId, label: known?.label ?? lastRungId, note: RUNG_GONE };
}

/** "Discovery" or "Discovery (rung no longer in the ladder)"; '' when none was reached. */
export function standingText(s: Standing): string {
  if (s.kind === 'none') return '';
  return s.kind === 'onLadder' ? s.rung.label : `${s.label} (${s.note})`;
}
