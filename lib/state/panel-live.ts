import { db, type ClosewardDb } from '../db/database';
import { createDayStore } from './day-store';
import { createRecentStore, RECENT_LIMIT } from './recent-store';
import { createSafetyStore } from './safety-store';
import type { PanelLive } from './panel-shell';
import { createSidebarStore } from './sidebar-store';

/**
 * The side panel's stores over the extension's one database, each going on from the state the
 * panel already shows. Loaded after the panel's first render: it carries Dexie.
 */
export function connectPanel(database: ClosewardDb = db()): PanelLive & { database: ClosewardDb } {
  return {
    database,
    sidebar: (store) => createSidebarStore(database, { store }),
    // Made when the day is shown and dropped when it is not: its live queries would otherwise
    // run again on every visit the panel writes, and a write would queue behind them.
    day: (store, options) => createDayStore(database, { ...options, store }),
    recent: (store) => createRecentStore(database, RECENT_LIMIT, store),
    safety: (store) => createSafetyStore(database, Date.now, store),
  };
}
