import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/dashboard/App';
import { download } from '../../entrypoints/dashboard/download';
import { createDashboardStore } from '../../lib/state/dashboard-store';
import { listHistory, putRepExport, removeRep, TeamDb } from '../../lib/db/team';
import { slimSource } from '../../lib/model/report';
import { DEFAULT_LADDER } from '../../lib/model/ladder';
import { DAY_MS } from '../../lib/model/time';
import { findOverlap } from '../../lib/report/duplicates';
import { weeklyTrend, weekStart } from '../../lib/report/trend';
import { freshDb } from '../db/helpers';
import { makeExport, NOW, type RecordSpec } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const freshTeam = () => new TeamDb(`closeward-team-test-${crypto.randomUUID()}`);
const jsonFile = (name: string, content: unknown) => new File([JSON.stringify(content)], name, { type: 'application/json' });
const WEEK = 7 * DAY_MS;

describe('trend', () => {
  it('each import of one rep leaves a dated summary; the weeks show completeness and the funnel over time', async () => {
    const team = freshTeam();
    // Week by week Ana confirms more and climbs the ladder.
    const weeks: RecordSpec[][] = [
      [{ id: 'a', statuses: ['confirmed'] }, { id: 'b' }],
      [
        { id: 'a', statuses: ['confirmed', 'confirmed'], rung: 'firstMeeting' },
        { id: 'b', statuses: ['confirmed'] },
      ],
      [
        { id: 'a', statuses: ['confirmed', 'confirmed', 'confirmed'], rung: 'discovery' },
        { id: 'b', statuses: ['confirmed'], rung: 'firstMeeting' },
        { id: 'c' },
      ],
    ];
    for (const [i, specs] of weeks.entries()) {
      await putRepExport(team, { ...makeExport({ id: 'ana', name: 'Ana' }, specs), exportedAt: NOW - (2 - i) * WEEK }, NOW);
    }
    // Another export in the last week replaces that week's numbers, not adds to them.
    await putRepExport(team, { ...makeExport({ id: 'ana', name: 'Ana' }, weeks[2]!), exportedAt: NOW - WEEK / 7 + 1 }, NOW);
    const history = await listHistory(team);
    expect(history).toHaveLength(4);
    const trend = weeklyTrend(history, DEFAULT_LADDER);
    expect(trend.map((w) => w.weekStart)).toEqual(
      [weekStart(NOW - 2 * WEEK), weekStart(NOW - WEEK), weekStart(NOW)].filter((w, i, all) => all.indexOf(w) === i),
    );
    expect(trend.map((w) => [w.reps, w.records, w.completeness])).toEqual([
      [1, 2, 1 / 12],
      [1, 2, 3 / 12],
      [1, 3, 4 / 18],
    ]);
    expect(trend.map((w) => w.reached.slice(0, 2))).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
    // Removing the rep removes their history.
    await removeRep(team, 'ana');
    expect(await listHistory(team)).toEqual([]);
  });

  it("a team database from before the trend starts it with each rep's current export", async () => {
    const name = `closeward-team-test-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ reps: 'repId, name', sources: 'repId' });
    const ana = makeExport({ id: 'ana', name: 'Ana' }, [{ id: 'a', statuses: ['confirmed'] }]);
    await old.table('sources').put({ repId: 'ana', source: slimSource(ana) });
    old.close();
    const team = new TeamDb(name);
    expect(await listHistory(team)).toEqual([{ repId: 'ana', exportedAt: NOW, records: 1, confirmed: 1, possible: 6, reached: expect.any(Object) }]);
    team.close();
  });

  it('a rep who skipped a week still counts with their last export', () => {
    const monday = weekStart(NOW);
    const trend = weeklyTrend(
      [
        { repId: 'a', exportedAt: monday - 2 * WEEK, records: 10, confirmed: 6, possible: 60, reached: {} },
        { repId: 'b', exportedAt: monday - 2 * WEEK + DAY_MS, records: 5, confirmed: 0, possible: 30, reached: {} },
        { repId: 'b', exportedAt: monday + DAY_MS, records: 5, confirmed: 30, possible: 30, reached: {} },
      ],
      DEFAULT_LADDER,
    );
    expect(trend.map((w) => [w.reps, w.records, w.completeness])).toEqual([
      [2, 15, 6 / 90],
      [2, 15, 6 / 90],
      [2, 15, 36 / 90],
    ]);
  });
});

describe('duplicates', () => {
  const others = [{ repId: 'ana', name: 'Ana Núñez', keys: new Set(['k1', 'k2', 'k3', 'k4']) }];
  it('flags an export sharing more than half its records with another rep, never with itself', () => {
    expect(findOverlap({ repId: 'x', keys: ['k1', 'k2', 'k3', 'z'] }, others)).toEqual({ repId: 'ana', name: 'Ana Núñez', shared: 3, share: 0.75 });
    expect(findOverlap({ repId: 'x', keys: ['k1', 'k2', 'y', 'z'] }, others)).toBeUndefined();
    expect(findOverlap({ repId: 'ana', keys: ['k1', 'k2'] }, others)).toBeUndefined();
    expect(findOverlap({ repId: 'x', keys: [] }, others)).toBeUndefined();
  });

  it('holds the file until the lead decides', async () => {
    render(<App store={createDashboardStore(freshDb(), freshTeam(), download)} />);
    const ana = makeExport({ id: 'ana', name: 'Ana Núñez' }, [{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    const copy = { ...ana, rep: { id: 'ana-2', name: 'A. Núñez' } };
    fireEvent.change(screen.getByLabelText(/Add reps' exports/), { target: { files: [jsonFile('ana.json', ana), jsonFile('copy.json', copy)] } });
    const warning = await screen.findByTestId('duplicate-warning');
    expect(warning.textContent).toMatch(
      /copy\.json \(A\. Núñez\) looks like Ana Núñez's data under another id: 3 of its 3 records \(100%\) are in Ana Núñez's export too\. It was not added\./,
    );
    await waitFor(() => expect(screen.getByTestId('rollup-summary').textContent).toMatch(/^1 rep, 3 records/));
    fireEvent.click(within(warning).getByRole('button', { name: 'Add A. Núñez anyway' }));
    await waitFor(() => expect(screen.getByTestId('rollup-summary').textContent).toMatch(/^2 reps, 6 records/));
    expect(screen.queryByTestId('duplicate-warning')).toBeNull();
  });
});

describe('drill-down on the page', () => {
  it('a number opens the records behind it, narrowed by rep, each a link to its CRM page', async () => {
    render(<App store={createDashboardStore(freshDb(), freshTeam(), download)} />);
    const bob = makeExport({ id: 'bob', name: 'Bob' }, [
      { id: 'acme', statuses: ['no'], followUps: [-2] },
      { id: 'globex', statuses: ['confirmed'] },
    ]);
    const cy = makeExport({ id: 'cy', name: 'Cy' }, [{ id: 'initech', statuses: ['no'] }]);
    fireEvent.change(screen.getByLabelText(/Add reps' exports/), { target: { files: [jsonFile('bob.json', bob), jsonFile('cy.json', cy)] } });
    await screen.findByTestId('rollup-summary');
    const numbers = screen.getByRole('region', { name: 'Completeness by criterion, numbers' });
    const budgetRow = within(numbers).getByRole('rowheader', { name: 'Budget' }).closest('tr')!;
    fireEvent.click(within(budgetRow).getByRole('button', { name: '2: list Records with Budget answered no' }));
    const list = await screen.findByTestId('drill-down');
    expect(within(list).getByRole('heading', { name: 'Records with Budget answered no' })).toBeTruthy();
    const links = () =>
      within(list)
        .queryAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links()).toEqual([
      ['acme', 'https://acme.lightning.force.com/lightning/r/Lead/bob:acme/view'],
      ['initech', 'https://acme.lightning.force.com/lightning/r/Lead/cy:initech/view'],
    ]);
    expect(within(list).getByRole('status').textContent).toBe('2 records.');
    fireEvent.change(within(list).getByLabelText('Rep'), { target: { value: 'bob' } });
    await waitFor(() => expect(links().map(([name]) => name)).toEqual(['acme']));
    expect(within(list).getByRole('status').textContent).toBe('1 record.');
    const row = within(list).getByRole('rowheader', { name: 'acme' }).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'Bob',
      'Salesforce',
      'Lead',
      '–',
      '0/6',
      // Stale answers depend on today's date: the page counts against the real clock.
      expect.stringMatching(/^[01]$/),
      new Date(NOW - 2 * DAY_MS).toLocaleDateString(),
    ]);
    fireEvent.click(within(list).getByRole('button', { name: 'Close the list' }));
    await waitFor(() => expect(screen.queryByTestId('drill-down')).toBeNull());
  });
});
