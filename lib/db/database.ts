import Dexie, { type EntityTable } from 'dexie';
import type { StoredChecklist } from '../model/checklist';
import type { Conversation } from '../model/conversation';
import type { FollowUp } from '../model/follow-up';
import type { Setting, SettingKey } from '../model/settings';
import type { Stakeholder } from '../model/stakeholder';
import type { StoredRecord } from '../model/stored-record';
import type { Visit } from '../model/visit';
import { seedSettings } from './settings';
import { upgradeToV2 } from './upgrade-v2';
import { upgradeToV3 } from './upgrade-v3';
import { upgradeToV5 } from './upgrade-v5';
import { SCHEMA_V6, upgradeToV6 } from './upgrade-v6';

export { DB_NAME } from './names';
import { DB_NAME } from './names';

/**
 * Schema versions stay declared side by side; each upgrade is a function with a test
 * that fills the older version and opens the newer one.
 */
export const SCHEMA_V1 = {
  records: 'key, crm, kind, lastVisited',
  criteria: '[recordKey+criterionId], recordKey',
} as const;

/**
 * v2: the sales workflow. firstSeen is indexed for "newest leads not yet contacted";
 * followUps by dueAt (and open ones by [status+dueAt]) for the popup and the badge.
 */
export const SCHEMA_V2 = {
  records: 'key, crm, kind, lastVisited, firstSeen',
  criteria: '[recordKey+criterionId], recordKey',
  stakeholders: 'id, recordKey',
  conversations: 'id, recordKey, at',
  followUps: 'id, recordKey, dueAt, [status+dueAt], conversationId',
  settings: 'key',
} as const;

/**
 * v3: a record's answers move into one `checklists` row per record (lib/model/checklist.ts,
 * StoredChecklist): a sixth of the rows to open, seed, import and export. The upgrade copies
 * the criteria rows over; v4 then drops the old table (Dexie lets an upgrade read a table
 * only if a later version deletes it).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  checklists: 'recordKey',
} as const;

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  criteria: null,
} as const;

/**
 * v5: the records the rep opened move to a bounded `visits` list; a `records` row is made on
 * the rep's first write (lib/db/visits.ts). Existing records seed the list.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  visits: 'key, lastVisited, firstSeen',
} as const;

export class ClosewardDb extends Dexie {
  records!: EntityTable<StoredRecord, 'key'>;
  checklists!: EntityTable<StoredChecklist, 'recordKey'>;
  stakeholders!: EntityTable<Stakeholder, 'id'>;
  conversations!: EntityTable<Conversation, 'id'>;
  followUps!: EntityTable<FollowUp, 'id'>;
  settings!: Dexie.Table<Setting, SettingKey>;
  visits!: EntityTable<Visit, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) => upgradeToV2(tx));
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) => upgradeToV3(tx));
    this.version(4).stores(SCHEMA_V4);
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade((tx) => upgradeToV5(tx));
    this.version(6)
      .stores(SCHEMA_V6)
      .upgrade((tx) => upgradeToV6(tx));
    // A brand-new database gets the defaults too; an upgraded one gets them in upgradeToV2.
    this.on('populate', (tx) => seedSettings(tx.table('settings')));
  }
}

let shared: ClosewardDb | undefined;
/** The one database of the extension origin. */
export function db(): ClosewardDb {
  shared ??= new ClosewardDb();
  return shared;
}
