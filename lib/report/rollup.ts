import type { CriterionDef } from '../model/checklist';
import { OUTCOME_KINDS, type OutcomeKind } from '../model/conversation';
import { DEFAULT_LADDER, Ladder } from '../model/ladder';
import { repLabel, runSync, type ReportSource, type Steps } from '../model/report';
import { settingsFrom } from '../model/settings';
import { activeTemplate, criterionDefs, DEFAULT_TEMPLATE, type Template } from '../model/template';
import { PartedRecords, toColumns, type RowColumns } from './columns';
import { indexBuilder, NO_RUNG, OFF_LADDER, rowsOf, type IndexedSource, type SourceIndex } from './source-index';

export type LastOutcomes = Record<OutcomeKind | 'none', number>;
export interface FollowUpCounts {
  overdue: number;
  dueToday: number;
  upcoming: number;
}

/** One criterion across the team: how many records have it in each status. */
export interface CriterionTotals {
  /** The template this criterion is counted in: each template's criteria are counted apart. */
  templateId: string;
  id: string;
  label: string;
  confirmed: number;
  atRisk: number;
  no: number;
  unknown: number;
  /** Answered but not verified for longer than the rep's staleness setting. */
  stale: number;
  /** Records counted: those of the reps using this template (unanswered criteria count as unknown). */
  records: number;
}

/** One template in use across the team, and what its criteria show. */
export interface TemplateTotals {
  id: string;
  name: string;
  /** The reps whose active template this is (their labels), and their records. */
  reps: string[];
  records: number;
  criteria: CriterionTotals[];
}

/** One rep's totals. */
export interface RepTotals {
  repId: string;
  rep: string;
  exportedAt: number;
  /** The template the rep's checklist used. */
  templateId: string;
  records: number;
  /** Confirmed answers, of records × criteria possible. */
  confirmed: number;
  possible: number;
  /** Records with every criterion confirmed. */
  fullyQualified: number;
  stale: number;
  /** Records whose last conversation said "not now". */
  notNow: number;
  followUps: FollowUpCounts;
  lastOutcomes: LastOutcomes;
  /** Records that reached each rung of the team ladder (the rung or one above it). */
  reached: number[];
}

/** One rung of the funnel: where deals fall out. */
export interface FunnelStep {
  rungId: string;
  label: string;
  /** Records whose last rung is this one or higher. */
  reached: number;
  /** Records whose last rung is exactly this one. */
  atRung: number;
  /** reached ÷ reached at the rung before (the first rung: ÷ all records); null when nothing to divide by. */
  conversion: number | null;
  /** Confirmed share of the criteria of the records standing on this rung; null if none. */
  completeness: number | null;
}

export interface RollUp {
  now: number;
  ladder: Ladder;
  /** The criteria of the template most records were qualified with. */
  criteria: readonly CriterionDef[];
  records: number;
  reps: RepTotals[];
  /** Every template's criteria, template after template (most records first). */
  byCriterion: CriterionTotals[];
  /** The templates the reps used; more than one means their criteria are not comparable. */
  templates: TemplateTotals[];
  funnel: FunnelStep[];
  /** Records with no rung reached, and records on a rung the team ladder does not have. */
  noRung: number;
  offLadder: number;
  lastOutcomes: LastOutcomes;
  /** The "not now" pool: records whose last conversation said "not now". */
  notNow: number;
  followUps: FollowUpCounts;
  /** Each rep's data joined per record, in the order of `reps`: what the lists behind the numbers read. */
  indices: readonly SourceIndex[];
}

export interface RollUpOptions {
  now?: number | undefined;
  /** One checklist for every rep, whatever their own (tests, benchmarks); by default each rep's active template. */
  criteria?: readonly CriterionDef[] | undefined;
  /** The team ladder; by default the most recently changed ladder among the exports. */
  ladder?: Ladder | undefined;
}

const emptyOutcomes = (): LastOutcomes => ({ advanced: 0, notMe: 0, notNow: 0, lost: 0, none: 0 });

/** The ladder the team works with: the one a rep (or the lead) changed last. */
export function teamLadder(sources: readonly Pick<ReportSource, 'settings'>[]): Ladder {
  let best: { value: Ladder; updatedAt: number } | undefined;
  for (const source of sources) {
    for (const row of source.settings) {
      if (row.key !== 'ladder' || (best && row.updatedAt <= best.updatedAt)) continue;
      const parsed = Ladder.safeParse(row.value);
      if (parsed.success) best = { value: parsed.data, updatedAt: row.updatedAt };
    }
  }
  return best?.value ?? DEFAULT_LADDER;
}

const CHUNK = 4096;

