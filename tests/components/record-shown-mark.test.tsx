import { waitFor } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import { RECORD_SHOWN_MARK } from '../../entrypoints/sidepanel/App';
import { RECORD_SHOWN_MARK as BENCH_MARK } from '../../bench/session.mjs';
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
  await waitFor(() => expect(view.container.querySelector('[data-testid="record-name"]')?.textContent).toBe('Renamed deal'));
  expect(marks()).toHaveLength(1);
});

it('shows a record it switched to before writing the visit: no read-write transaction starts ahead of that commit', async () => {
  const { database, store } = await renderSidebar(LEAD);
  const order: string[] = [];
  const transaction = database.transaction.bind(database) as (...args: unknown[]) => unknown;
  vi.spyOn(database, 'transaction').mockImplementation(((...args: unknown[]) => {
    if (args[0] === 'rw' || args[0] === 'readwrite') order.push('write');
    return transaction(...args);
  }) as typeof database.transaction);
  const mark = performance.mark.bind(performance);
  vi.spyOn(performance, 'mark').mockImplementation((name, options) => {
    if (name === RECORD_SHOWN_MARK) order.push('shown');
    return mark(name, options);
  });
  try {
    await store.actions.showPage(DEAL, 'https://crm.test/deal');
    await waitFor(() => expect(order).toContain('write'));
    expect(order.slice(0, 2)).toEqual(['shown', 'write']);
    // The visit is written all the same, and only the visit: the rep has not written to the deal.
    expect((await database.visits.get(DEAL.key))?.name).toBe(DEAL.name);
    expect(await database.records.get(DEAL.key)).toBeUndefined();
  } finally {
    vi.restoreAllMocks();
  }
});
