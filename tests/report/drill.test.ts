import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERION_STATUSES, type CriterionStatus } from '../../lib/model/checklist';
import { OUTCOME_KINDS, type Outcome, type OutcomeKind } from '../../lib/model/conversation';
import type { ExportData } from '../../lib/backup/format';
import { DEFAULT_LADDER } from '../../lib/model/ladder';
import { type ReportSource } from '../../lib/model/report';
import { MEDDICC_TEMPLATE } from '../../lib/model/template';
import { countOf, drillDown, type Drill } from '../../lib/report/drill';
import { rollUpSync, type RollUp } from '../../lib/report/rollup';
import { DAY_MS } from '../../lib/model/time';
import { makeExport, NOW, record } from './helpers';

const CRITERIA = ['budget', 'coach', 'authority', 'metrics', 'champion', 'situation', 'gone'];
const RUNGS = [undefined, 'firstMeeting', 'discovery', 'consensus', 'commitment', 'retiredRung'];
const OUTCOMES: (OutcomeKind | undefined)[] = [undefined, ...OUTCOME_KINDS];

const recordSpec = fc.record({
  answers: fc.array(fc.record({ at: fc.nat(CRITERIA.length - 1), status: fc.constantFrom(...CRITERION_STATUSES), daysAgo: fc.nat(90) }), { maxLength: 6 }),
  rung: fc.constantFrom(...RUNGS),
  outcome: fc.constantFrom(...OUTCOMES),
  followUps: fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 3 }),
});
const repSpec = fc.record({
  template: fc.constantFrom('default', 'meddicc', 'spiced'),
  staleness: fc.integer({ min: 1, max: 60 }),
  records: fc.array(recordSpec, { maxLength: 12 }),
});

interface RepSpec {
  template: string;
  staleness: number;
  records: {
    answers: { at: number; status: CriterionStatus; daysAgo: number }[];
    rung: string | undefined;
    outcome: OutcomeKind | undefined;
    followUps: number[];
  }[];
}

function source(r: number, spec: RepSpec): ReportSource {
  const rep = { id: `rep${r}`, name: `Rep ${r}` };
  const data: ExportData = makeExport(rep, [], {
    settings: [
      { key: 'templateId', value: spec.template, updatedAt: 1 },
      { key: 'stalenessDays', value: spec.staleness, updatedAt: 1 },
    ],
  });
  spec.records.forEach((rs, i) => {
    const key = `${rep.id}:${String(i).padStart(3, '0')}`;
    data.records.push(record(key, rs.rung ? { lastRungId: rs.rung } : {}));
    const seen = new Set<string>();
    for (const a of rs.answers) {
      const criterionId = CRITERIA[a.at]!;
      if (seen.has(criterionId)) continue;
      seen.add(criterionId);
      const verifiedAt = NOW - a.daysAgo * DAY_MS;
      data.criteria.push({ recordKey: key, criterionId, status: a.status, evidence: '', verifiedAt, fieldTimes: {} });
    }
    if (rs.outcome) {
      const outcome: Outcome =
        rs.outcome === 'advanced'
          ? { kind: 'advanced', rungId: 'x', won: '' }
          : rs.outcome === 'notMe'
            ? { kind: 'notMe', referral: { name: 'G', role: '', reach: '' } }
            : rs.outcome === 'notNow'
              ? { kind: 'notNow', followUpAt: NOW, reason: '' }
              : { kind: 'lost', reason: '' };
      data.conversations.push({ id: `${key}:c`, recordKey: key, at: NOW - DAY_MS, loggedAt: NOW - DAY_MS, outcome, noteToFutureSelf: 'n' });
    }
    rs.followUps.forEach((days, f) =>
      data.followUps.push({ id: `${key}:f${f}`, recordKey: key, dueAt: NOW + days * DAY_MS, reason: '', status: 'open', conversationId: '', createdAt: NOW }),
    );
  });
  data.criteria.sort((a, b) => (a.recordKey < b.recordKey ? -1 : a.recordKey > b.recordKey ? 1 : a.criterionId < b.criterionId ? -1 : 1));
  return data;
}

/** Every number the report shows a list for. */
function everyDrill(r: RollUp): Drill[] {
  const drills: Drill[] = [{ kind: 'all' }, { kind: 'noRung' }, { kind: 'offLadder' }];
  for (const c of r.byCriterion)
    for (const status of [...CRITERION_STATUSES, 'stale'] as const) drills.push({ kind: 'criterion', templateId: c.templateId, criterionId: c.id, status });
  for (const rep of r.reps)
    for (const measure of ['records', 'confirmed', 'fullyQualified', 'stale', 'notNow', 'overdue', 'dueToday'] as const)
      drills.push({ kind: 'rep', repId: rep.repId, measure });
  for (const step of r.funnel) for (const measure of ['reached', 'atRung'] as const) drills.push({ kind: 'rung', rungId: step.rungId, measure });
  for (const outcome of [...OUTCOME_KINDS, 'none'] as const) drills.push({ kind: 'outcome', outcome });
  for (const when of ['overdue', 'dueToday', 'upcoming'] as const) drills.push({ kind: 'followUps', when });
  return drills;
}

