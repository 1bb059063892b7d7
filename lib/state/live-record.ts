import { liveQuery, type Subscription } from 'dexie';
import type { CriterionState } from '../model/checklist';
import type { Conversation } from '../model/conversation';
import type { FollowUp } from '../model/follow-up';
import type { Settings } from '../model/settings';
import type { Stakeholder } from '../model/stakeholder';
import type { StoredRecord } from '../model/stored-record';
import type { ClosewardDb } from '../db/database';
import { conversationsOf } from '../db/conversations';
import { criteriaOf } from '../db/criteria';
import { followUpsOf } from '../db/follow-ups';
import { readSettings } from '../db/settings';
import { stakeholdersOf } from '../db/stakeholders';

/** Everything the sidebar shows about one record, as the database holds it. */
export interface RecordSnapshot {
  record: StoredRecord | undefined;
  criteria: CriterionState[];
  stakeholders: Stakeholder[];
  conversations: Conversation[];
  followUps: FollowUp[];
}

export interface LiveHandlers<T> {
  next(value: T): void;
  error(error: unknown): void;
}

/** Follows one record across tabs: every write by any page of the extension shows here. */
export function watchRecord(database: ClosewardDb, key: string, handlers: LiveHandlers<RecordSnapshot>): Subscription {
  const tables = [database.records, database.checklists, database.stakeholders, database.conversations, database.followUps];
  // One read transaction for the five reads instead of five.
  return liveQuery(() =>
    database.transaction('r', tables, async (): Promise<RecordSnapshot> => {
      const [record, criteria, stakeholders, conversations, followUps] = await Promise.all([
        database.records.get(key),
        criteriaOf(database, key),
        stakeholdersOf(database, key),
        conversationsOf(database, key),
        followUpsOf(database, key),
      ]);
      return { record, criteria, stakeholders, conversations, followUps };
    }),
  ).subscribe(handlers);
}

/** Follows the settings (theme, ladder, staleness) wherever they are changed. */
export function watchSettings(database: ClosewardDb, handlers: LiveHandlers<Settings>): Subscription {
  return liveQuery(() => readSettings(database)).subscribe(handlers);
}
