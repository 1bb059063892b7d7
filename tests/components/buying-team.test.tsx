import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BuyingTeam } from '../../components/BuyingTeam';
import { touchRecord } from '../db/store-record';
import { addStakeholder, stakeholdersOf } from '../../lib/db/stakeholders';
import { newStakeholder } from '../../lib/model/stakeholder';
import { DEAL, LEAD } from '../db/helpers';
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
    fireEvent.click(document.querySelector<HTMLButtonElement>('[data-criterion="budget"] .cw-criterion-row')!);
    const picker = document.querySelector<HTMLSelectElement>('[data-criterion="budget"] .cw-from')!;
    expect([...picker.options].map((o) => o.textContent)).toContain('Grace Hopper (CFO)');
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
    const people = [
      { ...newStakeholder('a', LEAD.key, 1), name: 'Ada' },
      { ...newStakeholder('b', LEAD.key, 2), name: 'Bo', role: 'coach' as const },
    ];
    render(<BuyingTeam stakeholders={people} onAdd={async () => undefined} onChange={onChange} onRemove={onRemove} />);
    expect(screen.getByText('2 people')).toBeTruthy();
    const bo = document.querySelector<HTMLElement>('[data-stakeholder="b"]')!;
    // One line each until opened: name and role.
    expect(bo.querySelector('.cw-line')?.textContent).toBe('BoCoach');
    expect(within(bo).queryByLabelText('Role')).toBeNull();
    fireEvent.click(within(bo).getByRole('button', { expanded: false }));
    expect((within(bo).getByLabelText('Role') as HTMLSelectElement).value).toBe('coach');
    fireEvent.input(within(bo).getByLabelText('Name'), { target: { value: 'Bo Diddley' } });
    expect(onChange).toHaveBeenCalledWith('b', { name: 'Bo Diddley' }, undefined);
    // Opening Ada closes Bo.
    fireEvent.click(within(document.querySelector<HTMLElement>('[data-stakeholder="a"]')!).getByRole('button', { expanded: false }));
    expect(within(bo).queryByLabelText('Role')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ada from the buying team' }));
    expect(onRemove).toHaveBeenCalledWith('a');
  });
});

describe('a record switch', () => {
  it("never shows the last record's team under the new name, and shows the new team right after", async () => {
    const { store, view } = await renderSidebar(LEAD, async (db) => {
      await addStakeholder(db, LEAD.key, { name: 'Lead Person' }, 1000, 'p-lead');
      await touchRecord(db, DEAL, 'https://crm.test/deal');
      await addStakeholder(db, DEAL.key, { name: 'Deal Person' }, 1000, 'p-deal');
    });
    await waitFor(() => expect(within(teamSection()).getByText('Lead Person')).toBeTruthy());
    // Every commit while switching: if the new record's name is shown, the old team is not.
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const name = view.container.querySelector('[data-testid="record-name"]')?.textContent ?? '';
      const below = view.container.querySelector<HTMLElement>('.cw-below');
      const leadVisible = !!below && !below.hidden && (below.textContent ?? '').includes('Lead Person');
      if (name === DEAL.name && leadVisible) seen.push('old team visible under the new name');
    });
    observer.observe(view.container, { subtree: true, childList: true, attributes: true, characterData: true });
    await store.actions.showPage(DEAL, 'https://crm.test/deal');
    await waitFor(() => expect(within(teamSection()).getByText('Deal Person')).toBeTruthy());
    observer.disconnect();
    expect(seen).toEqual([]);
    expect(view.container.querySelector<HTMLElement>('.cw-below')!.hidden).toBe(false);
  });
});
