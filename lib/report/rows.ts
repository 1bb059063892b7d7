import type { CriterionDef, CriterionStatus } from '../model/checklist';
import type { OutcomeKind } from '../model/conversation';
import type { CrmId, RecordKind } from '../model/record';
import { repLabel, runSync, type ReportSource } from '../model/report';
import { daysBetween } from '../model/time';
import { CODE_STATUS, indexSource, NO_RUNG, OFF_LADDER, outcomeAt, type SourceIndex } from './source-index';

/** One record in the team report (PRODUCT.md, "Team report"). */
export interface ReportRow {
  repId: string;
  rep: string;
  crm: CrmId;
  kind: RecordKind;
  name: string;
  url: string;
  /** The last rung reached: its label in the rep's ladder (the id if the ladder lacks it), '' if none. */
  rung: string;
  /** Completeness: how many of the template's criteria are confirmed, of how many. */
  confirmed: number;
  criteria: number;
  /** Each criterion's status, in the template's order. */
  statuses: CriterionStatus[];
  lastOutcome: OutcomeKind | undefined;
  lastConversationAt: number | undefined;
  daysSinceLastConversation: number | undefined;
  /** The soonest open follow-up. */
  nextFollowUpAt: number | undefined;
  /** Answers not verified for longer than the rep's staleness setting. */
  stale: number;
}

export interface RowOptions {
  now?: number | undefined;
  criteria?: readonly CriterionDef[] | undefined;
}

/** The report row of the record at `i` of a rep's index. */
export function rowAt(index: SourceIndex, i: number, now: number): ReportRow {
  const { source, ladder, criteria } = index;
  const width = criteria.length;
  const record = source.records.at(i)!;
  const statuses = new Array<CriterionStatus>(width);
  for (let c = 0; c < width; c++) statuses[c] = CODE_STATUS[index.status[i * width + c]!]!;
  const rungAt = index.rung[i]!;
  const lastAt = index.lastAt[i]!;
  const nextDue = index.nextDue[i]!;
  const noConversation = Number.isNaN(lastAt);
  return {
    repId: source.rep.id,
    rep: repLabel(source.rep),
    crm: record.crm,
    kind: record.kind,
    name: record.name ?? '',
    url: record.url,
    rung: rungAt === NO_RUNG ? '' : rungAt === OFF_LADDER ? (record.lastRungId ?? '') : ladder[rungAt]!.label,
    confirmed: index.confirmed[i]!,
    criteria: width,
    statuses,
    lastOutcome: outcomeAt(index, i),
    lastConversationAt: noConversation ? undefined : lastAt,
    daysSinceLastConversation: noConversation ? undefined : Math.max(0, daysBetween(lastAt, now)),
    nextFollowUpAt: nextDue === Infinity ? undefined : nextDue,
    stale: index.stale[i]!,
  };
}

/** The report rows of one rep's index, in the order of their records. */
export function rowsOfIndex(index: SourceIndex, now: number): ReportRow[] {
  const rows = new Array<ReportRow>(index.source.records.length);
  for (let i = 0; i < rows.length; i++) rows[i] = rowAt(index, i, now);
  return rows;
}

/** Report rows of one rep or of a team, rep after rep. Pure: everything comes from the exports. */
export function reportRows(sources: ReportSource | readonly ReportSource[], options: RowOptions = {}): ReportRow[] {
  const now = options.now ?? Date.now();
  const list: readonly ReportSource[] = Array.isArray(sources) ? sources : [sources as ReportSource];
  const rows: ReportRow[] = [];
  for (const source of list) {
    const index = runSync(indexSource(source, { now, criteria: options.criteria }));
    const own = rowsOfIndex(index, now);
    if (list.length === 1) return own;
    for (const row of own) rows.push(row);
  }
  return rows;
}
