import { statesOf, type CriterionState, type StoredChecklist } from '../model/checklist';
import { byNewest, type Conversation } from '../model/conversation';
import type { FollowUp } from '../model/follow-up';
import { settingsFrom, type Setting, type Settings } from '../model/settings';
import type { Stakeholder } from '../model/stakeholder';
import type { StoredRecord } from '../model/stored-record';
import type { Visit } from '../model/visit';
import { bySoonest } from './follow-ups';
import { request } from './idb';
import { byAdded } from './stakeholders';

// Reads with plain IndexedDB requests, on any connection to the extension's database: Dexie's
// (database.backendDB()) or one opened without Dexie's code (openExisting), which lets the side
// panel show a record before that code has loaded.

/** Everything the panel shows about one record, as the database holds it. */
export interface RecordSnapshot {
  record: StoredRecord | undefined;
  criteria: CriterionState[];
  stakeholders: Stakeholder[];
  conversations: Conversation[];
  followUps: FollowUp[];
  /** The rep's visit of this record (its first sight), if the visit list still holds it. */
  visit?: Visit | undefined;
}

/**
 * One read of a record's stores in one transaction, handed over when the last request
 * succeeds: no wait for the transaction's complete event. The rows and their order are the ones
 * the Dexie helpers give (criteriaOf, stakeholdersOf, conversationsOf, followUpsOf).
 */
export function readRecordFrom(connection: IDBDatabase, key: string): Promise<RecordSnapshot> {
  const tx = connection.transaction(['records', 'checklists', 'stakeholders', 'conversations', 'followUps', 'visits'], 'readonly');
  // IndexedDB's requests are untyped (`any` rows): each is read as the row type its store holds.
  const byKey = <T>(store: string) => request(tx.objectStore(store).get(key) as IDBRequest<T | undefined>);
  const byRecord = <T>(store: string) => request(tx.objectStore(store).index('recordKey').getAll(key) as IDBRequest<T[]>);
  return Promise.all([
    byKey<StoredRecord>('records'),
    byKey<StoredChecklist>('checklists'),
    byRecord<Stakeholder>('stakeholders'),
    byRecord<Conversation>('conversations'),
    byRecord<FollowUp>('followUps'),
    byKey<Visit>('visits'),
  ]).then(([record, checklist, stakeholders, conversations, followUps, visit]) => ({
    record,
    criteria: statesOf(checklist),
    stakeholders: stakeholders.sort(byAdded),
    conversations: conversations.sort(byNewest),
    followUps: followUps.sort(bySoonest),
    visit,
  }));
}

/** Every setting, with defaults for any row that is missing or malformed (as readSettings). */
export async function readSettingsFrom(connection: IDBDatabase): Promise<Settings> {
  const rows = await request(connection.transaction('settings', 'readonly').objectStore('settings').getAll() as IDBRequest<Setting[]>);
  return settingsFrom(rows);
}

/**
 * The extension's database as it is, opened without a version and without Dexie: undefined
 * when it does not exist yet (its creation, schema and seed are left to Dexie) or cannot be
 * opened. The connection closes itself when a newer schema asks for the database.
 */
export function openExisting(name: string, factory: IDBFactory = indexedDB): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = factory.open(name);
    } catch {
      resolve(undefined);
      return;
    }
    // No database yet: aborting its upgrade leaves none behind.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => {
      const connection = open.result;
      connection.onversionchange = () => connection.close();
      resolve(connection);
    };
    open.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
  });
}
