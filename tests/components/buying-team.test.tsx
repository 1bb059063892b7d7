import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BuyingTeam } from '../../components/BuyingTeam';
import { stakeholdersOf } from '../../lib/db/stakeholders';
import { newStakeholder } from '../../lib/model/stakeholder';
import { LEAD } from '../db/helpers';
import { renderSidebar } from './render';

const teamSection = () => screen.getByRole('region', { name: 'Buying team' });

describe('buying team', () => {
  it('adds a person, focuses their name, and saves what is typed', async () => {
    const { database } = await renderSidebar();
    fireEvent.click(within(teamSection()).getByRole('button', { name: 'Add a person' }));
    const name = await within(teamSection()).findByLabelText('Name');
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.input(name, { target: { value: 'Grace Hopper' } });
    fireEvent.input(within(teamSection()).getByLabelText('Title'), { target: { value: 'CFO' } });
    fireEvent.change(within(teamSection()).getByLabelText('Role'), { target: { value: 'economicBuyer' } });
    fireEvent.input(within(teamSection()).getByLabelText('Needs to see'), { target: { value: 'Payback under a year' } });
    await waitFor(async () =>
      expect(await stakeholdersOf(database, LEAD.key)).toEqual([
        expect.objectContaining({ name: 'Grace Hopper', title: 'CFO', role: 'economicBuyer', needs: 'Payback under a year' }),
      ]),
    );
    // The criteria can now say the answer came from her.
    const picker = document.querySelector<HTMLSelectElement>('[data-criterion="budget"] .cw-from')!;
    expect([...picker.options].map((o) => o.textContent)).toContain('Heard from Grace Hopper (CFO)');
  });

  it('removes a person from the team and from the database', async () => {
    const { database } = await renderSidebar();
    fireEvent.click(within(teamSection()).getByRole('button', { name: 'Add a person' }));
    fireEvent.input(await within(teamSection()).findByLabelText('Name'), { target: { value: 'Bob Blocker' } });
    fireEvent.click(await within(teamSection()).findByRole('button', { name: 'Remove Bob Blocker from the buying team' }));
    await waitFor(() => expect(within(teamSection()).queryByLabelText('Name')).toBeNull());
    expect(await stakeholdersOf(database, LEAD.key)).toEqual([]);
    expect(within(teamSection()).getByText('0 people')).toBeTruthy();
  });

  it('reports edits and removals with the person they are about', () => {
    const onChange = vi.fn();
    const onRemove = vi.fn();
    const people = [{ ...newStakeholder('a', LEAD.key, 1), name: 'Ada' }, { ...newStakeholder('b', LEAD.key, 2), name: 'Bo', role: 'coach' as const }];
    render(<BuyingTeam stakeholders={people} onAdd={async () => undefined} onChange={onChange} onRemove={onRemove} />);
    expect(screen.getByText('2 people')).toBeTruthy();
    const bo = document.querySelector<HTMLElement>('[data-stakeholder="b"]')!;
    expect((within(bo).getByLabelText('Role') as HTMLSelectElement).value).toBe('coach');
    fireEvent.input(within(bo).getByLabelText('Name'), { target: { value: 'Bo Diddley' } });
    expect(onChange).toHaveBeenCalledWith('b', { name: 'Bo Diddley' }, undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ada from the buying team' }));
    expect(onRemove).toHaveBeenCalledWith('a');
  });
});
