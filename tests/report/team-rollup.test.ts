import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTeam, putRepExport, rollUpTeam, splitSource, TeamDb } from '../../lib/db/team';
import { CRITERION_STATUSES, type CriterionStatus } from '../../lib/model/checklist';
import { OUTCOME_KINDS, type Outcome, type OutcomeKind } from '../../lib/model/conversation';
import { DEFAULT_LADDER } from '../../lib/model/ladder';
import { slimSource, type ReportSource } from '../../lib/model/report';
import { DAY_MS } from '../../lib/model/time';
import { drillDown } from '../../lib/report/drill';
import { rollUpFeed, rollUpSync, type RollUp } from '../../lib/report/rollup';
import type { ExportData } from '../../lib/backup/format';
import { makeExport, NOW, record } from './helpers';

const CRITERIA = ['budget', 'coach', 'authority', 'metrics', 'champion', 'situation', 'gone'];
const RUNGS = [undefined, 'firstMeeting', 'discovery', 'consensus', 'commitment', 'ownRung'];
/** A rep's own ladder: one rung the team ladder lacks. */
const OWN_LADDER = [...DEFAULT_LADDER.slice(0, 3), { id: 'ownRung', label: 'Own rung' }];

const recordSpec = fc.record({
  answers: fc.array(fc.record({ at: fc.nat(CRITERIA.length - 1), status: fc.constantFrom(...CRITERION_STATUSES), daysAgo: fc.nat(90) }), { maxLength: 8 }),
  rung: fc.constantFrom(...RUNGS),
  // Conversations by day: equal days test the tie on when they were logged.
  conversations: fc.array(fc.record({ daysAgo: fc.nat(3), outcome: fc.constantFrom(...OUTCOME_KINDS) }), { maxLength: 3 }),
  followUps: fc.array(fc.record({ days: fc.integer({ min: -5, max: 5 }), open: fc.boolean() }), { maxLength: 3 }),
});
const repSpec = fc.record({
  template: fc.constantFrom('default', 'meddicc', 'spiced'),
  staleness: fc.integer({ min: 1, max: 60 }),
  /** When the rep last changed their ladder (0: the default ladder, never changed). */
  ladderAt: fc.nat(3),
  records: fc.array(recordSpec, { maxLength: 25 }),
  /** Rows of records the export does not have. */
  strays: fc.nat(3),
});
type RepSpec = typeof repSpec extends fc.Arbitrary<infer T> ? T : never;

const outcomeOf = (kind: OutcomeKind): Outcome =>
  kind === 'advanced'
    ? { kind, rungId: 'x', won: '' }
    : kind === 'notMe'
      ? { kind, referral: { name: 'G', role: '', reach: '' } }
      : kind === 'notNow'
        ? { kind, followUpAt: NOW, reason: '' }
        : { kind, reason: '' };

function exportOf(r: number, spec: RepSpec): ExportData {
  const rep = { id: `rep${r}`, name: `Rep ${r}` };
  const data: ExportData = makeExport(rep, [], {
    settings: [
      { key: 'templateId', value: spec.template, updatedAt: 1 },
      { key: 'stalenessDays', value: spec.staleness, updatedAt: 1 },
      ...(spec.ladderAt ? [{ key: 'ladder' as const, value: OWN_LADDER, updatedAt: spec.ladderAt * 10 + r }] : []),
    ],
  });
  const keys = spec.records.map((_, i) => `${rep.id}:${String(i).padStart(3, '0')}`);
  const strays = Array.from({ length: spec.strays }, (_, i) => `${rep.id}:stray${i}`);
  spec.records.forEach((rs, i) => {
    const key = keys[i]!;
    data.records.push(record(key, rs.rung ? { lastRungId: rs.rung } : {}));
    for (const a of rs.answers) {
      const verifiedAt = NOW - a.daysAgo * DAY_MS;
      data.criteria.push({ recordKey: key, criterionId: CRITERIA[a.at]!, status: a.status, evidence: '', verifiedAt, fieldTimes: {} });
    }
    rs.conversations.forEach((c, k) => {
      const at = NOW - c.daysAgo * DAY_MS;
      data.conversations.push({ id: `${key}:c${k}`, recordKey: key, at, loggedAt: at + (k % 2), outcome: outcomeOf(c.outcome), noteToFutureSelf: '' });
    });
    rs.followUps.forEach((f, k) =>
      data.followUps.push({
        id: `${key}:f${k}`,
        recordKey: key,
        dueAt: NOW + f.days * DAY_MS,
        reason: '',
        status: f.open ? 'open' : 'done',
        conversationId: '',
        createdAt: NOW,
      }),
    );
  });
  for (const key of strays) {
    data.criteria.push({ recordKey: key, criterionId: 'budget', status: 'confirmed', evidence: '', verifiedAt: NOW, fieldTimes: {} });
    data.followUps.push({ id: `${key}:f`, recordKey: key, dueAt: NOW - DAY_MS, reason: '', status: 'open', conversationId: '', createdAt: NOW });
  }
  return data;
}

