import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FollowUps } from '../../components/FollowUps';
import { Readiness } from '../../components/Readiness';
import { NAME_WAIT_MS, SidebarHeader } from '../../components/SidebarHeader';
import type { CriterionDef, CriterionState } from '../../lib/model/checklist';
import type { FollowUp } from '../../lib/model/follow-up';
import { emptyRecordFields, type StoredRecord } from '../../lib/model/stored-record';
import { DAY_MS, formatDate } from '../../lib/model/time';
import { DEAL, LEAD } from '../db/helpers';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const NOW = 1_000 * DAY_MS;
const record: StoredRecord = {
  key: 'k',
  crm: 'salesforce',
  instance: 'i',
  kind: 'opportunity',
  recordId: 'r',
  url: '',
  firstSeen: 0,
  lastVisited: 0,
  ...emptyRecordFields(),
};
const answer = (criterionId: string, fields: Partial<CriterionState>): CriterionState => ({
  recordKey: 'k',
  criterionId,
  status: 'unknown',
  evidence: '',
  fieldTimes: {},
  ...fields,
});

describe('readiness', () => {
  // A template of three: nothing assumes six criteria.
  const defs: CriterionDef[] = [
    { id: 'pain', label: 'Pain', question: 'What hurts?' },
    { id: 'champion', label: 'Champion', question: 'Who sells for us inside?' },
    { id: 'metrics', label: 'Metrics', question: 'What will they measure?' },
  ];
  const show = (states: Record<string, CriterionState>) =>
    render(<Readiness defs={defs} states={states} record={record} conversationCount={1} now={NOW} stalenessDays={30} />);
  const segments = () => [...document.querySelectorAll<HTMLElement>('.cw-seg')].map((s) => `${s.dataset.status}${s.dataset.stale === 'true' ? '+stale' : ''}`);

  it('draws a segment per criterion, settled first, and says the counts in words', () => {
    show({ metrics: answer('metrics', { status: 'confirmed', verifiedAt: NOW }), pain: answer('pain', { status: 'atRisk', verifiedAt: NOW - 40 * DAY_MS }) });
    expect(segments()).toEqual(['confirmed', 'atRisk+stale', 'unknown']);
    expect(screen.getByTestId('readiness').textContent).toBe('1 of 3 confirmed · 1 at risk · 1 stale');
    expect(screen.getByTestId('completeness').textContent).toBe('1 of 3 confirmed');
    expect(document.querySelector('.cw-bar')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('names "no" answers and leaves out the counts that are zero', () => {
    show({ champion: answer('champion', { status: 'no', verifiedAt: NOW }) });
    expect(screen.getByTestId('readiness').textContent).toBe('0 of 3 confirmed · 1 no');
    expect(segments()).toEqual(['no', 'unknown', 'unknown']);
  });
});

describe('the header', () => {
  const header = (page: typeof LEAD | null, stored?: StoredRecord) => <SidebarHeader page={page} record={stored} saving={false} saveError={undefined} />;

  it('shows the name and the kind, and no theme or collapse control', () => {
    render(header(DEAL));
    expect(screen.getByTestId('record-name').textContent).toBe('Acme renewal');
    expect(screen.getByTestId('record-kind').textContent).toBe('Opportunity');
    expect(screen.getByTestId('save-status').textContent).toBe('Saved on this computer');
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('shows a quiet placeholder, never the raw id, until the CRM names the record', () => {
    vi.useFakeTimers();
    const unnamed = { ...LEAD, name: undefined };
    const view = render(header(unnamed));
    const name = () => screen.getByTestId('record-name');
    expect(name().textContent).toBe('Loading name…');
    expect(name().className).toContain('cw-name-pending');
    expect(document.body.textContent).not.toContain(LEAD.recordId);
    view.rerender(header(LEAD));
    expect(name().textContent).toBe('Ada Lovelace');
    expect(name().className).not.toContain('cw-name-pending');
  });

  it('says the record has no name once the CRM has had time to give one', () => {
    vi.useFakeTimers();
    render(header({ ...LEAD, name: undefined }));
    act(() => void vi.advanceTimersByTime(NAME_WAIT_MS - 1));
    expect(screen.getByTestId('record-name').textContent).toBe('Loading name…');
    act(() => void vi.advanceTimersByTime(1));
    expect(screen.getByTestId('record-name').textContent).toBe('Unnamed lead');
  });

  it('shows a failed save in place of "saved"', () => {
    render(<SidebarHeader page={LEAD} record={undefined} saving={false} saveError="Not saved: the disk is full" />);
    expect(screen.getByTestId('save-status').textContent).toBe('Not saved: the disk is full');
  });
});

describe('follow-ups', () => {
  const followUp = (id: string, dueAt: number, reason = ''): FollowUp => ({
    id,
    recordKey: 'k',
    dueAt,
    reason,
    status: 'open',
    conversationId: 'c',
    createdAt: 0,
  });

  it('lists the open ones soonest first, each with a button that names the follow-up it closes', () => {
    const onDone = vi.fn();
    render(<FollowUps followUps={[followUp('later', NOW + 9 * DAY_MS, 'Budget cycle'), followUp('due', NOW - DAY_MS)]} now={NOW} onDone={onDone} />);
    const items = screen.getAllByTestId('follow-up');
    expect(items.map((i) => i.dataset.due)).toEqual(['true', 'false']);
    expect(items[1]!.textContent).toContain('Budget cycle');
    screen.getByRole('button', { name: `Mark the follow-up of ${formatDate(NOW + 9 * DAY_MS)} done` }).click();
    expect(onDone).toHaveBeenCalledWith('later');
  });

  it('says when none is planned', () => {
    render(<FollowUps followUps={[{ ...followUp('x', NOW), status: 'done' }]} now={NOW} onDone={() => {}} />);
    expect(screen.queryByTestId('follow-up')).toBeNull();
    expect(screen.getByText(/None planned/)).toBeTruthy();
  });
});