/** The checklist a rep's numbers are counted against: their active template, or the one given. */
export function sourceTemplate(source: Pick<ReportSource, 'settings'>, criteria?: readonly CriterionDef[]): Template {
  if (criteria) return { id: 'given', name: 'Checklist', criteria: criteria.map((d) => ({ id: d.id, name: d.label, question: d.question })) };
  return activeTemplate(settingsFrom(source.settings));
}

interface TemplateAcc {
  template: Template;
  defs: CriterionDef[];
  statusCounts: Float64Array;
  staleCounts: Float64Array;
  reps: string[];
  records: number;
}

/**
 * The roll-up's sums, rep after rep: `begin` makes a rep's index (its checklist chosen),
 * `count` adds the indexed rep to the sums (yielding rows done), `finish` gives the roll-up.
 */
function tally(ladder: Ladder, options: RollUpOptions) {
  const now = options.now ?? Date.now();
  const rungs = ladder.length;
  const atRung = new Float64Array(rungs);
  const confirmedAtRung = new Float64Array(rungs);
  const possibleAtRung = new Float64Array(rungs);
  const templates = new Map<string, TemplateAcc>();
  const accOf = new Map<SourceIndex, TemplateAcc>();
  const indices: SourceIndex[] = [];
  const result: RollUp = {
    now,
    ladder,
    criteria: [],
    records: 0,
    reps: [],
    byCriterion: [],
    templates: [],
    funnel: [],
    noRung: 0,
    offLadder: 0,
    lastOutcomes: emptyOutcomes(),
    notNow: 0,
    followUps: { overdue: 0, dueToday: 0, upcoming: 0 },
    indices,
  };

  /** An empty index of a rep's `n` records, counted against their checklist. */
  function begin(source: IndexedSource, n: number) {
    const template = sourceTemplate(source, options.criteria);
    let acc = templates.get(template.id);
    if (!acc) {
      const width = template.criteria.length;
      acc = { template, defs: criterionDefs(template), statusCounts: new Float64Array(width * 4), staleCounts: new Float64Array(width), reps: [], records: 0 };
      templates.set(template.id, acc);
    }
    const builder = indexBuilder(source, n, { now, criteria: acc.defs, ladder, templateId: options.criteria ? undefined : template.id });
    accOf.set(builder.index, acc);
    return builder;
  }

  /** Adds a rep's finished index to the sums. */
  function* count(index: SourceIndex, doneBefore = 0): Steps<number> {
    const acc = accOf.get(index)!;
    const { source } = index;
    const { statusCounts, staleCounts } = acc;
    const width = acc.defs.length;
    let done = doneBefore;
    indices.push(index);
    const n = source.records.length;
    const rep: RepTotals = {
      repId: source.rep.id,
      rep: repLabel(source.rep),
      exportedAt: source.exportedAt,
      templateId: acc.template.id,
      records: n,
      confirmed: 0,
      possible: n * width,
      fullyQualified: 0,
      stale: 0,
      notNow: 0,
      followUps: { ...index.followUps },
      lastOutcomes: emptyOutcomes(),
      reached: new Array<number>(rungs).fill(0),
    };
    acc.reps.push(rep.rep);
    acc.records += n;
    const repAtRung = new Float64Array(rungs);
    for (let from = 0; from < n; from += CHUNK) {
      const to = Math.min(n, from + CHUNK);
      for (let i = from; i < to; i++) {
        const base = i * width;
        for (let c = 0; c < width; c++) {
          statusCounts[c * 4 + index.status[base + c]!]!++;
          staleCounts[c]! += index.staleCells[base + c]!;
        }
        const confirmed = index.confirmed[i]!;
        rep.confirmed += confirmed;
        if (confirmed === width) rep.fullyQualified++;
        rep.stale += index.stale[i]!;
        const rung = index.rung[i]!;
        if (rung === NO_RUNG) result.noRung++;
        else if (rung === OFF_LADDER) result.offLadder++;
        else {
          repAtRung[rung]!++;
          confirmedAtRung[rung]! += confirmed;
          possibleAtRung[rung]! += width;
        }
        const outcome = OUTCOME_KINDS[index.lastOutcome[i]!] ?? 'none';
        rep.lastOutcomes[outcome]++;
      }
      yield (done += to - from);
    }
    // Reached rung r = standing on r or on any rung above it.
    let above = 0;
    for (let r = rungs - 1; r >= 0; r--) {
      above += repAtRung[r]!;
      rep.reached[r] = above;
      atRung[r]! += repAtRung[r]!;
    }
    rep.notNow = rep.lastOutcomes.notNow;
    result.records += n;
    for (const kind of [...OUTCOME_KINDS, 'none'] as const) result.lastOutcomes[kind] += rep.lastOutcomes[kind];
    result.followUps.overdue += rep.followUps.overdue;
    result.followUps.dueToday += rep.followUps.dueToday;
    result.followUps.upcoming += rep.followUps.upcoming;
    result.reps.push(rep);
    return done;
  }

  function finish(): RollUp {
    result.notNow = result.lastOutcomes.notNow;
    // Most records first; a tie keeps the order the reps came in.
    const used = [...templates.values()].sort((a, b) => b.records - a.records);
    result.templates = used.map((acc) => ({
      id: acc.template.id,
      name: acc.template.name,
      reps: acc.reps,
      records: acc.records,
      criteria: acc.defs.map((def, c) => ({
        templateId: acc.template.id,
        id: def.id,
        label: def.label,
        unknown: acc.statusCounts[c * 4]!,
        confirmed: acc.statusCounts[c * 4 + 1]!,
        atRisk: acc.statusCounts[c * 4 + 2]!,
        no: acc.statusCounts[c * 4 + 3]!,
        stale: acc.staleCounts[c]!,
        records: acc.records,
      })),
    }));
    result.byCriterion = result.templates.flatMap((t) => t.criteria);
    result.criteria = used[0]?.defs ?? (options.criteria ? [...options.criteria] : criterionDefs(DEFAULT_TEMPLATE));
    let reached = 0;
    const reachedAt = new Array<number>(rungs);
    for (let r = rungs - 1; r >= 0; r--) reachedAt[r] = reached += atRung[r]!;
    result.funnel = ladder.map((rung, r) => {
      const before = r === 0 ? result.records : reachedAt[r - 1]!;
      return {
        rungId: rung.id,
        label: rung.label,
        reached: reachedAt[r]!,
        atRung: atRung[r]!,
        conversion: before > 0 ? reachedAt[r]! / before : null,
        completeness: possibleAtRung[r]! > 0 ? confirmedAtRung[r]! / possibleAtRung[r]! : null,
      };
    });
    return result;
  }

  return { begin, count, finish };
}

