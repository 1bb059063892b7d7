import { completeness, type Completeness, type CriterionDef, type CriterionState } from './checklist';
import { DAY_MS } from './time';

export const DEFAULT_STALENESS_DAYS = 30;

/**
 * A criterion the rep answered but has not verified for `stalenessDays`: re-qualify it.
 * A criterion still unknown is not stale; it was never qualified.
 */
export function isStale(state: Pick<CriterionState, 'status' | 'verifiedAt'> | undefined, now: number, stalenessDays: number): boolean {
  if (!state || state.status === 'unknown') return false;
  return now - (state.verifiedAt ?? 0) > stalenessDays * DAY_MS;
}

export interface Readiness extends Completeness {
  stale: number;
}

/** Derived, never stored: completeness plus how many answers need re-qualifying. */
export function readiness(
  defs: readonly CriterionDef[],
  states: Readonly<Record<string, Pick<CriterionState, 'status' | 'verifiedAt'> | undefined>>,
  now: number,
  stalenessDays: number,
): Readiness {
  const stale = defs.filter((def) => isStale(states[def.id], now, stalenessDays)).length;
  return { ...completeness(defs, states), stale };
}

/**
 * Readiness against the active template: answers to criteria it does not have (kept from
 * another template) are not counted.
 */
export function templateReadiness(
  template: { criteria: readonly { id: string; name: string; question: string }[] },
  states: Readonly<Record<string, Pick<CriterionState, 'status' | 'verifiedAt'> | undefined>>,
  now: number,
  stalenessDays: number,
): Readiness {
  const defs = template.criteria.map((c) => ({ id: c.id, label: c.name, question: c.question }));
  return readiness(defs, states, now, stalenessDays);
}