/** A roll-up with each index's rep, settings and records (as an array) in place of its whole export: the fed roll-up keeps no more. */
const comparable = (r: RollUp) => ({
  ...r,
  indices: r.indices.map(({ source, ...index }) => ({
    ...index,
    source: {
      rep: source.rep,
      exportedAt: source.exportedAt,
      settings: source.settings,
      records: Array.from({ length: source.records.length }, (_, i) => source.records.at(i)),
    },
  })),
});

/** The parts of every export fed in order, as the team database reads them. */
function fed(sources: readonly ReportSource[], partRows: number): RollUp {
  const split = sources.map((source) => splitSource(source, partRows));
  const feed = rollUpFeed(
    split.map((s) => s.head),
    { now: NOW },
  );
  for (const { head, parts } of split) {
    feed.head(head);
    for (const part of parts) feed.part(part);
  }
  return feed.finish();
}

describe('the roll-up fed part by part', () => {
  it('gives the same roll-up as the whole exports at once (property)', () => {
    fc.assert(
      fc.property(fc.array(repSpec, { maxLength: 4 }), fc.integer({ min: 1, max: 40 }), (reps, partRows) => {
        const sources = reps.map((spec, i) => slimSource(exportOf(i, spec)));
        expect(comparable(fed(sources, partRows))).toEqual(comparable(rollUpSync(sources, { now: NOW })));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a rep whose parts hold fewer records than their export said', () => {
    const [ana] = [slimSource(exportOf(0, { template: 'default', staleness: 30, ladderAt: 0, records: [], strays: 0 }))];
    const { head } = splitSource(ana!);
    const feed = rollUpFeed([head]);
    feed.head({ ...head, records: 2 });
    expect(() => feed.finish()).toThrow(/0 of its 2 records/);
  });
});

describe('the team roll-up read from the team database', () => {
  const big = (id: string, n: number, template: string) =>
    makeExport(
      { id, name: id.toUpperCase() },
      Array.from({ length: n }, (_, i) => ({
        id: `r${String(i).padStart(5, '0')}`,
        rung: i % 3 ? 'discovery' : undefined,
        statuses: ['confirmed', i % 2 ? 'no' : 'atRisk', 'unknown', 'confirmed'] as CriterionStatus[],
        conversations: [{ daysAgo: i % 20, outcome: i % 4 ? ('advanced' as const) : ('notNow' as const) }],
        followUps: i % 5 ? [] : [(i % 7) - 3],
      })),
      { settings: [{ key: 'templateId', value: template, updatedAt: 1 }] },
    );

  it('counts every rep part by part, with progress after each part, to the same roll-up and lists as the whole exports', async () => {
    const team = new TeamDb(`closeward-team-test-${crypto.randomUUID()}`);
    await putRepExport(team, big('ana', 1400, 'default'), NOW);
    await putRepExport(team, big('ben', 700, 'meddicc'), NOW);
    await putRepExport(team, makeExport({ id: 'cy', name: 'Cy' }, []), NOW);
    const parts = await team.parts.count();
    expect(parts).toBeGreaterThan(3);

    const progress: [number, number][] = [];
    const result = await rollUpTeam(team, { now: NOW, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual(Array.from({ length: parts }, (_, i) => [i + 1, parts]));
    const whole = rollUpSync(await loadTeam(team), { now: NOW });
    expect(comparable(result)).toEqual(comparable(whole));
    expect(result.reps.map((r) => [r.repId, r.records])).toEqual([
      ['ana', 1400],
      ['ben', 700],
      ['cy', 0],
    ]);
    for (const drill of [{ kind: 'all' }, { kind: 'outcome', outcome: 'notNow' }, { kind: 'followUps', when: 'overdue' }] as const) {
      expect(drillDown(result, drill, { limit: Infinity })).toEqual(drillDown(whole, drill, { limit: Infinity }));
    }
    team.close();
  });

  it('stops when its signal is aborted', async () => {
    const team = new TeamDb(`closeward-team-test-${crypto.randomUUID()}`);
    await putRepExport(team, big('ana', 1400, 'default'), NOW);
    const controller = new AbortController();
    const running = rollUpTeam(team, { now: NOW, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(running).rejects.toThrow(/abort/i);
    team.close();
  });
});
