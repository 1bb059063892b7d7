import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { DAY_LIMITS } from '../../lib/db/day';
import { DAY_SHOWN_MARK, FIRST_FRAME_ROWS } from '../../entrypoints/sidepanel/DayView';
import { describe, expect, it } from 'vitest';
import { followUpDue } from '../../lib/model/follow-up';
import { DAY, followUp, HOUR, NOW, seedDay, visitLead } from '../db/day-seed';
import { DEAL, LEAD } from '../db/helpers';
import { touchRecord } from '../db/store-record';
import { renderDay } from './day-render';

const part = (id: string) => document.querySelector<HTMLElement>(`[data-part="${id}"]`);
const rowsIn = (id: string) => [...(part(id)?.querySelectorAll<HTMLElement>('[data-testid="day-row"]') ?? [])].map((r) => r.dataset.id);
const row = (id: string) => document.querySelector<HTMLElement>(`[data-testid="day-row"][data-id="${id}"]`)!;

describe('the day view', () => {
  it('lists overdue, today and the next 7 days by date, each row with what the rep needs', async () => {
    await renderDay(seedDay);
    expect(rowsIn('overdue')).toEqual(['overdue']);
    expect(rowsIn('today')).toEqual(['today']);
    expect(rowsIn('week')).toEqual(['tomorrow', 'in3days']);
    expect(part('overdue')?.querySelector('h2')?.textContent).toBe('Overdue 1 follow-up');
    expect(part('week')?.querySelector('h2')?.textContent).toBe('Next 7 days 2 follow-ups');
    expect([...part('week')!.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      expect.stringMatching(/June 10|10 June/),
      expect.stringMatching(/June 12|12 June/),
    ]);
    const ada = within(row('overdue'));
    expect(ada.getByRole('link', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(row('overdue').textContent).toContain('Salesforce · Lead');
    expect(row('overdue').textContent).toContain('Why: Budget frozen until June');
    expect(row('overdue').textContent).toContain('Closing toward: Discovery');
    expect(row('overdue').textContent).toContain('Ask about the budget cycle');
    expect(row('overdue').textContent).toContain('2 days overdue');
    expect(row('tomorrow').textContent).toContain('Closing toward: Pilot with the ops team');
    // Snooze is for what is due now, not for what is still ahead.
    expect(within(row('tomorrow')).queryByRole('button', { name: /snooze/i })).toBeNull();
  });

  it('says so when nothing is due, and marks the moment the day is shown', async () => {
    performance.clearMarks(DAY_SHOWN_MARK);
    await renderDay();
    expect(performance.getEntriesByName(DAY_SHOWN_MARK)).toHaveLength(1);
    expect(screen.getByTestId('day-empty').textContent).toMatch(/Every “Not now” you log comes back here on its day/);
    expect(document.querySelectorAll('[data-testid="day-row"]')).toHaveLength(0);
  });

  it('opens a record through the callback, with its key and page', async () => {
    const { onOpen } = await renderDay(seedDay);
    fireEvent.click(within(row('tomorrow')).getByRole('link', { name: 'Acme renewal' }));
    expect(onOpen).toHaveBeenCalledWith(DEAL.key, 'https://app.hubspot.com/deal');
  });

  it('Done clears a row; Snooze moves it to tomorrow', async () => {
    const { database } = await renderDay(seedDay);
    fireEvent.click(within(row('overdue')).getByRole('button', { name: 'Done: Ada Lovelace' }));
    await waitFor(() => expect(part('overdue')).toBeNull());
    expect((await database.followUps.get('overdue'))?.status).toBe('done');
    fireEvent.click(within(row('today')).getByRole('button', { name: /Snooze to tomorrow/ }));
    await waitFor(() => expect(rowsIn('week')).toEqual(['today', 'tomorrow', 'in3days']));
    expect(part('today')?.textContent).toContain('Nothing else due today.');
  });

  it('Reschedule refuses a past date with a message, then moves by a preset', async () => {
    const { database } = await renderDay(seedDay);
    fireEvent.click(within(row('overdue')).getByRole('button', { name: 'Reschedule: Ada Lovelace' }));
    const form = within(row('overdue')).getByRole('form', { name: /Reschedule the follow-up with Ada Lovelace/ });
    fireEvent.change(within(form).getByLabelText('Follow up'), { target: { value: 'date' } });
    fireEvent.input(within(form).getByLabelText('On'), { target: { value: '2027-06-01' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toMatch(/has passed/);
    expect((await database.followUps.get('overdue'))?.dueAt).toBe(NOW - 2 * DAY);
    fireEvent.change(within(form).getByLabelText('Follow up'), { target: { value: 'month' } });
    fireEvent.submit(form);
    await waitFor(() => expect(part('overdue')).toBeNull());
    expect((await database.followUps.get('overdue'))?.dueAt).toBe(followUpDue('month', NOW));
  });

  it('shows new leads waiting, flagged past an hour', async () => {
    await renderDay(async (database) => {
      await visitLead(database, 'a', 'Quick Quinn', NOW - 30 * 60_000);
      await visitLead(database, 'b', 'Slow Sam', NOW - 3 * HOUR);
    });
    const leads = screen.getAllByTestId('lead-row');
    expect(leads.map((l) => [l.querySelector('a')?.textContent, l.dataset.flagged])).toEqual([
      ['Quick Quinn', 'false'],
      ['Slow Sam', 'true'],
    ]);
    expect(leads[1]?.textContent).toContain('Waiting 3 h for a first conversation: past the hour');
    expect(part('leads')?.querySelector('h2')?.textContent).toBe('New leads waiting 2 leads');
  });

  it('reads a long overdue list in pages', async () => {
    await renderDay(async (database) => {
      await touchRecord(database, LEAD, 'https://sf/lead', NOW - 100 * DAY);
      await database.followUps.bulkAdd(Array.from({ length: 60 }, (_, i) => followUp(`f${i}`, LEAD.key, NOW - (i + 1) * DAY)));
    });
    // A page at a time, each as long as the first, until all 60 are shown.
    const page = DAY_LIMITS.overdue;
    for (let shown = page; shown < 60; shown += page) {
      expect(rowsIn('overdue')).toHaveLength(shown);
      fireEvent.click(screen.getByRole('button', { name: `Show more (${60 - shown} more)` }));
      await waitFor(() => expect(rowsIn('overdue')).toHaveLength(Math.min(60, shown + page)));
    }
    expect(rowsIn('overdue')).toHaveLength(60);
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
    // Widened past the default limits: the panel keeps no picture of this day at close.
    expect(document.querySelector('.cw-day')?.getAttribute('data-widened')).toBe('true');
  });

  it('draws the top of the day in its first frame and the rest of the lists in the next', async () => {
    await renderDay(
      async (database) => {
        await touchRecord(database, LEAD, 'https://sf/lead', NOW - 100 * DAY);
        await database.followUps.bulkAdd(Array.from({ length: 30 }, (_, i) => followUp(`f${i}`, LEAD.key, NOW - (i + 1) * DAY)));
        await database.followUps.bulkAdd(Array.from({ length: 5 }, (_, i) => followUp(`t${i}`, LEAD.key, NOW + (i + 1) * HOUR)));
      },
      { whole: false },
    );
    expect(rowsIn('overdue')).toHaveLength(FIRST_FRAME_ROWS);
    expect(rowsIn('today')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
    await waitFor(() => expect(rowsIn('overdue')).toHaveLength(DAY_LIMITS.overdue));
    expect(rowsIn('today')).toHaveLength(5);
    expect(screen.getByRole('button', { name: `Show more (${30 - DAY_LIMITS.overdue} more)` })).toBeTruthy();
  });

  it('draws the whole day in its first frame when it replaces a picture of the whole day', async () => {
    await renderDay(
      async (database) => {
        await touchRecord(database, LEAD, 'https://sf/lead', NOW - 100 * DAY);
        await database.followUps.bulkAdd(Array.from({ length: 30 }, (_, i) => followUp(`f${i}`, LEAD.key, NOW - (i + 1) * DAY)));
      },
      { whole: false, wholeAtOnce: true },
    );
    expect(rowsIn('overdue')).toHaveLength(DAY_LIMITS.overdue);
    expect(screen.getByRole('button', { name: `Show more (${30 - DAY_LIMITS.overdue} more)` })).toBeTruthy();
    expect(document.querySelector('.cw-day')?.hasAttribute('data-widened')).toBe(false);
  });
});
