import { db } from '../db/database';
import { createDayStore } from './day-store';
import { createRecentStore } from './recent-store';
import { createSafetyStore } from './safety-store';
import { createSidebarStore } from './sidebar-store';
import { defaultStorage } from './saving';

/** The side panel's stores, over the extension's one database (also handed out for the badge to follow). */
export function panelState() {
  const database = db();
  return {
    database,
    store: createSidebarStore(database),
    recent: () => createRecentStore(database),
    safety: createSafetyStore(database),
    // Made when the day is shown and dropped when it is not: its live queries would otherwise
    // run again on every visit the panel writes, and a write would queue behind them.
    day: () => createDayStore(database, { cache: defaultStorage() }),
  };
}
