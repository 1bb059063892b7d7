import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Readiness } from '../../components/Readiness';
import { logConversation } from '../../lib/db/conversations';
import { DEFAULT_CRITERIA } from '../../lib/model/checklist';
import { emptyRecordFields, type StoredRecord } from '../../lib/model/stored-record';
import { HOUR_MS, MINUTE_MS } from '../../lib/model/time';
import { DEAL, LEAD } from '../db/helpers';
import { renderSidebar } from './render';

/** The sections of the sidebar, top to bottom, by their test id or heading. */
function order(): string[] {
  return [
    ...document.querySelectorAll('[data-testid="note-to-future-self"], [data-testid="closing-toward"], [data-testid="readiness"], #cw-checklist-title'),
  ].map((el) => el.getAttribute('data-testid') ?? el.id);
}

describe('the minute before a call', () => {
  it('shows the latest note to future self first, then closing toward and readiness', async () => {
    await renderSidebar(LEAD, async (database) => {
      const lost = { kind: 'lost' as const, reason: '' };
      await logConversation(database, LEAD.key, { at: 1000, outcome: lost, noteToFutureSelf: 'Old note' }, 1000);
      await logConversation(database, LEAD.key, { at: 2000, outcome: lost, noteToFutureSelf: 'Start with <b>the CFO</b> question' }, 2000);
    });
    expect(order()).toEqual(['note-to-future-self', 'closing-toward', 'readiness', 'cw-checklist-title']);
    const note = screen.getByTestId('note-to-future-self');
    expect(note.querySelector('.cw-note-text')?.textContent).toBe('Start with <b>the CFO</b> question');
    expect(note.querySelector('b')).toBeNull();
  });

  it('replaces the note when the next conversation is logged', async () => {
    await renderSidebar();
    expect(screen.queryByTestId('note-to-future-self')).toBeNull();
    expect(screen.getByTestId('note-empty').textContent).toMatch(/^No note to future self yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Log a conversation' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Lost / disqualified' }));
    fireEvent.input(screen.getByLabelText('Note to future self'), { target: { value: 'Fresh note' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Log a conversation' }));
    await waitFor(() => expect(screen.getByTestId('note-to-future-self').querySelector('.cw-note-text')?.textContent).toBe('Fresh note'));
    expect(screen.queryByTestId('note-empty')).toBeNull();
    expect(order()[0]).toBe('note-to-future-self');
  });
});

describe('speed to lead', () => {
  const record = (fields: Partial<StoredRecord>): StoredRecord => ({
    key: 'k',
    crm: 'salesforce',
    instance: 'i',
    kind: 'lead',
    recordId: 'r',
    url: '',
    firstSeen: 0,
    lastVisited: 0,
    ...emptyRecordFields(),
    ...fields,
  });
  const show = (fields: Partial<StoredRecord>, conversationCount: number, now: number) =>
    render(<Readiness defs={DEFAULT_CRITERIA} states={{}} record={record(fields)} conversationCount={conversationCount} now={now} stalenessDays={30} />);

  it.each([
    [45 * MINUTE_MS, 'false', 'New lead, waiting 45 min'],
    [HOUR_MS + 5 * MINUTE_MS, 'true', 'Waiting 1 h 5 min, no conversation yet: call now'],
  ])('after %i ms flagged=%s', (now, flagged, text) => {
    show({}, 0, now);
    expect(screen.getByTestId('speed-to-lead').getAttribute('data-flagged')).toBe(flagged);
    expect(screen.getByTestId('speed-to-lead').textContent).toBe(text);
  });

  it('is not shown once a conversation is logged, nor on a deal', () => {
    show({}, 1, 5 * HOUR_MS);
    show({ kind: 'opportunity' }, 0, 5 * HOUR_MS);
    // Both readiness lines are there, neither with the wait.
    expect(screen.getAllByTestId('readiness')).toHaveLength(2);
    expect(screen.queryByTestId('speed-to-lead')).toBeNull();
  });

  it('flags a lead first seen two hours ago in the sidebar', async () => {
    await renderSidebar(LEAD, (database) => database.records.update(LEAD.key, { firstSeen: Date.now() - 2 * HOUR_MS }));
    expect(screen.getByTestId('speed-to-lead').getAttribute('data-flagged')).toBe('true');
  });

  it('does not flag a deal', async () => {
    await renderSidebar(DEAL, (database) => database.records.update(DEAL.key, { firstSeen: Date.now() - 2 * HOUR_MS }));
    expect(screen.getByTestId('record-name').textContent).toBe(DEAL.name);
    expect(screen.getByTestId('readiness')).toBeTruthy();
    expect(screen.queryByTestId('speed-to-lead')).toBeNull();
  });
});
