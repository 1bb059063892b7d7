import { CRITERION_STATUSES, DEFAULT_CRITERIA, type CriterionDef, type CriterionStatus } from '../model/checklist';
import { OUTCOME_KINDS, type OutcomeKind } from '../model/conversation';
import type { Ladder } from '../model/ladder';
import { DEFAULT_STALENESS_DAYS } from '../model/readiness';
import type { ReportSource, Steps } from '../model/report';
import { settingsFrom } from '../model/settings';
import { DAY_MS } from '../model/time';
import { recordCount, toColumns, type RecordList, type RowColumns } from './columns';

/** Status codes in the order of CRITERION_STATUSES: 0 unknown, 1 confirmed, 2 at risk, 3 no. */
export const STATUS_CODE: Readonly<Record<CriterionStatus, number>> = { unknown: 0, confirmed: 1, atRisk: 2, no: 3 };
export const CODE_STATUS: readonly CriterionStatus[] = CRITERION_STATUSES;
export const NO_RUNG = -1;
/** A rung id the ladder does not have (the rep's ladder differs from the team's). */
export const OFF_LADDER = -2;

/** What an index keeps of a rep's export: who, the settings and the records; not the rows it joined. */
export type IndexedSource = Pick<ReportSource, 'rep' | 'exportedAt' | 'settings'> & { records: RecordList };

/**
 * One rep's data joined per record, in typed arrays indexed like `source.records`: built
 * in one pass over each table (no per-record queries, no per-row objects), shared by the
 * report rows and the roll-up.
 */
export interface SourceIndex {
  source: IndexedSource;
  criteria: readonly CriterionDef[];
  /** The template `criteria` are of, when the roll-up counts per template. */
  templateId: string | undefined;
  ladder: Ladder;
  /** records × criteria status codes (row-major). */
  status: Uint8Array;
  confirmed: Uint8Array;
  /** Stale answers per record, and which cells (records × criteria, 1 = stale). */
  stale: Uint8Array;
  staleCells: Uint8Array;
  /** Position of the last rung reached in `ladder`, NO_RUNG or OFF_LADDER. */
  rung: Int16Array;
  /** The latest conversation: when (NaN: none) and its outcome (index in OUTCOME_KINDS, -1: none). */
  lastAt: Float64Array;
  lastLoggedAt: Float64Array;
  lastOutcome: Int8Array;
  /** The soonest open follow-up (Infinity: none). */
  nextDue: Float64Array;
  /** Open follow-ups by when they fall, relative to the local day of `now`. */
  followUps: { overdue: number; dueToday: number; upcoming: number };
  /** The same per record, for the lists behind those numbers. */
  overdue: Uint16Array;
  dueToday: Uint16Array;
  upcoming: Uint16Array;
}

export interface IndexOptions {
  now: number;
  criteria?: readonly CriterionDef[] | undefined;
  /** The ladder rungs are placed on; the rep's own by default. */
  ladder?: Ladder | undefined;
  /** Days after which an answer is stale; the rep's own setting by default. */
  stalenessDays?: number | undefined;
  /** The template `criteria` are of: an answer the export says belongs to another is not counted. */
  templateId?: string | undefined;
}

const CHUNK = 4096;
const OUTCOME_CODE = new Map<string, number>(OUTCOME_KINDS.map((kind, i) => [kind, i]));

/** Local midnight of the day `now` falls in. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

export function rowsOf(source: ReportSource): number {
  return source.records.length + source.criteria.length + source.conversations.length + source.followUps.length;
}

/** Builds the index, yielding the number of rows done after each chunk of `CHUNK` rows. */
export function* indexSource(source: ReportSource, options: IndexOptions, doneBefore = 0): Steps<SourceIndex> {
  const builder = indexBuilder(source, source.records.length, options);
  yield* builder.add(toColumns(source), doneBefore);
  return builder.index;
}

/**
 * An index of `n` records filled part by part: `add` takes the next records, in order, with
 * their rows, in columns (lib/report/columns.ts), and yields the number of rows done after
 * each chunk of `CHUNK` rows (counted from `doneBefore`). `source.records` is the caller's:
 * it lists the records of every part added.
 */