describe('drill-down', () => {
  it('every list holds exactly the records behind the number it opens (property)', () => {
    fc.assert(
      fc.property(fc.array(repSpec, { maxLength: 4 }), (reps) => {
        const r = rollUpSync(
          reps.map((spec, i) => source(i, spec)),
          { now: NOW, ladder: DEFAULT_LADDER },
        );
        const wrong: string[] = [];
        for (const drill of everyDrill(r)) {
          const list = drillDown(r, drill, { limit: Infinity });
          const byRep = r.reps.reduce((n, rep) => n + drillDown(r, drill, { repId: rep.repId, limit: 0 }).total, 0);
          const ok =
            list.total === countOf(r, drill) &&
            list.rows.length === list.records &&
            list.rows.reduce((n, row) => n + row.counts, 0) === list.total &&
            list.rows.every((row) => row.counts > 0) &&
            // Narrowed to one rep, the lists add up to the whole.
            byRep === list.total;
          if (!ok) wrong.push(`${JSON.stringify(drill)}: list ${list.total}, report ${countOf(r, drill)}`);
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it("lists which of a rep's deals have no confirmed budget, with what a lead acts on", () => {
    const bob = makeExport(
      { id: 'bob', name: 'Bob' },
      [
        { id: 'acme', statuses: ['no'], rung: 'discovery', followUps: [-2] },
        { id: 'globex', statuses: ['confirmed'] },
        { id: 'initech', statuses: [undefined, 'confirmed'], rung: 'gone' },
      ],
      { settings: [{ key: 'retiredRungs', value: [{ id: 'gone', label: 'Pilot' }], updatedAt: 1 }] },
    );
    const r = rollUpSync([bob], { now: NOW, ladder: DEFAULT_LADDER });
    const no = drillDown(r, { kind: 'criterion', templateId: 'default', criterionId: 'budget', status: 'no' });
    expect(no.rows.map((row) => [row.rep, row.name, row.crm, row.kind, row.rungShown, row.readiness, row.stale, row.url])).toEqual([
      ['Bob', 'acme', 'salesforce', 'lead', 'Discovery', '0/6', 0, 'https://acme.lightning.force.com/lightning/r/Lead/bob:acme/view'],
    ]);
    expect(no.rows[0]!.nextFollowUpAt).toBe(NOW - 2 * DAY_MS);
    const unknown = drillDown(r, { kind: 'criterion', templateId: 'default', criterionId: 'budget', status: 'unknown' });
    expect(unknown.rows.map((row) => [row.name, row.rungShown])).toEqual([['initech', 'Pilot (rung no longer in the ladder)']]);
    const overdue = drillDown(r, { kind: 'followUps', when: 'overdue' });
    expect(overdue.rows.map((row) => row.name)).toEqual(['acme']);
  });

  it('counts each template apart and says which reps used which', () => {
    const ana = makeExport({ id: 'ana', name: 'Ana' }, [{ id: 'a', statuses: ['confirmed', 'confirmed'] }]);
    const ben = makeExport({ id: 'ben', name: 'Ben' }, [{ id: 'b', statuses: ['confirmed'] }, { id: 'c' }], {
      settings: [{ key: 'templateId', value: 'meddicc', updatedAt: 1 }],
    });
    ben.criteria.push({
      recordKey: 'ben:b',
      criterionId: 'metrics',
      status: 'confirmed',
      evidence: '',
      verifiedAt: NOW,
      fieldTimes: {},
      templateId: 'meddicc',
    });
    const r = rollUpSync([ana, ben], { now: NOW, ladder: DEFAULT_LADDER });
    expect(r.templates.map((t) => [t.id, t.reps, t.records])).toEqual([
      ['meddicc', ['Ben'], 2],
      ['default', ['Ana'], 1],
    ]);
    const meddicc = r.templates[0]!;
    expect(meddicc.criteria.map((c) => c.label)).toEqual(MEDDICC_TEMPLATE.criteria.map((c) => c.name));
    expect(meddicc.criteria.find((c) => c.id === 'metrics')).toMatchObject({ confirmed: 1, unknown: 1 });
    // Ben's budget answer is not MEDDICC's: it is not counted anywhere in his numbers.
    expect(r.templates[1]!.criteria.find((c) => c.id === 'budget')).toMatchObject({ confirmed: 1, records: 1 });
    expect(r.reps.map((rep) => [rep.rep, rep.templateId, rep.confirmed, rep.possible])).toEqual([
      ['Ana', 'default', 2, 6],
      ['Ben', 'meddicc', 1, 14],
    ]);
  });
});
