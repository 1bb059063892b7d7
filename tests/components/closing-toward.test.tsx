import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ClosingToward } from '../../components/ClosingToward';
import { patchRecord } from '../../lib/db/records';
import { DEFAULT_LADDER } from '../../lib/model/ladder';
import { formatDate } from '../../lib/model/time';
import { emptyRecordFields, type StoredRecord } from '../../lib/model/stored-record';
import { LEAD } from '../db/helpers';
import { renderSidebar } from './render';

const record = (fields: Partial<StoredRecord> = {}): StoredRecord => ({
  key: LEAD.key,
  crm: 'salesforce',
  instance: LEAD.instance,
  kind: 'lead',
  recordId: LEAD.recordId,
  url: '',
  firstSeen: 0,
  lastVisited: 0,
  ...emptyRecordFields(),
  ...fields,
});

describe('closing toward', () => {
  it.each([
    [{}, 'Closing toward: Agree to a first meeting'],
    [{ lastRungId: 'discovery' }, 'Closing toward: Agree that change is needed'],
    [
      { lastRungId: 'discovery', nextMicroConversion: 'CFO on the next call', targetDate: '2027-02-01' },
      `Closing toward: CFO on the next call · by ${formatDate(new Date(2027, 1, 1).getTime())}`,
    ],
  ])('%o → %s', (fields, text) => {
    render(<ClosingToward record={record(fields)} ladder={DEFAULT_LADDER} now={0} onChange={() => {}} />);
    expect(screen.getByTestId('closing-toward').textContent).toBe(text);
  });

  it('shows the rung reached and offers the next rung as the default', () => {
    render(
      <ClosingToward
        record={record({ lastRungId: 'secondMeeting', lastRungAt: new Date(2027, 2, 3).getTime() })}
        ladder={DEFAULT_LADDER}
        now={0}
        onChange={() => {}}
      />,
    );
    expect(screen.getByTestId('ladder-position').textContent).toMatch(/^Rung 4 of 9 reached: Second meeting on /);
    expect((screen.getByLabelText('Next micro-conversion') as HTMLInputElement).placeholder).toBe('Collaborate on a solution');
  });

  it('shows the purpose of the next call, or asks for one', () => {
    const { rerender } = render(<ClosingToward record={record()} ladder={DEFAULT_LADDER} now={0} onChange={() => {}} />);
    expect(screen.getByTestId('call-purpose').textContent).toBe('No purpose set for the next call yet.');
    rerender(<ClosingToward record={record({ callPurpose: 'Agree on the pilot scope' })} ladder={DEFAULT_LADDER} now={0} onChange={() => {}} />);
    expect(screen.getByTestId('call-purpose').textContent).toBe('Purpose of the call: Agree on the pilot scope');
  });

  it('reports the plan as the rep types, and a rung picked with the date it was reached', () => {
    const onChange = vi.fn();
    render(<ClosingToward record={record()} ladder={DEFAULT_LADDER} now={1234} onChange={onChange} />);
    fireEvent.input(screen.getByLabelText('Purpose of the next call'), { target: { value: 'Agree on the pilot scope' } });
    expect(onChange).toHaveBeenLastCalledWith({ callPurpose: 'Agree on the pilot scope' });
    fireEvent.input(screen.getByLabelText('Target date'), { target: { value: '2027-04-01' } });
    expect(onChange).toHaveBeenLastCalledWith({ targetDate: '2027-04-01' });
    fireEvent.change(screen.getByLabelText('Last rung reached'), { target: { value: 'discovery' } });
    expect(onChange).toHaveBeenLastCalledWith({ lastRungId: 'discovery', lastRungAt: 1234 }, { debounce: false });
  });

  it("in the sidebar, reads the ladder from settings and follows the rep's own micro-conversion", async () => {
    const { database } = await renderSidebar(LEAD, async (database) => {
      await database.settings.put({
        key: 'ladder',
        value: [
          { id: 'demo', label: 'Book a demo' },
          { id: 'trial', label: 'Start a trial' },
        ],
        updatedAt: 1,
      });
    });
    await waitFor(() => expect(screen.getByTestId('closing-toward').textContent).toBe('Closing toward: Book a demo'));
    fireEvent.input(screen.getByLabelText('Next micro-conversion'), { target: { value: 'Demo for the ops team' } });
    expect(screen.getByTestId('closing-toward').textContent).toBe('Closing toward: Demo for the ops team');
    await waitFor(async () => expect((await database.records.get(LEAD.key))?.nextMicroConversion).toBe('Demo for the ops team'));
    await patchRecord(database, LEAD.key, { nextMicroConversion: '', lastRungId: 'demo' }, Date.now() + 1000);
    await waitFor(() => expect(screen.getByTestId('closing-toward').textContent).toBe('Closing toward: Start a trial'));
  });
});