export function indexBuilder(
  source: IndexedSource,
  n: number,
  options: IndexOptions,
): { index: SourceIndex; add(columns: RowColumns, doneBefore?: number): Steps<number> } {
  const own = settingsFrom(source.settings);
  const criteria = options.criteria ?? DEFAULT_CRITERIA;
  const ladder = options.ladder ?? own.ladder;
  const stalenessDays = options.stalenessDays ?? own.stalenessDays ?? DEFAULT_STALENESS_DAYS;
  const staleAfter = stalenessDays * DAY_MS;
  const { now, templateId } = options;
  const width = criteria.length;
  const index: SourceIndex = {
    source,
    criteria,
    templateId,
    ladder,
    status: new Uint8Array(n * width),
    confirmed: new Uint8Array(n),
    stale: new Uint8Array(n),
    staleCells: new Uint8Array(n * width),
    rung: new Int16Array(n),
    lastAt: new Float64Array(n).fill(NaN),
    lastLoggedAt: new Float64Array(n),
    lastOutcome: new Int8Array(n).fill(-1),
    nextDue: new Float64Array(n).fill(Infinity),
    followUps: { overdue: 0, dueToday: 0, upcoming: 0 },
    overdue: new Uint16Array(n),
    dueToday: new Uint16Array(n),
    upcoming: new Uint16Array(n),
  };
  const rungIds = ladder.map((rung) => rung.id);
  const rungOf = (id: string): number => {
    const r = rungIds.indexOf(id);
    return r < 0 ? OFF_LADDER : r;
  };
  const columnOf = (id: string): number => criteria.findIndex((def) => def.id === id);
  const today = startOfDay(now);
  const tomorrow = startOfDay(today + DAY_MS + DAY_MS / 2);
  let filled = 0;

  function* add(columns: RowColumns, doneBefore = 0): Steps<number> {
    const from = filled;
    const count = recordCount(columns.records);
    if (from + count > n) throw new Error(`${from + count} records for an index of ${n}`);
    filled += count;
    let done = doneBefore;

    const { lastRungId } = columns.records;
    const rungAt = Int16Array.from(lastRungId.values, (id) => (id === undefined ? NO_RUNG : rungOf(id)));
    const { rung } = index;
    for (let k = 0; k < count; k++) {
      rung[from + k] = rungAt[lastRungId.codes[k]!]!;
      if ((k + 1) % CHUNK === 0) yield (done += CHUNK);
    }
    done += count % CHUNK;

    // Each coded value looked up once: the criterion's column (-1: not counted), its status
    // code, whether it can be stale (answered), whether it counts for this template.
    const answers = columns.criteria;
    const column = Int32Array.from(answers.criterionId.values, columnOf);
    const code = Uint8Array.from(answers.status.values, (status) => STATUS_CODE[status] ?? 0);
    const answered = Uint8Array.from(answers.status.values, (status) => (status === 'unknown' ? 0 : 1));
    const counted = Uint8Array.from(answers.templateId.values, (id) => (templateId === undefined || id === undefined || id === templateId ? 1 : 0));
    const { status, confirmed, stale, staleCells } = index;
    for (let start = 0; start < answers.record.length; start += CHUNK) {
      const end = Math.min(answers.record.length, start + CHUNK);
      for (let i = start; i < end; i++) {
        const col = column[answers.criterionId.codes[i]!]!;
        if (col < 0 || !counted[answers.templateId.codes[i]!]) continue;
        const at = from + answers.record[i]!;
        const s = answers.status.codes[i]!;
        const cell = at * width + col;
        if (status[cell] === 1) confirmed[at]!--;
        status[cell] = code[s]!;
        if (code[s] === 1) confirmed[at]!++;
        // lib/model/readiness isStale: an answer never verified counts from 0.
        const verifiedAt = answers.verifiedAt[i]!;
        const isNowStale = answered[s] && now - (Number.isNaN(verifiedAt) ? 0 : verifiedAt) > staleAfter ? 1 : 0;
        stale[at]! += isNowStale - staleCells[cell]!;
        staleCells[cell] = isNowStale;
      }
      yield (done += end - start);
    }

    const talks = columns.conversations;
    const outcome = Int8Array.from(talks.outcome.values, (kind) => OUTCOME_CODE.get(kind) ?? -1);
    const { lastAt, lastLoggedAt, lastOutcome } = index;
    for (let start = 0; start < talks.record.length; start += CHUNK) {
      const end = Math.min(talks.record.length, start + CHUNK);
      for (let i = start; i < end; i++) {
        const p = from + talks.record[i]!;
        const at = talks.at[i]!;
        const loggedAt = talks.loggedAt[i]!;
        const last = lastAt[p]!;
        // Newest by when it happened, then by when it was logged (lib/model/conversation byNewest).
        if (Number.isNaN(last) || at > last || (at === last && loggedAt > lastLoggedAt[p]!)) {
          lastAt[p] = at;
          lastLoggedAt[p] = loggedAt;
          lastOutcome[p] = outcome[talks.outcome.codes[i]!]!;
        }
      }
      yield (done += end - start);
    }

    const calls = columns.followUps;
    const open = Uint8Array.from(calls.status.values, (value) => (value === 'open' ? 1 : 0));
    const { nextDue, followUps } = index;
    for (let start = 0; start < calls.record.length; start += CHUNK) {
      const end = Math.min(calls.record.length, start + CHUNK);
      for (let i = start; i < end; i++) {
        if (!open[calls.status.codes[i]!]) continue;
        const p = from + calls.record[i]!;
        const dueAt = calls.dueAt[i]!;
        if (dueAt < nextDue[p]!) nextDue[p] = dueAt;
        if (dueAt < today) {
          followUps.overdue++;
          index.overdue[p]!++;
        } else if (dueAt < tomorrow) {
          followUps.dueToday++;
          index.dueToday[p]!++;
        } else {
          followUps.upcoming++;
          index.upcoming[p]!++;
        }
      }
      yield (done += end - start);
    }
    return done;
  }

  return { index, add };
}

export function outcomeAt(index: SourceIndex, position: number): OutcomeKind | undefined {
  return OUTCOME_KINDS[index.lastOutcome[position]!];
}
