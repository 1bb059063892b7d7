import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LADDER } from '../../lib/model/ladder';
import { runSliced, type ReportSource, type SliceOptions } from '../../lib/model/report';
import { rollUpSteps, rollUpSync, teamLadder, type RollUpOptions } from '../../lib/report/rollup';
import { rowsOf } from '../../lib/report/source-index';
import { makeExport } from './helpers';

/** Two reps, five records, every aggregate small enough to count by hand. */
const ana = makeExport({ id: 'a', name: 'Ana' }, [
  {
    id: 'r1',
    rung: 'discovery',
    statuses: ['confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed'],
    conversations: [{ daysAgo: 5, outcome: 'advanced' }],
  },
  {
    id: 'r2',
    rung: 'firstMeeting',
    statuses: ['confirmed', 'confirmed', 'atRisk', 'no'],
    conversations: [{ daysAgo: 10, outcome: 'notNow' }],
    followUps: [-2],
  },
  { id: 'r3' },
]);
const ben = makeExport({ id: 'b', name: 'Ben' }, [
  {
    id: 'r1',
    rung: 'changeNeeded',
    statuses: ['confirmed', 'confirmed', 'confirmed'],
    verifiedDaysAgo: 40,
    conversations: [
      { daysAgo: 3, outcome: 'notNow' },
      { daysAgo: 1, outcome: 'lost' },
    ],
    followUps: [0],
  },
  { id: 'r2', rung: 'firstMeeting', statuses: ['unknown'], conversations: [{ daysAgo: 2, outcome: 'notMe' }], followUps: [5] },
]);
const NOW = ana.exportedAt;

