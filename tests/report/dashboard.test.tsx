import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { YouSettings } from '../../components/WorkflowSettings';
import { TeamDb } from '../../lib/db/team';
import { App } from '../../entrypoints/dashboard/App';
import { download } from '../../entrypoints/dashboard/download';
import { createDashboardStore } from '../../lib/state/dashboard-store';
import { freshDb } from '../db/helpers';
import { makeExport } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const ana = makeExport({ id: 'rep-a', name: 'Ana' }, [
  { id: 'r1', rung: 'discovery', statuses: ['confirmed', 'confirmed'], conversations: [{ daysAgo: 2, outcome: 'notNow' }], followUps: [-3] },
  { id: 'r2', rung: 'firstMeeting' },
]);
const ben = makeExport({ id: 'rep-b', name: 'Ben' }, [{ id: 'x', statuses: ['no'] }]);

const jsonFile = (name: string, content: unknown) =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

function setup(save = download) {
  const database = freshDb();
  const team = new TeamDb(`closeward-team-test-${crypto.randomUUID()}`);
  render(<App store={createDashboardStore(database, team, save)} />);
  return { database, team };
}

describe('dashboard page', () => {
  it("rolls up reps' exports into tables and labelled charts", async () => {
    setup();
    expect(await screen.findByText(/No reps yet/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Add reps' exports/), { target: { files: [jsonFile('ana.json', ana), jsonFile('ben.json', ben)] } });
    const summary = await screen.findByTestId('rollup-summary');
    expect(summary.textContent).toMatch(/2 reps, 3 records/);
    expect(summary.textContent).toMatch(/1 in the "not now" pool, 1 follow-up overdue/);
    expect(screen.getByText(/ana\.json: added Ana, 2 records/)).toBeTruthy();

    const criteria = screen.getByRole('img', { name: /Share of records per criterion/ });
    expect(within(criteria).getByText('Budget')).toBeTruthy();
    expect(within(criteria).getAllByText('33% confirmed')).toHaveLength(2);
    const funnel = screen.getByRole('img', { name: /reached each rung/ });
    expect(within(funnel).getByText('2 · 67%')).toBeTruthy();
    const reps = screen.getByRole('table', { name: 'Per rep' });
    expect(within(reps).getByRole('rowheader', { name: 'Ana' })).toBeTruthy();
    // Wide tables scroll and can be reached with Tab.
    expect(screen.getByRole('region', { name: 'Funnel, numbers' }).getAttribute('tabindex')).toBe('0');

    fireEvent.click(screen.getByRole('button', { name: 'Remove Ben' }));
    await waitFor(() => expect(screen.getByTestId('rollup-summary').textContent).toMatch(/1 rep, 2 records/));
  });

  it('downloads the team as CSV, every rep read again from the team database', async () => {
    const save = vi.fn<(blob: Blob, name: string) => void>();
    setup(save);
    fireEvent.change(screen.getByLabelText(/Add reps' exports/), { target: { files: [jsonFile('ana.json', ana), jsonFile('ben.json', ben)] } });
    expect((await screen.findByTestId('rollup-summary')).textContent).toMatch(/2 reps, 3 records/);
    fireEvent.click(screen.getByRole('button', { name: 'Download the team as CSV' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [blob, name] = save.mock.calls[0]!;
    expect(name).toMatch(/^closeward-team-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await blob.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 4).join(','))).toEqual([
      'Ana,salesforce,lead,r1',
      'Ana,salesforce,lead,r2',
      'Ben,salesforce,lead,x',
    ]);
  });

  it('holds an export that repeats the records of a rep already in the report', async () => {
    setup();
    fireEvent.change(screen.getByLabelText(/Add reps' exports/), { target: { files: [jsonFile('ana.json', ana)] } });
    await waitFor(() => expect(screen.getByTestId('rollup-summary').querySelector('.cw-drill')).toBeTruthy());
    const copy = { ...ana, rep: { id: 'rep-a2', name: 'A. N.' } };
    fireEvent.change(screen.getByLabelText(/Add reps' exports/), { target: { files: [jsonFile('copy.json', copy)] } });
    expect((await screen.findByTestId('duplicate-warning')).textContent).toMatch(/copy\.json \(A\. N\.\) looks like Ana's data under another id/);
  });

  it('says which file could not be added and why', async () => {
    setup();
    fireEvent.change(screen.getByLabelText(/Add reps' exports/), { target: { files: [jsonFile('bad.json', { format: 'other' })] } });
    expect(await screen.findByText(/bad\.json: This is not a Closeward export/)).toBeTruthy();
  });

  it('restores a backup with a result, and refuses a malformed one naming the row', async () => {
    const { database } = setup();
    const broken = JSON.parse(JSON.stringify(ana)) as { criteria: { status: string }[] };
    broken.criteria[1]!.status = 'perhaps';
    fireEvent.change(screen.getByLabelText(/Restore \/ merge a backup/), { target: { files: [jsonFile('broken.json', broken)] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/broken\.json: Table "criteria", row index 1 .*field "status".*Nothing was imported/);
    expect(await database.records.count()).toBe(0);

    fireEvent.change(screen.getByLabelText(/Restore \/ merge a backup/), { target: { files: [jsonFile('ana.json', ana)] } });
    expect((await screen.findByText(/Merged the backup of Ana/)).textContent).toMatch(/2 records added, 0 updated/);
    expect(await database.records.count()).toBe(2);
  });

  it('downloads my data as CSV through an <a download>', async () => {
    setup();
    const createObjectURL = vi.fn(() => 'blob:closeward');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^closeward-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.csv$/);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export my data as CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(new Uint8Array(await blob.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(await screen.findByText(/Saved closeward-/)).toBeTruthy();
  });
});

describe('"Your name" in the options', () => {
  it('shows the saved name and saves what the rep types', () => {
    const onRepName = vi.fn();
    render(<YouSettings repName="Ana" onRepName={onRepName} theme="system" onTheme={() => {}} />);
    const input = screen.getByLabelText('Your name') as HTMLInputElement;
    expect(input.value).toBe('Ana');
    fireEvent.input(input, { target: { value: 'Ana Núñez' } });
    expect(onRepName).toHaveBeenLastCalledWith('Ana Núñez');
  });
});
