import { liveQuery, type Subscription } from 'dexie';
import { statesOf, type CriterionState, type StoredChecklist } from '../model/checklist';
import { byNewest, type Conversation } from '../model/conversation';
import type { FollowUp } from '../model/follow-up';
import type { Settings } from '../model/settings';
import type { Stakeholder } from '../model/stakeholder';
import type { StoredRecord } from '../model/stored-record';
import type { ClosewardDb } from '../db/database';
import { conversationsOf } from '../db/conversations';
import { criteriaOf } from '../db/criteria';
import { bySoonest, followUpsOf } from '../db/follow-ups';
import { readSettings } from '../db/settings';
import { byAdded, stakeholdersOf } from '../db/stakeholders';

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

/**
 * One read of a record's five stores with plain IndexedDB requests on Dexie's connection,
 * handed over when the last request succeeds: no wait for the transaction's complete event
 * and none of the task hops of a live query's first run. The rows and their order are the
 * ones the live query gives (criteriaOf, stakeholdersOf, conversationsOf, followUpsOf).
 */
export function readRecord(database: ClosewardDb, key: string): Promise<RecordSnapshot> {
  const tx = database.backendDB().transaction(['records', 'checklists', 'stakeholders', 'conversations', 'followUps'], 'readonly');
  const request = <T>(req: IDBRequest): Promise<T> =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result as T);
      req.onerror = () => reject(req.error ?? new Error('read failed'));
    });
  const byRecord = <T>(store: string) => request<T[]>(tx.objectStore(store).index('recordKey').getAll(key));
  return Promise.all([
    request<StoredRecord | undefined>(tx.objectStore('records').get(key)),
    request<StoredChecklist | undefined>(tx.objectStore('checklists').get(key)),
    byRecord<Stakeholder>('stakeholders'),
    byRecord<Conversation>('conversations'),
    byRecord<FollowUp>('followUps'),
  ]).then(([record, checklist, stakeholders, conversations, followUps]) => ({
    record,
    criteria: statesOf(checklist),
    stakeholders: stakeholders.sort(byAdded),
    conversations: conversations.sort(byNewest),
    followUps: followUps.sort(bySoonest),
  }));
}

/**
 * Follows one record across tabs: every write by any page of the extension shows here. The
 * first value comes from one direct read (readRecord: what a record switch waits for); the
 * live query starts after it and brings every later change.
 */
export function watchRecord(database: ClosewardDb, key: string, handlers: LiveHandlers<RecordSnapshot>): Subscription {
  const tables = [database.records, database.checklists, database.stakeholders, database.conversations, database.followUps];
  let closed = false;
  let live: Subscription | undefined;
  const follow = () => {
    if (closed) return;
    // One read transaction for the five reads instead of five.
    live = liveQuery(() =>
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
  };
  const opened = database.isOpen() ? Promise.resolve() : database.open();
  opened
    .then(() => readRecord(database, key))
    .then(
      (snapshot) => {
        if (closed) return;
        handlers.next(snapshot);
        follow();
      },
      // The live query reads again and reports what fails.
      () => follow(),
    );
  return {
    get closed() {
      return closed;
    },
    unsubscribe() {
      closed = true;
      live?.unsubscribe();
    },
  };
}

/** Follows the settings (theme, ladder, staleness) wherever they are changed. */
export function watchSettings(database: ClosewardDb, handlers: LiveHandlers<Settings>): Subscription {
  return liveQuery(() => readSettings(database)).subscribe(handlers);
}
