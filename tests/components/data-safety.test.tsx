import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { App } from '../../entrypoints/sidepanel/App';
import { makeRollingBackup } from '../../lib/backup/db-rolling';
import { ClosewardDb } from '../../lib/db/database';
import { noteRecordCount } from '../../lib/db/guard';
import { createRecentStore } from '../../lib/state/recent-store';
import { createSafetyStore } from '../../lib/state/safety-store';
import { createDayStore } from '../../lib/state/day-store';
import { createSidebarStore } from '../../lib/state/sidebar-store';
import { DEAL, freshName, LEAD } from '../db/helpers';
import { touchRecord } from '../db/store-record';

const disposers: (() => void)[] = [];
afterEach(() => {
  cleanup();
  for (const dispose of disposers.splice(0)) dispose();
});

function renderPanel(database: ClosewardDb) {
  const store = createSidebarStore(database);
  const recent = () => createRecentStore(database);
  const safety = createSafetyStore(database);
  const day = () => createDayStore(database);
  disposers.push(() => store.actions.dispose(), safety.dispose);
  return render(<App store={store} recent={recent} safety={safety} day={day} onOpenRecord={() => {}} />);
}

it("notices a database deleted behind the panel's back, and brings the records back from the automatic copy", async () => {
  const name = freshName();
  const before = new ClosewardDb(name);
  await touchRecord(before, LEAD, 'https://acme/lead', 1000);
  await touchRecord(before, DEAL, 'https://hub/deal', 1000);
  await noteRecordCount(before);
  expect(await makeRollingBackup(before)).toMatchObject({ made: true });
  await before.delete();

  const after = new ClosewardDb(name);
  renderPanel(after);
  const alert = await screen.findByTestId('database-lost');
  expect(alert.textContent).toContain('It held 2 records.');
  fireEvent.click(screen.getByRole('button', { name: /^Restore the copy from/ }));
  await waitFor(() => expect(screen.queryByTestId('database-lost')).toBeNull());
  expect((await after.records.toArray()).map((r) => r.key).sort()).toEqual([DEAL.key, LEAD.key].sort());
  after.close();
});
