import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect } from 'vitest';
import { touchRecord } from '../db/store-record';
import type { RecordPage } from '../../lib/model/record';
import { createRecentStore } from '../../lib/state/recent-store';
import { createSafetyStore } from '../../lib/state/safety-store';
import { createDayStore } from '../../lib/state/day-store';
import { createSidebarStore } from '../../lib/state/sidebar-store';
import { App, loadRecordCard } from '../../entrypoints/sidepanel/App';
import { freshDb, LEAD } from '../db/helpers';

const stores: { actions: { dispose(): void } }[] = [];
afterEach(() => {
  cleanup();
  for (const store of stores.splice(0)) store.actions.dispose();
});

/**
 * The whole sidebar on a fresh database, showing `page`; `before` may fill the database
 * first (a lead first seen hours ago, an old answer).
 */
export async function renderSidebar(page: RecordPage = LEAD, before?: (database: ReturnType<typeof freshDb>) => Promise<unknown>) {
  const database = freshDb();
  if (before) {
    await touchRecord(database, page, 'https://crm.test/record');
    await before(database);
  }
  const store = createSidebarStore(database);
  stores.push(store);
  await store.actions.showPage(page, 'https://crm.test/record');
  const recent = () => createRecentStore(database);
  const safety = createSafetyStore(database);
  stores.push({ actions: { dispose: safety.dispose } });
  const day = () => createDayStore(database);
  // The record card's code loads on its own (App.tsx); a test waits for it here, once.
  await loadRecordCard();
  const view = render(<App store={store} recent={recent} safety={safety} day={day} onOpenRecord={() => {}} />);
  await waitFor(() => expect(view.container.querySelector('main.cw-sidebar')?.getAttribute('data-loaded')).toBe('true'));
  await screen.findByTestId('closing-toward');
  return { database, store, view };
}