/** The roll-up as steps (yielding rows done), for the sliced and the synchronous runner. */
export function* rollUpSteps(sources: readonly ReportSource[], options: RollUpOptions = {}): Steps<RollUp> {
  const sums = tally(options.ladder ?? teamLadder(sources), options);
  let done = 0;
  for (const source of sources) {
    const builder = sums.begin(source, source.records.length);
    yield* builder.add(toColumns(source), done);
    // Rows of records the export lacks count nowhere, but were gone through.
    done += rowsOf(source);
    done = yield* sums.count(builder.index, done);
  }
  return sums.finish();
}

/** What the team database keeps of a rep's export besides its rows, and how many records it has. */
export interface RepHead {
  rep: ReportSource['rep'];
  exportedAt: number;
  settings: ReportSource['settings'];
  records: number;
}

/**
 * The roll-up fed as the team database reads a team (lib/db/team.ts readRep): each rep's
 * `head`, then its parts in order, each part some records with their rows, in columns
 * (lib/report/columns.ts). A part is indexed when it comes, at once (about a millisecond),
 * and its rows are then let go: only the records' columns stay, for the lists behind the
 * numbers. `heads` name the team ladder (every rep's settings, read before their rows).
 * `finish` gives the same roll-up as rollUpSync of the whole exports.
 */
export function rollUpFeed(heads: readonly Pick<ReportSource, 'settings'>[], options: RollUpOptions = {}) {
  const sums = tally(options.ladder ?? teamLadder(heads), options);
  let current: { builder: ReturnType<typeof sums.begin>; records: PartedRecords; expected: number } | null = null;
  const close = () => {
    if (!current) return;
    const { builder, records, expected } = current;
    current = null;
    if (records.length !== expected) throw new Error(`${repLabel(builder.index.source.rep)}'s export has ${records.length} of its ${expected} records`);
    runSync(sums.count(builder.index));
  };
  return {
    head(head: RepHead): void {
      close();
      const records = new PartedRecords();
      const source: IndexedSource = { rep: head.rep, exportedAt: head.exportedAt, settings: head.settings, records };
      current = { builder: sums.begin(source, head.records), records, expected: head.records };
    },
    part(columns: RowColumns): void {
      if (!current) throw new Error('a part came before its head');
      current.records.push(columns.records);
      runSync(current.builder.add(columns));
    },
    finish(): RollUp {
      close();
      return sums.finish();
    },
  };
}

/** The roll-up at once: for tests and workers. */
export function rollUpSync(sources: readonly ReportSource[], options: RollUpOptions = {}): RollUp {
  return runSync(rollUpSteps(sources, options));
}
