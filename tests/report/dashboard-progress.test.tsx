import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/dashboard/App';
import { download } from '../../entrypoints/dashboard/download';
import { putRepExport, TeamDb } from '../../lib/db/team';
import { createDashboardStore } from '../../lib/state/dashboard-store';
import { freshDb } from '../db/helpers';
import type * as RollUpViewModule from '../../components/dashboard/RollUpView';
import { makeExport } from './helpers';

/** How many times the page drew the roll-up. */
const drawn = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../components/dashboard/RollUpView', async (importOriginal) => {
  const real = await importOriginal<typeof RollUpViewModule>();
  return {
    ...real,
    RollUpView: (props: Parameters<typeof real.RollUpView>[0]) => {
      drawn.count++;
      return real.RollUpView(props);
    },
  };
});

afterEach(() => cleanup());

describe('the roll-up while it is computed', () => {
  it('is drawn again when it changes, not at each step of the progress', async () => {
    const team = new TeamDb(`closeward-team-test-${crypto.randomUUID()}`);
    await putRepExport(team, makeExport({ id: 'ana', name: 'Ana' }, [{ id: 'r1', statuses: ['confirmed'] }, { id: 'r2' }]));
    const store = createDashboardStore(freshDb(), team, download);
    render(<App store={store} />);
    await waitFor(() => expect(screen.getByTestId('rollup-summary').querySelector('.cw-drill')).toBeTruthy());
    const before = drawn.count;
    for (const computing of [0.25, 0.5, 0.75]) act(() => store.setState({ computing }));
    expect(screen.getByText(/Rolling up… 75%/)).toBeTruthy();
    expect(drawn.count).toBe(before);
    act(() => store.setState({ report: { ...store.getState().report!, records: 99 } }));
    expect(drawn.count).toBe(before + 1);
    expect(screen.getByTestId('rollup-summary').textContent).toMatch(/99 records/);
    team.close();
  });
});
