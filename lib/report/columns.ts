import type { CriterionStatus } from '../model/checklist';
import type { OutcomeKind } from '../model/conversation';
import type { FollowUpStatus } from '../model/follow-up';
import type { ReportSource } from '../model/report';

type Row<Table extends 'records' | 'criteria' | 'conversations' | 'followUps'> = ReportSource[Table][number];

/** A column of strings, each distinct value kept once: row i's value is `values[codes[i]]`. */
export interface Coded<T extends string | undefined = string> {
  values: T[];
  codes: Uint32Array;
}

/** Strings end to end: string i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface Packed {
  text: string;
  ends: Uint32Array;
}

/** Records in columns: their own strings packed, the few distinct ones coded. */
export interface RecordColumns {
  key: Packed;
  url: Packed;
  name: Packed;
  /** 0: the record has no name. */
  named: Uint8Array;
  crm: Coded<Row<'records'>['crm']>;
  kind: Coded<Row<'records'>['kind']>;
  lastRungId: Coded<string | undefined>;
}

/**
 * Some of a rep's records with their answers, conversations and follow-ups, in columns: the
 * records' strings packed, the rows one typed array entry per row, `record` the position of
 * the row's record, the few distinct strings coded. A handful of arrays and strings to copy,
 * read and keep instead of objects by the thousand: what the team database keeps of an
 * export, part by part, and what the report's index reads.
 */
export interface RowColumns {
  records: RecordColumns;
  criteria: {
    record: Uint32Array;
    criterionId: Coded;
    status: Coded<CriterionStatus>;
    /** NaN: never verified. */
    verifiedAt: Float64Array;
    templateId: Coded<string | undefined>;
  };
  conversations: { record: Uint32Array; at: Float64Array; loggedAt: Float64Array; outcome: Coded<OutcomeKind> };
  followUps: { record: Uint32Array; dueAt: Float64Array; status: Coded<FollowUpStatus> };
}

/** The records as a list: an array, or records kept in columns (made when read, one at a time). */
export interface RecordList {
  readonly length: number;
  at(index: number): Row<'records'> | undefined;
}

function pack(strings: readonly string[]): Packed {
  const ends = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((text, i) => (ends[i] = end += text.length));
  return { text: strings.join(''), ends };
}

const unpack = (packed: Packed, i: number): string => packed.text.slice(i > 0 ? packed.ends[i - 1] : 0, packed.ends[i]);

export function recordCount(records: RecordColumns): number {
  return records.key.ends.length;
}

/** Record i, as the export had it. */
export function recordAt(records: RecordColumns, i: number): Row<'records'> {
  return {
    key: unpack(records.key, i),
    crm: records.crm.values[records.crm.codes[i]!]!,
    kind: records.kind.values[records.kind.codes[i]!]!,
    name: records.named[i] ? unpack(records.name, i) : undefined,
    url: unpack(records.url, i),
    lastRungId: records.lastRungId.values[records.lastRungId.codes[i]!],
  };
}

/** A rep's records kept part by part in columns, read as one list. */
export class PartedRecords implements RecordList {
  private readonly parts: RecordColumns[] = [];
  private readonly starts: number[] = [];
  length = 0;

  push(records: RecordColumns): void {
    this.parts.push(records);
    this.starts.push(this.length);
    this.length += recordCount(records);
  }

  at(index: number): Row<'records'> | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    // The last part starting at or before `index`.
    let lo = 0;
    let hi = this.parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return recordAt(this.parts[lo]!, index - this.starts[lo]!);
  }
}

/** Codes strings as they come, each new value getting the next code. */
function coder<T extends string | undefined>(length: number) {
  const values: T[] = [];
  const codes = new Uint32Array(length);
  const known = new Map<T, number>();
  return {
    set(i: number, value: T) {
      let code = known.get(value);
      if (code === undefined) {
        code = values.length;
        values.push(value);
        known.set(value, code);
      }
      codes[i] = code;
    },
    done: (): Coded<T> => ({ values, codes }),
  };
}

/**
 * The rows of `rows.records` in columns, each table in its order. A row belongs to the last
 * record with its key (as the report counts it); rows of a record that is not there count
 * nowhere and are left out.
 */
