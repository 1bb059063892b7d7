import Dexie, { type EntityTable } from 'dexie';
import type { CriterionState } from '../model/checklist';
import type { StoredRecord } from '../model/stored-record';

export const DB_NAME = 'closeward';

/**
 * Schema versions stay declared side by side; each upgrade is a function with a test
 * that fills the older version and opens the newer one.
 */
export const SCHEMA_V1 = {
  records: 'key, crm, kind, lastVisited',
  criteria: '[recordKey+criterionId], recordKey',
} as const;

export class ClosewardDb extends Dexie {
  records!: EntityTable<StoredRecord, 'key'>;
  criteria!: Dexie.Table<CriterionState, [string, string]>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
  }
}

let shared: ClosewardDb | undefined;
/** The one database of the extension origin. */
export function db(): ClosewardDb {
  shared ??= new ClosewardDb();
  return shared;
}
