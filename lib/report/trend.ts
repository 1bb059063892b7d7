import type { Ladder } from '../model/ladder';
import type { ReportSource } from '../model/report';
import { DAY_MS } from '../model/time';
import { rollUpSync, teamLadder } from './rollup';

/**
 * What one imported export leaves for the trend: its date and the few numbers the trend
 * draws (completeness, the funnel by rung id), not a copy of the records.
 */
export interface RepSnapshot {
  repId: string;
  exportedAt: number;
  records: number;
  confirmed: number;
  possible: number;
  /** Records that reached each rung of the rep's ladder (on it or above), by rung id. */
  reached: Record<string, number>;
}

/** The snapshot of one rep's export, counted as of the day it was made. */
export function snapshotOf(source: ReportSource): RepSnapshot {
  const ladder = teamLadder([source]);
  const r = rollUpSync([source], { now: source.exportedAt, ladder });
  const rep = r.reps[0];
  const reached: Record<string, number> = {};
  for (const step of r.funnel) reached[step.rungId] = step.reached;
  return { repId: source.rep.id, exportedAt: source.exportedAt, records: r.records, confirmed: rep?.confirmed ?? 0, possible: rep?.possible ?? 0, reached };
}

export interface TrendWeek {
  /** Local midnight of the Monday the week starts on. */
  weekStart: number;
  /** Reps with an export made by the end of this week. */
  reps: number;
  records: number;
  /** Confirmed criteria of all possible; null with no records. */
  completeness: number | null;
  /** Records that reached each rung of `ladder`, in its order. */
  reached: number[];
}

/** Local midnight of the Monday of the week `at` falls in. */
export function weekStart(at: number): number {
  const d = new Date(at);
  const back = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back).getTime();
}

const nextWeek = (start: number) => weekStart(start + 7 * DAY_MS + DAY_MS / 2);

/**
 * The team week by week, from the week of the first export to the week of the last: each
 * rep counted by their latest export made by the end of that week (a rep who skipped a
 * week still counts with what they sent last).
 */
export function weeklyTrend(snapshots: readonly RepSnapshot[], ladder: Ladder): TrendWeek[] {
  if (!snapshots.length) return [];
  const sorted = [...snapshots].sort((a, b) => a.exportedAt - b.exportedAt);
  const latest = new Map<string, RepSnapshot>();
  const weeks: TrendWeek[] = [];
  let next = 0;
  const last = weekStart(sorted[sorted.length - 1]!.exportedAt);
  for (let start = weekStart(sorted[0]!.exportedAt); start <= last; start = nextWeek(start)) {
    const end = nextWeek(start);
    while (next < sorted.length && sorted[next]!.exportedAt < end) {
      const s = sorted[next++]!;
      latest.set(s.repId, s);
    }
    let records = 0;
    let confirmed = 0;
    let possible = 0;
    const reached = ladder.map(() => 0);
    for (const s of latest.values()) {
      records += s.records;
      confirmed += s.confirmed;
      possible += s.possible;
      ladder.forEach((rung, r) => (reached[r]! += s.reached[rung.id] ?? 0));
    }
    weeks.push({ weekStart: start, reps: latest.size, records, completeness: possible > 0 ? confirmed / possible : null, reached });
  }
  return weeks;
}
