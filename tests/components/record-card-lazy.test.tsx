import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { createRecentStore } from '../../lib/state/recent-store';
import { createSafetyStore } from '../../lib/state/safety-store';
import { createDayStore } from '../../lib/state/day-store';
import { createSidebarStore } from '../../lib/state/sidebar-store';
import { freshDb, LEAD } from '../db/helpers';

afterEach(() => cleanup());

it("shows a record's card once its code has loaded on its own, and marks the record shown only then", async () => {
  // A fresh copy of the panel's App: the card's code not loaded yet, as when a panel opens.
  vi.resetModules();
  const { App, RECORD_SHOWN_MARK } = await import('../../entrypoints/sidepanel/App');
  performance.clearMarks(RECORD_SHOWN_MARK);
  const database = freshDb();
  const store = createSidebarStore(database);
  const safety = createSafetyStore(database);
  try {
    await store.actions.showPage(LEAD, 'https://crm.test/record');
    const view = render(
      <App store={store} recent={() => createRecentStore(database)} safety={safety} day={() => createDayStore(database)} onOpenRecord={() => {}} />,
    );
    // The header is there at once; the checklist comes with the card's code.
    expect(view.container.querySelector('[data-testid="record-name"]')?.textContent).toBe(LEAD.name);
    expect(view.container.querySelector('[data-criterion]')).toBeNull();
    expect(performance.getEntriesByName(RECORD_SHOWN_MARK)).toHaveLength(0);
    await waitFor(() => expect(view.container.querySelector('[data-criterion]')).not.toBeNull());
    expect(performance.getEntriesByName(RECORD_SHOWN_MARK)).toHaveLength(1);
  } finally {
    store.actions.dispose();
    safety.dispose();
  }
});
