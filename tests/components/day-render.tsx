import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, expect, vi } from 'vitest';
import { DayView } from '../../entrypoints/sidepanel/DayView';
import type { ClosewardDb } from '../../lib/db/database';
import { createDayStore, type DayStore } from '../../lib/state/day-store';
import { NOW } from '../db/day-seed';
import { freshDb } from '../db/helpers';

const stores: DayStore[] = [];
afterEach(() => {
  cleanup();
  for (const store of stores.splice(0)) store.actions.dispose();
});

export const CRM_LABEL: Record<string, string> = { salesforce: 'Salesforce', hubspot: 'HubSpot', pipedrive: 'Pipedrive' };

/** The day view on a fresh database filled by `fill`, with the clock at NOW in UTC. */
/** The day view over a fresh database; by default once its lists are drawn whole (the frame after the first). */
export async function renderDay(fill?: (database: ClosewardDb) => Promise<unknown>, { whole = true, wholeAtOnce = false } = {}) {
  const database = freshDb();
  if (fill) await fill(database);
  const store = createDayStore(database, { timeZone: 'UTC', clock: () => NOW });
  stores.push(store);
  const onOpen = vi.fn();
  const view = render(<DayView store={store} onOpen={onOpen} crmLabel={(crm) => CRM_LABEL[crm] ?? crm} wholeAtOnce={wholeAtOnce} />);
  await waitFor(() => expect(view.container.querySelector('.cw-day')?.getAttribute('data-loaded')).toBe('true'));
  // The effect that draws the rest runs after a paint (an animation frame), then a task later.
  if (whole) await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return { database, store, view, onOpen };
}
