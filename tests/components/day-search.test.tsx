import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { noteVisit } from '../../lib/db/visits';
import { CONTACT, DAY, HOUR, NOW } from '../db/day-seed';
import { DEAL, LEAD } from '../db/helpers';
import { touchRecord } from '../db/store-record';
import { renderDay } from './day-render';

const box = () => screen.getByRole('combobox', { name: 'Find a record' }) as HTMLInputElement;
const hits = () => screen.queryAllByRole('option').map((o) => o.querySelector('.cw-day-name')?.textContent);
const selected = () => screen.getAllByRole('option').findIndex((o) => o.getAttribute('aria-selected') === 'true');

async function opened() {
  return renderDay(async (database) => {
    await noteVisit(database, LEAD, 'https://sf/ada', NOW - 3 * HOUR);
    await noteVisit(database, { ...CONTACT, name: 'Adam Smith' }, 'https://pd/adam', NOW - 2 * HOUR);
    await noteVisit(database, DEAL, 'https://hs/deal', NOW - HOUR);
  });
}

describe('finding a record by keyboard', () => {
  it('/ focuses the box, results come as the rep types, arrows and Enter open one', async () => {
    const { onOpen } = await opened();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(box());
    fireEvent.input(box(), { target: { value: 'ad' } });
    await waitFor(() => expect(hits()).toEqual(['Adam Smith', 'Ada Lovelace']));
    expect(selected()).toBe(0);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(selected()).toBe(1);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(box().getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]?.id);
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(LEAD.key, 'https://sf/ada');
    fireEvent.input(box(), { target: { value: 'ada lov' } });
    await waitFor(() => expect(hits()).toEqual(['Ada Lovelace']));
    fireEvent.keyDown(box(), { key: 'Escape' });
    await waitFor(() => expect(box().value).toBe(''));
    expect(hits()).toEqual([]);
  });

  it('finds older stored records that left the recent list, and says when nothing matches', async () => {
    await renderDay(async (database) => {
      await touchRecord(database, { ...LEAD, key: 'old', recordId: 'old', name: 'Olga Oldfield' }, 'https://sf/old', NOW - 300 * DAY);
      await database.visits.delete('old');
    });
    fireEvent.input(box(), { target: { value: 'oldf' } });
    await waitFor(() => expect(hits()).toEqual(['Olga Oldfield']));
    fireEvent.input(box(), { target: { value: 'nobody' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No record you opened matches “nobody”.'));
  });

  it('/ typed in another field stays in that field', async () => {
    await opened();
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(document.activeElement).toBe(other);
    other.remove();
  });
});
