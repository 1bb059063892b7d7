import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { conversationsOf } from '../../lib/db/conversations';
import { followUpsOf } from '../../lib/db/follow-ups';
import { followUpDue } from '../../lib/model/follow-up';
import { fromInput } from '../../lib/model/time';
import { LEAD } from '../db/helpers';
import { renderSidebar } from './render';

const form = () => screen.getByRole('form', { name: 'Log a conversation' });
const field = (label: string) => within(form()).getByLabelText(label);
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });

function startLog(outcome: 'Advanced' | 'Not me' | 'Not now' | 'Lost / disqualified', at = '2027-01-15T10:30') {
  fireEvent.click(screen.getByRole('button', { name: 'Log a conversation' }));
  type('When', at);
  fireEvent.click(within(form()).getByRole('radio', { name: outcome }));
}

async function save() {
  fireEvent.submit(form());
  await waitFor(() => expect(screen.queryByRole('form', { name: 'Log a conversation' })).toBeNull());
}

describe('log a conversation', () => {
  it('advanced: the rung won moves the ladder and "closing toward" to the next rung', async () => {
    const { database } = await renderSidebar();
    startLog('Advanced');
    expect((field('Rung won') as HTMLSelectElement).value).toBe('firstMeeting');
    fireEvent.change(field('Rung won'), { target: { value: 'discovery' } });
    type('What they agreed to', 'A 45-minute discovery call with ops');
    type('Note to future self', 'Open with the 9-day month-end close.');
    await save();
    await waitFor(() => expect(screen.getByTestId('closing-toward').textContent).toBe('Closing toward: Agree that change is needed'));
    expect(await database.records.get(LEAD.key)).toMatchObject({ lastRungId: 'discovery', lastRungAt: fromInput('2027-01-15T10:30') });
    expect((await conversationsOf(database, LEAD.key))[0]?.outcome).toEqual({
      kind: 'advanced',
      rungId: 'discovery',
      won: 'A 45-minute discovery call with ops',
    });
  });

  it('not me: keeps the referral and lists it on the record', async () => {
    const { database } = await renderSidebar();
    startLog('Not me');
    type('Right party', 'Rae Right');
    type('Their role', 'Head of Finance');
    type('How to reach them', 'rae@acme.test');
    type('Note to future self', 'Mention Ray sent us.');
    await save();
    expect((await screen.findByTestId('referral')).textContent).toMatch(/^Rae Right, Head of Finance · rae@acme\.test/);
    expect((await conversationsOf(database, LEAD.key))[0]?.outcome).toEqual({
      kind: 'notMe',
      referral: { name: 'Rae Right', role: 'Head of Finance', reach: 'rae@acme.test' },
    });
  });

  it('not now: a quarter out by default, creating a dated follow-up', async () => {
    const { database } = await renderSidebar();
    startLog('Not now');
    expect((field('Follow up') as HTMLSelectElement).value).toBe('quarter');
    type('Why not now', 'Contract with the incumbent ends in spring');
    type('Note to future self', 'Ask whether the renewal talks started.');
    await save();
    const expected = followUpDue('quarter', fromInput('2027-01-15T10:30')!);
    expect(await followUpsOf(database, LEAD.key)).toEqual([
      expect.objectContaining({ dueAt: expected, status: 'open', reason: 'Contract with the incumbent ends in spring' }),
    ]);
    expect((await screen.findByTestId('follow-up')).textContent).toMatch(/Contract with the incumbent ends in spring/);
  });

  it('not now on a date the rep picks', async () => {
    const { database } = await renderSidebar();
    startLog('Not now');
    fireEvent.change(field('Follow up'), { target: { value: 'date' } });
    type('Note to future self', 'Budget opens in May.');
    fireEvent.submit(form());
    expect((await within(form()).findByRole('alert')).textContent).toMatch(/pick a date/i);
    type('On', '2027-05-03');
    await save();
    expect((await followUpsOf(database, LEAD.key))[0]?.dueAt).toBe(new Date(2027, 4, 3).getTime());
  });

  it('lost: keeps the reason and shows it in the history', async () => {
    const { database } = await renderSidebar();
    startLog('Lost / disqualified');
    type('Why', 'Chose the incumbent');
    type('Note to future self', 'Check back when their contract renews.');
    await save();
    expect((await conversationsOf(database, LEAD.key))[0]?.outcome).toEqual({ kind: 'lost', reason: 'Chose the incumbent' });
    const history = (await screen.findByText(/Conversation history \(1\)/)).closest('details')!;
    expect(history.open).toBe(false);
    expect(history.textContent).toContain('Chose the incumbent');
  });

  it('starts with no outcome chosen and will not save until one is, with the focus on the outcomes', async () => {
    const { database } = await renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Log a conversation' }));
    const radios = within(form()).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.checked)).toEqual([false, false, false, false]);
    await waitFor(() => expect(document.activeElement).toBe(radios[0]));
    const saveButton = within(form()).getByRole('button', { name: 'Save conversation' });
    expect(saveButton.getAttribute('aria-disabled')).toBe('true');
    type('Note to future self', 'Call the CFO first.');
    fireEvent.submit(form());
    expect((await within(form()).findByRole('alert')).textContent).toMatch(/pick the outcome/i);
    expect(await database.conversations.count()).toBe(0);
    fireEvent.click(within(form()).getByRole('radio', { name: 'Lost / disqualified' }));
    expect(saveButton.getAttribute('aria-disabled')).toBe('false');
    fireEvent.click(within(form()).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Log a conversation' })));
  });

  it('will not save without the note to future self, nor "not me" without a name', async () => {
    const { database } = await renderSidebar();
    startLog('Not me');
    fireEvent.submit(form());
    expect((await within(form()).findByRole('alert')).textContent).toMatch(/note to future self/i);
    type('Note to future self', 'x');
    fireEvent.submit(form());
    await waitFor(() => expect(within(form()).getByRole('alert').textContent).toMatch(/right party/i));
    expect(await database.conversations.count()).toBe(0);
  });
});
