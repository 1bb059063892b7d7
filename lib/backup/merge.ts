// The import's merge rules: what a backup's row does to the stored row with the same key.
// Each is named for what happens when both carry the same time: re-importing a file changes
// nothing. Pure; lib/backup/db-import.ts writes what they return.
import { byCriterionId, type FieldTimes, type StoredAnswer, type StoredChecklist } from '../model/checklist';
import { RECORD_FIELDS, type StoredRecord } from '../model/stored-record';
import type { ExportData } from './format';

type Row<T extends keyof ExportData> = ExportData[T] extends readonly (infer R)[] ? R : never;

/** The fields of an answer, and of a person, whose writes carry their own times. */
export const CRITERION_FIELDS = ['status', 'evidence', 'verifiedAt', 'stakeholderId'] as const;
const STAKEHOLDER_FIELDS = ['name', 'title', 'role', 'needs'] as const;

/**
 * Takes each of `fields` from the incoming row where its write is newer than the stored
 * one's; equal times keep the stored value. Returns null when nothing changes.
 */
export function newerWinsKeepStoredOnTie<T extends { fieldTimes: FieldTimes }>(stored: T, incoming: T, fields: readonly string[]): T | null {
  let next: T | null = null;
  const storedTimes: FieldTimes = stored.fieldTimes ?? {};
  for (const field of fields) {
    const at = incoming.fieldTimes[field];
    if (at === undefined || !(at > (storedTimes[field] ?? 0))) continue;
    next ??= { ...stored, fieldTimes: { ...storedTimes } };
    const value = (incoming as Record<string, unknown>)[field];
    if (value === undefined) delete (next as Record<string, unknown>)[field];
    else (next as Record<string, unknown>)[field] = value;
    next.fieldTimes[field] = at;
  }
  return next;
}

/**
 * A record: per field the newer write wins, the stored one on a tie; the later visit brings
 * its URL and name, the earlier sighting its time (equal visit times keep the stored ones).
 */
export function mergeRecordKeepStoredOnTie(stored: StoredRecord | undefined, incoming: StoredRecord): StoredRecord | null {
  if (!stored) return incoming;
  let next = newerWinsKeepStoredOnTie(stored, incoming, RECORD_FIELDS);
  // The later visit knows the current URL and name; the earlier sighting started the clock.
  if (incoming.lastVisited > stored.lastVisited) {
    next ??= { ...stored };
    next.lastVisited = incoming.lastVisited;
    next.url = incoming.url;
    if (incoming.name !== undefined) next.name = incoming.name;
  }
  if (incoming.firstSeen < stored.firstSeen) {
    next ??= { ...stored };
    next.firstSeen = incoming.firstSeen;
  }
  return next;
}

/**
 * A record's answers: per answer, per field the newer write wins, the stored one on a tie;
 * answers the stored row lacks are added. Unchanged answers stay the very objects they
 * were (the tally counts by identity).
 */
export function mergeChecklistKeepStoredOnTie(stored: StoredChecklist | undefined, incoming: StoredChecklist): StoredChecklist | null {
  if (!stored) return incoming;
  let answers: StoredAnswer[] | undefined;
  for (const answer of incoming.answers) {
    const list = answers ?? stored.answers;
    const at = list.findIndex((a) => a.criterionId === answer.criterionId);
    const next = at === -1 ? answer : newerWinsKeepStoredOnTie(list[at]!, answer, CRITERION_FIELDS);
    if (!next) continue;
    answers ??= [...stored.answers];
    if (at === -1) answers.push(next);
    else answers[at] = next;
  }
  if (!answers) return null;
  answers.sort(byCriterionId);
  return { recordKey: stored.recordKey, answers };
}

/** A person: per field the newer write wins, the stored one on a tie; the earlier creation time stays. */
export function mergeStakeholderKeepStoredOnTie(stored: Row<'stakeholders'> | undefined, incoming: Row<'stakeholders'>): Row<'stakeholders'> | null {
  if (!stored) return incoming;
  const next = newerWinsKeepStoredOnTie(stored, incoming, STAKEHOLDER_FIELDS);
  return incoming.createdAt < stored.createdAt ? { ...(next ?? stored), createdAt: incoming.createdAt } : next;
}

/** A logged conversation never changes (one id, one conversation): only a missing one is added. */
export function addMissingConversation(stored: Row<'conversations'> | undefined, incoming: Row<'conversations'>): Row<'conversations'> | null {
  return stored ? null : incoming;
}

/** Done is final: a follow-up done on either machine stays done; times do not decide. */
export function mergeFollowUpDoneWins(stored: Row<'followUps'> | undefined, incoming: Row<'followUps'>): Row<'followUps'> | null {
  if (!stored) return incoming;
  if (stored.status === 'open' && incoming.status === 'done') return { ...stored, status: 'done' as const, doneAt: incoming.doneAt ?? incoming.createdAt };
  return null;
}

/**
 * A setting: the newer one wins, the stored one on a tie. The rep's id is the one made
 * first: a new machine's fresh id gives way to the backup's older one.
 */
export function mergeSettingKeepStoredOnTie(stored: Row<'settings'> | undefined, incoming: Row<'settings'>): Row<'settings'> | null {
  if (!stored) return incoming;
  if (incoming.key === 'repId') return incoming.updatedAt < stored.updatedAt && incoming.value !== stored.value ? incoming : null;
  return incoming.updatedAt > stored.updatedAt ? incoming : null;
}