describe('roll-up of a hand-made team', () => {
  const result = rollUpSync([ana, ben], { now: NOW });

  it('counts the funnel: records that reached each rung, and the conversion from the rung before', () => {
    expect(result.records).toBe(5);
    expect(result.noRung).toBe(1);
    expect(result.offLadder).toBe(0);
    const [first, discovery, change, second, collaborate] = result.funnel;
    expect(first).toMatchObject({ rungId: 'firstMeeting', reached: 4, atRung: 2, conversion: 4 / 5 });
    expect(discovery).toMatchObject({ rungId: 'discovery', reached: 2, atRung: 1, conversion: 2 / 4 });
    expect(change).toMatchObject({ rungId: 'changeNeeded', reached: 1, atRung: 1, conversion: 1 / 2 });
    expect(second).toMatchObject({ reached: 0, conversion: 0 });
    expect(collaborate).toMatchObject({ reached: 0, conversion: null });
    expect(result.funnel).toHaveLength(DEFAULT_LADDER.length);
  });

  it('gives the completeness of the records standing on each rung', () => {
    expect(result.funnel[0]!.completeness).toBeCloseTo(2 / 12);
    expect(result.funnel[1]!.completeness).toBe(1);
    expect(result.funnel[2]!.completeness).toBe(0.5);
    expect(result.funnel[3]!.completeness).toBeNull();
  });

  it('counts completeness by criterion, unanswered criteria as unknown, and stale answers', () => {
    const by = Object.fromEntries(result.byCriterion.map((c) => [c.id, c]));
    expect(by.budget).toMatchObject({ confirmed: 3, atRisk: 0, no: 0, unknown: 2, stale: 1, records: 5 });
    expect(by.authority).toMatchObject({ confirmed: 2, atRisk: 1, no: 0, unknown: 2, stale: 1 });
    expect(by.valueFit).toMatchObject({ confirmed: 1, atRisk: 0, no: 1, unknown: 3, stale: 0 });
    expect(by.competitors).toMatchObject({ confirmed: 1, unknown: 4 });
    expect(result.byCriterion.map((c) => c.label)).toEqual(['Budget', 'Coach', 'Authority', 'Value fit', 'Timing', 'Competitors']);
  });

  it('counts completeness by rep', () => {
    const [a, b] = result.reps;
    expect(a).toMatchObject({ repId: 'a', rep: 'Ana', records: 3, confirmed: 8, possible: 18, fullyQualified: 1, stale: 0 });
    expect(b).toMatchObject({ repId: 'b', rep: 'Ben', records: 2, confirmed: 3, possible: 12, fullyQualified: 0, stale: 3 });
    expect(a!.reached.slice(0, 3)).toEqual([2, 1, 0]);
    expect(b!.reached.slice(0, 3)).toEqual([2, 1, 1]);
  });

  it('counts last outcomes, the not-now pool and follow-ups due today, overdue and later', () => {
    expect(result.lastOutcomes).toEqual({ advanced: 1, notMe: 1, notNow: 1, lost: 1, none: 1 });
    expect(result.notNow).toBe(1);
    expect(result.followUps).toEqual({ overdue: 1, dueToday: 1, upcoming: 1 });
    expect(result.reps[0]!.followUps).toEqual({ overdue: 1, dueToday: 0, upcoming: 0 });
    expect(result.reps[1]!.lastOutcomes).toMatchObject({ lost: 1, notMe: 1, notNow: 0 });
  });

  it('places records of a rung the team ladder lacks apart instead of guessing', () => {
    const odd = makeExport({ id: 'c', name: 'Cy' }, [{ id: 'x', rung: 'demoBooked' }]);
    const r = rollUpSync([odd], { now: NOW });
    expect(r).toMatchObject({ records: 1, offLadder: 1, noRung: 0 });
    expect(r.funnel[0]).toMatchObject({ reached: 0, conversion: 0 });
  });

  it('takes the most recently changed ladder among the exports as the team ladder', () => {
    const ladder = [
      { id: 'demo', label: 'Book a demo' },
      { id: 'trial', label: 'Start a trial' },
    ];
    const newer = makeExport({ id: 'c', name: 'Cy' }, [], { settings: [{ key: 'ladder', value: ladder, updatedAt: 20 }] });
    const older = makeExport({ id: 'd', name: 'Di' }, [], { settings: [{ key: 'ladder', value: DEFAULT_LADDER, updatedAt: 10 }] });
    expect(teamLadder([older, newer])).toEqual(ladder);
    expect(teamLadder([ana])).toEqual(DEFAULT_LADDER);
  });

  it('is empty but well formed for no exports', () => {
    const r = rollUpSync([], { now: NOW });
    expect(r.records).toBe(0);
    expect(r.funnel.every((step) => step.conversion === null)).toBe(true);
  });
});

/** Steps counted by the sliced runner: every record and every row of each export. */
const rollUpTotal = (sources: readonly ReportSource[]) => sources.reduce((n, source) => n + rowsOf(source) + source.records.length, 0);
/** The roll-up in slices with a macrotask in between (the runner the import's check uses too). */
const rollUp = (sources: readonly ReportSource[], options: RollUpOptions & SliceOptions) =>
  runSliced(rollUpSteps(sources, options), rollUpTotal(sources), options);

describe('time-sliced roll-up', () => {
  /** Enough records that the work spans many chunks. */
  const big = makeExport(
    { id: 'z', name: 'Zed' },
    Array.from({ length: 20_000 }, (_, i) => ({ id: `r${String(i).padStart(6, '0')}`, rung: 'discovery', statuses: ['confirmed' as const] })),
  );

  it('gives the page a turn between chunks and ends with the same numbers as the synchronous core', async () => {
    const pause = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    const progress: number[] = [];
    const result = await rollUp([big, ana], { now: NOW, sliceMs: 0, yieldToMain: pause, onProgress: (done) => progress.push(done) });
    expect(pause.mock.calls.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(rollUpTotal([big, ana]));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(result).toEqual(rollUpSync([big, ana], { now: NOW }));
  });

  it('lets other macrotasks run while it works', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await rollUp([big], { now: NOW, sliceMs: 0 });
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const running = rollUp([big], {
      now: NOW,
      sliceMs: 0,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(running).rejects.toThrow(/abort/i);
  });
});
