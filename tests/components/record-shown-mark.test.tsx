import { waitFor } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { RECORD_SHOWN_MARK } from '../../entrypoints/sidebar/App';
import { RECORD_SHOWN_MARK as BENCH_MARK } from '../../bench/unattached.mjs';
import { DEAL, LEAD } from '../db/helpers';
import { renderSidebar } from './render';

const marks = () => performance.getEntriesByName(RECORD_SHOWN_MARK) as PerformanceMark[];

it('marks the moment a record reaches the DOM with the name shown, one mark at a time, named as the benchmark reads it', async () => {
  expect(BENCH_MARK).toBe(RECORD_SHOWN_MARK);
  performance.clearMarks(RECORD_SHOWN_MARK);
  const { store, view } = await renderSidebar(LEAD);
  expect(marks().map((m) => m.detail)).toEqual([{ key: LEAD.key, name: LEAD.name }]);
  // The mark follows the commit that shows the record's checklist.
  expect(view.container.querySelector('[data-criterion]')).not.toBeNull();
  await store.actions.showPage(DEAL, 'https://crm.test/deal');
  // The name the header shows in that commit, the one the benchmark checks.
  await waitFor(() => expect(marks().map((m) => m.detail)).toEqual([{ key: DEAL.key, name: DEAL.name }]));
  expect(view.container.querySelector('[data-testid="record-name"]')?.textContent).toBe(DEAL.name);
  expect(view.container.querySelector('main.cw-sidebar')?.getAttribute('data-record-key')).toBe(DEAL.key);
  // The name arriving later for the same record adds no mark.
  await store.actions.showPage({ ...DEAL, name: 'Renamed deal' }, 'https://crm.test/deal');
  await new Promise((r) => setTimeout(r, 20));
  expect(marks()).toHaveLength(1);
});
