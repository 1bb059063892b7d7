import { CRITERION_STATUSES, DEFAULT_CRITERIA, type CriterionDef, type CriterionStatus } from '../model/checklist';
import { OUTCOME_KINDS, type OutcomeKind } from '../model/conversation';
import type { Ladder } from '../model/ladder';
import { DEFAULT_STALENESS_DAYS, isStale } from '../model/readiness';
import type { ReportSource, Steps } from '../model/report';
import { settingsFrom } from '../model/settings';
import { DAY_MS } from '../model/time';

/** Status codes in the order of CRITERION_STATUSES: 0 unknown, 1 confirmed, 2 at risk, 3 no. */
export const STATUS_CODE: Readonly<Record<CriterionStatus, number>> = { unknown: 0, confirmed: 1, atRisk: 2, no: 3 };
export const CODE_STATUS: readonly CriterionStatus[] = CRITERION_STATUSES;
export const NO_RUNG = -1;
/** A rung id the ladder does not have (the rep's ladder differs from the team's). */
export const OFF_LADDER = -2;

/** What an index keeps of a rep's export: who, the settings and the records; not the rows it joined. */
export type IndexedSource = Pick<ReportSource, 'rep' | 'exportedAt' | 'records' | 'settings'>;

/** Some of a rep's records with their answers, conversations and follow-ups (all of them, or a part). */
export type SourceRows = Pick<ReportSource, 'records' | 'criteria' | 'conversations' | 'followUps'>;

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
  /** recordKey → position in source.records. */
  positions: Map<string, number>;
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

/** STATUS_CODE by comparison: the four statuses differ in length, so one check decides. */
function statusCode(status: CriterionStatus): number {
  return status === 'confirmed' ? 1 : status === 'unknown' ? 0 : status === 'atRisk' ? 2 : status === 'no' ? 3 : 0;
}

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
  yield* builder.add(source, doneBefore);
  return builder.index;
}

/**
 * An index of `n` records filled batch by batch: `add` takes the next records, in order, with
 * their rows, and yields the number of rows done after each chunk of `CHUNK` rows (counted
 * from `doneBefore`). A row counts when its record came in this batch or an earlier one, so
 * batches holding each record with its rows give the index of the whole export.
 * `source.records` is the caller's: it holds the records of every batch added.
 */
export function indexBuilder(
  source: IndexedSource,
  n: number,
  options: IndexOptions,
): { index: SourceIndex; add(rows: SourceRows, doneBefore?: number): Steps<number> } {
  const own = settingsFrom(source.settings);
  const criteria = options.criteria ?? DEFAULT_CRITERIA;
  const ladder = options.ladder ?? own.ladder;
  const stalenessDays = options.stalenessDays ?? own.stalenessDays ?? DEFAULT_STALENESS_DAYS;
  const { now, templateId } = options;
  const width = criteria.length;
  const index: SourceIndex = {
    source,
    criteria,
    templateId,
    ladder,
    positions: new Map(),
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
    for (let r = 0; r < rungIds.length; r++) if (rungIds[r] === id) return r;
    return OFF_LADDER;
  };
  const ids = criteria.map((def) => def.id);
  // A scan of a handful of ids beats hashing each row's own copy of the string.
  const columnOf = (id: string): number => {
    for (let c = 0; c < ids.length; c++) if (ids[c] === id) return c;
    return -1;
  };
  const today = startOfDay(now);
  const tomorrow = startOfDay(today + DAY_MS + DAY_MS / 2);
  let filled = 0;

  function* add(rows: SourceRows, doneBefore = 0): Steps<number> {
    const from = filled;
    const count = rows.records.length;
    if (from + count > n) throw new Error(`${from + count} records for an index of ${n}`);
    filled += count;
    let done = doneBefore;

    const { positions, rung } = index;
    for (let k = 0; k < count; k++) {
      const record = rows.records[k]!;
      positions.set(record.key, from + k);
      rung[from + k] = record.lastRungId === undefined ? NO_RUNG : rungOf(record.lastRungId);
      if ((k + 1) % CHUNK === 0) yield (done += CHUNK);
    }
    done += count % CHUNK;

    // Criteria come sorted by record (the table's key order), so the last lookup is reused.
    const { status, confirmed, stale, staleCells } = index;
    let lastKey: string | undefined;
    let at = -1;
    const criteriaRows = rows.criteria;
    for (let start = 0; start < criteriaRows.length; start += CHUNK) {
      const end = Math.min(criteriaRows.length, start + CHUNK);
      for (let i = start; i < end; i++) {
        const row = criteriaRows[i]!;
        if (row.recordKey !== lastKey) {
          lastKey = row.recordKey;
          at = positions.get(lastKey) ?? -1;
        }
        if (at < 0) continue;
        if (templateId !== undefined && row.templateId !== undefined && row.templateId !== templateId) continue;
        const col = columnOf(row.criterionId);
        if (col < 0) continue;
        const code = statusCode(row.status);
        const cell = at * width + col;
        const before = status[cell]!;
        if (before === 1) confirmed[at]!--;
        status[cell] = code;
        if (code === 1) confirmed[at]!++;
        const wasStale = staleCells[cell]!;
        const isNowStale = isStale(row, now, stalenessDays) ? 1 : 0;
        staleCells[cell] = isNowStale;
        stale[at]! += isNowStale - wasStale;
      }
      yield (done += end - start);
    }

    const { lastAt, lastLoggedAt, lastOutcome } = index;
    const conversations = rows.conversations;
    for (let start = 0; start < conversations.length; start += CHUNK) {
      const end = Math.min(conversations.length, start + CHUNK);
      for (let i = start; i < end; i++) {
        const c = conversations[i]!;
        const p = positions.get(c.recordKey);
        if (p === undefined) continue;
        const last = lastAt[p]!;
        // Newest by when it happened, then by when it was logged (lib/model/conversation byNewest).
        if (Number.isNaN(last) || c.at > last || (c.at === last && c.loggedAt > lastLoggedAt[p]!)) {
          lastAt[p] = c.at;
          lastLoggedAt[p] = c.loggedAt;
          lastOutcome[p] = OUTCOME_CODE.get(c.outcome.kind) ?? -1;
        }
      }
      yield (done += end - start);
    }

    const { nextDue, followUps } = index;
    const followUpRows = rows.followUps;
    for (let start = 0; start < followUpRows.length; start += CHUNK) {
      const end = Math.min(followUpRows.length, start + CHUNK);
      for (let i = start; i < end; i++) {
        const f = followUpRows[i]!;
        if (f.status !== 'open') continue;
        const p = positions.get(f.recordKey);
        if (p === undefined) continue;
        if (f.dueAt < nextDue[p]!) nextDue[p] = f.dueAt;
        if (f.dueAt < today) {
          followUps.overdue++;
          index.overdue[p]!++;
        } else if (f.dueAt < tomorrow) {
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