export function toColumns(rows: Pick<ReportSource, 'records' | 'criteria' | 'conversations' | 'followUps'>): RowColumns {
  const positions = new Map<string, number>();
  rows.records.forEach((record, i) => positions.set(record.key, i));
  const kept = <T extends { recordKey: string }>(list: readonly T[]) => {
    const at: number[] = [];
    const picked: T[] = [];
    for (const row of list) {
      const p = positions.get(row.recordKey);
      if (p === undefined) continue;
      at.push(p);
      picked.push(row);
    }
    return { record: Uint32Array.from(at), picked };
  };

  const answers = kept(rows.criteria);
  const criterionId = coder<string>(answers.picked.length);
  const status = coder<CriterionStatus>(answers.picked.length);
  const templateId = coder<string | undefined>(answers.picked.length);
  const verifiedAt = new Float64Array(answers.picked.length);
  answers.picked.forEach((row, i) => {
    criterionId.set(i, row.criterionId);
    status.set(i, row.status);
    templateId.set(i, row.templateId);
    verifiedAt[i] = row.verifiedAt ?? NaN;
  });

  const talks = kept(rows.conversations);
  const outcome = coder<OutcomeKind>(talks.picked.length);
  const at = new Float64Array(talks.picked.length);
  const loggedAt = new Float64Array(talks.picked.length);
  talks.picked.forEach((row, i) => {
    at[i] = row.at;
    loggedAt[i] = row.loggedAt;
    outcome.set(i, row.outcome.kind);
  });

  const calls = kept(rows.followUps);
  const followUpStatus = coder<FollowUpStatus>(calls.picked.length);
  const dueAt = new Float64Array(calls.picked.length);
  calls.picked.forEach((row, i) => {
    dueAt[i] = row.dueAt;
    followUpStatus.set(i, row.status);
  });

  const { records } = rows;
  const crm = coder<Row<'records'>['crm']>(records.length);
  const kind = coder<Row<'records'>['kind']>(records.length);
  const lastRungId = coder<string | undefined>(records.length);
  records.forEach((record, i) => {
    crm.set(i, record.crm);
    kind.set(i, record.kind);
    lastRungId.set(i, record.lastRungId);
  });
  return {
    records: {
      key: pack(records.map((r) => r.key)),
      url: pack(records.map((r) => r.url)),
      name: pack(records.map((r) => r.name ?? '')),
      named: Uint8Array.from(records, (r) => (r.name === undefined ? 0 : 1)),
      crm: crm.done(),
      kind: kind.done(),
      lastRungId: lastRungId.done(),
    },
    criteria: { record: answers.record, criterionId: criterionId.done(), status: status.done(), verifiedAt, templateId: templateId.done() },
    conversations: { record: talks.record, at, loggedAt, outcome: outcome.done() },
    followUps: { record: calls.record, dueAt, status: followUpStatus.done() },
  };
}

/** The rows again from their columns (the report's CSV, tests). */
export function fromColumns(columns: RowColumns): Pick<ReportSource, 'records' | 'criteria' | 'conversations' | 'followUps'> {
  const { criteria, conversations, followUps } = columns;
  const records = Array.from({ length: recordCount(columns.records) }, (_, i) => recordAt(columns.records, i));
  const keyAt = (i: number) => records[i]!.key;
  return {
    records,
    criteria: Array.from(criteria.record, (p, i) => {
      const verifiedAt = criteria.verifiedAt[i]!;
      return {
        recordKey: keyAt(p),
        criterionId: criteria.criterionId.values[criteria.criterionId.codes[i]!]!,
        status: criteria.status.values[criteria.status.codes[i]!]!,
        verifiedAt: Number.isNaN(verifiedAt) ? undefined : verifiedAt,
        templateId: criteria.templateId.values[criteria.templateId.codes[i]!],
      };
    }),
    conversations: Array.from(conversations.record, (p, i) => ({
      recordKey: keyAt(p),
      at: conversations.at[i]!,
      loggedAt: conversations.loggedAt[i]!,
      outcome: { kind: conversations.outcome.values[conversations.outcome.codes[i]!]! },
    })),
    followUps: Array.from(followUps.record, (p, i) => ({
      recordKey: keyAt(p),
      dueAt: followUps.dueAt[i]!,
      status: followUps.status.values[followUps.status.codes[i]!]!,
    })),
  };
}

/** How many rows the columns hold: records, answers, conversations and follow-ups. */
export function columnRows(columns: RowColumns): number {
  return recordCount(columns.records) + columns.criteria.record.length + columns.conversations.record.length + columns.followUps.record.length;
}
