import { db } from '../db/database';
import { createDayStore } from './day-store';
import { createRecentStore } from './recent-store';
import { createSafetyStore } from './safety-store';
import { createSidebarStore } from './sidebar-store';

/** The side panel's stores, over the extension's one database (also handed out for the badge to follow). */
export function panelState() {
  const database = db();
  return {
    database,
    store: createSidebarStore(database),
    recent: createRecentStore(database),
    safety: createSafetyStore(database),
    day: createDayStore(database),
  };
}
