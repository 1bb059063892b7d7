import { createStore, type StoreApi } from 'zustand/vanilla';
import { backupInfo, backupIsStale } from '../backup/db-rolling-info';
import type { ClosewardDb } from '../db/database';
import { checkDatabaseLost, keepDatabaseMarker, settleDatabaseLoss } from '../db/guard';
import { requestPersistence } from '../db/persistence';
import { initialSafetyState, type SafetyState, type SafetyStore } from './safety-state';

export type { SafetyState, SafetyStore } from './safety-state';
export { initialSafetyState } from './safety-state';

/**
 * What keeps the rep's data safe while a page of ours is open: asks the browser to keep the
 * storage under pressure, notices a database the browser threw away (and offers the latest
 * automatic copy), makes the daily copy, and says when the copy is old.
 */
export function createSafetyStore(
  database: ClosewardDb,
  now: () => number = Date.now,
  store: StoreApi<SafetyState> = createStore<SafetyState>(initialSafetyState),
): SafetyStore {
  const stopMarker = keepDatabaseMarker(database);
  void requestPersistence();

  async function check(): Promise<void> {
    const { lost, expected } = await checkDatabaseLost(database, now());
    if (lost) {
      store.setState({ lost: { expected, backupAt: (await backupInfo())?.madeAt } });
      return;
    }
    // The copy itself is made by the background once a day (lib/background/daily-backup.ts).
    // Only data the rep wrote needs a copy: an empty database is never nagged about.
    const holdsData = (await database.records.limit(1).primaryKeys()).length > 0;
    store.setState({ lost: undefined, backupStale: holdsData && (await backupIsStale(now())) });
  }
  void check().catch(() => undefined);

  return Object.assign(store, {
    async restore() {
      store.setState({ busy: true });
      // The restore's code (the checked import) loads only when it is needed.
      const { restoreLatestBackup } = await import('../backup/db-rolling');
      const result = await restoreLatestBackup(database);
      store.setState(
        result.ok
          ? { busy: false, lost: undefined, message: `Restored ${result.tables.records.added} records from the automatic copy.` }
          : { busy: false, message: result.message },
      );
    },
    async startAfresh() {
      await settleDatabaseLoss(database, now());
      store.setState({ lost: undefined, message: undefined });
    },
    dispose: stopMarker,
  });
}
