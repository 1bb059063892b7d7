import type { CriterionStatus } from '../model/checklist';
import { OUTCOME_KINDS, type OutcomeKind } from '../model/conversation';
import { standing, standingText } from '../model/ladder-edit';
import { settingsFrom } from '../model/settings';
import type { RollUp } from './rollup';
import { rowAt, type ReportRow } from './rows';
import { NO_RUNG, OFF_LADDER, STATUS_CODE, type SourceIndex } from './source-index';

export type RepMeasure = 'records' | 'confirmed' | 'fullyQualified' | 'stale' | 'notNow' | 'overdue' | 'dueToday';
export type FollowUpWhen = 'overdue' | 'dueToday' | 'upcoming';

/** A number of the roll-up, named so the records behind it can be listed. */
export type Drill =
  | { kind: 'all' }
  | { kind: 'criterion'; templateId: string; criterionId: string; status: CriterionStatus | 'stale' }
  | { kind: 'rep'; repId: string; measure: RepMeasure }
  | { kind: 'rung'; rungId: string; measure: 'reached' | 'atRung' }
  | { kind: 'noRung' }
  | { kind: 'offLadder' }
  | { kind: 'outcome'; outcome: OutcomeKind | 'none' }
  | { kind: 'followUps'; when: FollowUpWhen };

/** One record behind a number; `counts` is how many of the number it stands for (answers, follow-ups). */
export interface DrillRow extends ReportRow {
  counts: number;
  /** "3/7": confirmed criteria of the rep's template. */
  readiness: string;
  /** The rung as the record's card shows it, a removed one marked so. */
  rungShown: string;
}

/** How much the record at `i` adds to the number `drill` names (0: it is not behind it). */
function weigher(drill: Drill, index: SourceIndex, rollUp: Pick<RollUp, 'ladder'>): ((i: number) => number) | null {
  const width = index.criteria.length;
  switch (drill.kind) {
    case 'all':
      return () => 1;
    case 'criterion': {
      if (index.templateId !== undefined && index.templateId !== drill.templateId) return null;
      const c = index.criteria.findIndex((d) => d.id === drill.criterionId);
      if (c < 0) return null;
      if (drill.status === 'stale') return (i) => index.staleCells[i * width + c]!;
      const code = STATUS_CODE[drill.status];
      return (i) => (index.status[i * width + c] === code ? 1 : 0);
    }
    case 'rep': {
      if (index.source.rep.id !== drill.repId) return null;
      const measures: Record<RepMeasure, (i: number) => number> = {
        records: () => 1,
        confirmed: (i) => index.confirmed[i]!,
        fullyQualified: (i) => (index.confirmed[i] === width ? 1 : 0),
        stale: (i) => index.stale[i]!,
        notNow: (i) => (OUTCOME_KINDS[index.lastOutcome[i]!] === 'notNow' ? 1 : 0),
        overdue: (i) => index.overdue[i]!,
        dueToday: (i) => index.dueToday[i]!,
      };
      return measures[drill.measure];
    }
    case 'rung': {
      const r = rollUp.ladder.findIndex((rung) => rung.id === drill.rungId);
      if (r < 0) return null;
      return drill.measure === 'atRung' ? (i) => (index.rung[i] === r ? 1 : 0) : (i) => (index.rung[i]! >= r ? 1 : 0);
    }
    case 'noRung':
      return (i) => (index.rung[i] === NO_RUNG ? 1 : 0);
    case 'offLadder':
      return (i) => (index.rung[i] === OFF_LADDER ? 1 : 0);
    case 'outcome':
      return (i) => ((OUTCOME_KINDS[index.lastOutcome[i]!] ?? 'none') === drill.outcome ? 1 : 0);
    case 'followUps':
      return (i) => index[drill.when][i]!;
  }
}

/** At most this many rows are built; the total is always exact. */
export const DRILL_ROWS_MAX = 2000;

export interface DrillList {
  rows: DrillRow[];
  /** Records behind the number, and the number itself (the sum of their counts). */
  records: number;
  total: number;
}

/**
 * The records behind a number of the roll-up, rep after rep in their order; `repId`
 * narrows to one rep ("which of Bob's deals…"). One pass over typed arrays per rep.
 */
export function drillDown(
  rollUp: Pick<RollUp, 'indices' | 'ladder' | 'now'>,
  drill: Drill,
  options: { repId?: string | undefined; limit?: number } = {},
): DrillList {
  const limit = options.limit ?? DRILL_ROWS_MAX;
  const list: DrillList = { rows: [], records: 0, total: 0 };
  for (const index of rollUp.indices) {
    if (options.repId !== undefined && index.source.rep.id !== options.repId) continue;
    const weigh = weigher(drill, index, rollUp);
    if (!weigh) continue;
    const { retiredRungs } = settingsFrom(index.source.settings);
    const n = index.source.records.length;
    for (let i = 0; i < n; i++) {
      const counts = weigh(i);
      if (!counts) continue;
      list.records++;
      list.total += counts;
      if (list.rows.length >= limit) continue;
      const row = rowAt(index, i, rollUp.now);
      const rungShown = standingText(standing(rollUp.ladder, index.source.records.at(i)!.lastRungId, retiredRungs));
      list.rows.push({ ...row, counts, readiness: `${row.confirmed}/${row.criteria}`, rungShown });
    }
  }
  return list;
}

/** The number a drill names, read from the roll-up as the report shows it. */
export function countOf(rollUp: RollUp, drill: Drill): number {
  switch (drill.kind) {
    case 'all':
      return rollUp.records;
    case 'criterion': {
      const c = rollUp.byCriterion.find((t) => t.templateId === drill.templateId && t.id === drill.criterionId);
      return c ? c[drill.status] : 0;
    }
    case 'rep': {
      const rep = rollUp.reps.find((r) => r.repId === drill.repId);
      if (!rep) return 0;
      return drill.measure === 'overdue' || drill.measure === 'dueToday' ? rep.followUps[drill.measure] : rep[drill.measure];
    }
    case 'rung':
      return rollUp.funnel.find((s) => s.rungId === drill.rungId)?.[drill.measure] ?? 0;
    case 'noRung':
      return rollUp.noRung;
    case 'offLadder':
      return rollUp.offLadder;
    case 'outcome':
      return rollUp.lastOutcomes[drill.outcome];
    case 'followUps':
      return rollUp.followUps[drill.when];
  }
}
