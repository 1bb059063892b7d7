import type { CriterionState, CriterionStatus } from '../../lib/model/checklist';
import type { Conversation, Outcome } from '../../lib/model/conversation';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData } from '../../lib/backup/format';
import type { FollowUp } from '../../lib/model/follow-up';
import type { StoredRecord } from '../../lib/model/stored-record';
import { DAY_MS } from '../../lib/model/time';

/** A fixed "now" for reports: 2026-03-10 12:00 local time. */
export const NOW = new Date(2026, 2, 10, 12, 0).getTime();

export interface RecordSpec {
  id: string;
  name?: string;
  kind?: StoredRecord['kind'];
  rung?: string;
  /** Statuses in the default template's order: budget, coach, authority, valueFit, timing, competitors. */
  statuses?: (CriterionStatus | undefined)[];
  /** Days ago each answer was verified (default 1). */
  verifiedDaysAgo?: number;
  /** Conversations: days ago and outcome kind. */
  conversations?: { daysAgo: number; outcome: Outcome['kind'] }[];
  /** Open follow-ups, days from now (negative: overdue). */
  followUps?: number[];
}

const CRITERIA = ['budget', 'coach', 'authority', 'valueFit', 'timing', 'competitors'];

function outcome(kind: Outcome['kind'], at: number): Outcome {
  switch (kind) {
    case 'advanced':
      return { kind, rungId: 'discovery', won: 'a meeting' };
    case 'notMe':
      return { kind, referral: { name: 'Grace', role: 'CFO', reach: 'email' } };
    case 'notNow':
      return { kind, followUpAt: at + 90 * DAY_MS, reason: 'next year' };
    case 'lost':
      return { kind, reason: 'no budget' };
  }
}

export function record(key: string, fields: Partial<StoredRecord> = {}): StoredRecord {
  return {
    key,
    crm: 'salesforce',
    instance: 'acme',
    kind: 'lead',
    recordId: key,
    url: `https://acme.lightning.force.com/lightning/r/Lead/${key}/view`,
    name: key,
    firstSeen: NOW - 30 * DAY_MS,
    lastVisited: NOW - DAY_MS,
    nextMicroConversion: '',
    callPurpose: '',
    targetDate: '',
    source: '',
    problems: [],
    fieldTimes: {},
    ...fields,
  };
}

/** An export made by hand: one rep, records described compactly. */
export function makeExport(rep: { id: string; name: string }, specs: RecordSpec[], extra: Partial<ExportData> = {}): ExportData {
  const records: StoredRecord[] = [];
  const criteria: CriterionState[] = [];
  const conversations: Conversation[] = [];
  const followUps: FollowUp[] = [];
  for (const spec of specs) {
    const key = `${rep.id}:${spec.id}`;
    records.push(
      record(key, { name: spec.name ?? spec.id, kind: spec.kind ?? 'lead', ...(spec.rung ? { lastRungId: spec.rung, lastRungAt: NOW - DAY_MS } : {}) }),
    );
    (spec.statuses ?? []).forEach((status, i) => {
      if (!status) return;
      const at = NOW - (spec.verifiedDaysAgo ?? 1) * DAY_MS;
      criteria.push({ recordKey: key, criterionId: CRITERIA[i]!, status, evidence: '', verifiedAt: at, fieldTimes: { status: at } });
    });
    (spec.conversations ?? []).forEach((c, i) => {
      const at = NOW - c.daysAgo * DAY_MS;
      conversations.push({ id: `${key}:c${i}`, recordKey: key, at, loggedAt: at, outcome: outcome(c.outcome, at), noteToFutureSelf: 'start here' });
    });
    (spec.followUps ?? []).forEach((days, i) => {
      followUps.push({
        id: `${key}:f${i}`,
        recordKey: key,
        dueAt: NOW + days * DAY_MS,
        reason: '',
        status: 'open',
        conversationId: '',
        createdAt: NOW - DAY_MS,
      });
    });
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: NOW,
    rep,
    records: records.sort((a, b) => (a.key < b.key ? -1 : 1)),
    criteria,
    stakeholders: [],
    conversations,
    followUps,
    settings: [],
    ...extra,
  };
}
