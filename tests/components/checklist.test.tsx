import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Checklist } from '../../components/Checklist';
import { patchCriterion } from '../../lib/db/criteria';
import { DEFAULT_CRITERIA, type CriterionState } from '../../lib/model/checklist';
import { newStakeholder } from '../../lib/model/stakeholder';
import { DAY_MS } from '../../lib/model/time';
import { LEAD } from '../db/helpers';
import { renderSidebar } from './render';

const NOW = 2_000 * DAY_MS;
const criterion = (id: string, fields: Partial<CriterionState>): CriterionState => ({
  recordKey: LEAD.key,
  criterionId: id,
  status: 'unknown',
  evidence: '',
  fieldTimes: {},
  ...fields,
});
const row = (id: string) => document.querySelector<HTMLElement>(`[data-criterion="${id}"]`)!;
const rowButton = (id: string) => row(id).querySelector<HTMLButtonElement>('.cw-criterion-row')!;
const openRow = (id: string) => fireEvent.click(rowButton(id));

function renderChecklist(states: Record<string, CriterionState> = {}, stalenessDays = 30) {
  const onChange = vi.fn();
  const onVerify = vi.fn();
  const people = [{ ...newStakeholder('p1', LEAD.key, 1), name: 'Grace', title: 'CFO' }];
  const view = render(
    <Checklist defs={DEFAULT_CRITERIA} states={states} stakeholders={people} now={NOW} stalenessDays={stalenessDays} onChange={onChange} onVerify={onVerify} />,
  );
  return { onChange, onVerify, view };
}

describe('checklist in the panel', () => {
  it('renders the six criteria on one line each, and a status change updates the readiness summary', async () => {
    await renderSidebar();
    expect([...document.querySelectorAll('[data-criterion]')].map((el) => el.getAttribute('data-criterion'))).toEqual(DEFAULT_CRITERIA.map((d) => d.id));
    expect([...document.querySelectorAll('[data-criterion] .cw-criterion-label')].map((el) => el.textContent)).toEqual(DEFAULT_CRITERIA.map((d) => d.label));
    expect(document.querySelectorAll('.cw-criterion-editor')).toHaveLength(0);
    expect(screen.getByTestId('completeness').textContent).toBe('0 of 6 confirmed');
    openRow('budget');
    fireEvent.click(within(row('budget')).getByRole('radio', { name: /Confirmed/ }));
    await waitFor(() => expect(screen.getByTestId('readiness').textContent).toBe('1 of 6 confirmed'));
    expect(row('budget').getAttribute('data-status')).toBe('confirmed');
  });

  it('marks an answer not verified for longer than the setting "stale", and clears it when verified again', async () => {
    await renderSidebar(LEAD, (database) => patchCriterion(database, LEAD.key, 'timing', { status: 'confirmed' }, Date.now() - 31 * DAY_MS));
    expect(within(row('timing')).getByTestId('stale').textContent).toBe('Stale');
    expect(within(row('budget')).queryByTestId('stale')).toBeNull();
    expect(screen.getByTestId('readiness').textContent).toBe('1 of 6 confirmed · 1 stale');
    openRow('timing');
    fireEvent.click(within(row('timing')).getByRole('button', { name: 'Timing: verified again today' }));
    await waitFor(() => expect(within(row('timing')).queryByTestId('stale')).toBeNull());
    expect(within(row('timing')).getByTestId('verified').textContent).toBe('Verified today');
  });
});

describe('one criterion', () => {
  it.each([
    [29, 30, false],
    [31, 30, true],
    [10, 7, true],
  ])('verified %i days ago with a %i-day setting: stale %s', (daysAgo, setting, stale) => {
    renderChecklist({ budget: criterion('budget', { status: 'confirmed', verifiedAt: NOW - daysAgo * DAY_MS }) }, setting);
    expect(row('budget').getAttribute('data-stale')).toBe(String(stale));
    expect(within(row('budget')).queryByText('Stale') !== null).toBe(stale);
    // The row's name reads the criterion first, then its status, the evidence and the stale mark.
    const name = `Budget: Confirmed, Is budget available for the purchase?${stale ? ', Stale' : ''}`;
    // (Each part of the row is a box of its own, so names get a space before the punctuation.)
    expect(screen.getByRole('button', { name: (n) => n.replace(/\s+([:,])/g, '$1') === name })).toBe(rowButton('budget'));
    openRow('budget');
    expect(within(row('budget')).getByTestId('verified').textContent).toBe(`Verified ${daysAgo} days ago`);
  });

  it('shows its status as a chip with a mark and a word, and the first words of the evidence', () => {
    renderChecklist({ coach: criterion('coach', { status: 'atRisk', evidence: 'Priya moved to another team last week, new contact unclear' }) });
    expect(row('coach').querySelector('.cw-chip')?.textContent).toBe('!At risk');
    expect(row('coach').querySelector('.cw-chip-mark')?.getAttribute('aria-hidden')).toBe('true');
    expect(row('coach').querySelector('.cw-snippet')?.textContent).toBe('Priya moved to another team last week, new contact unclear');
    // No evidence yet: the question says what to find out.
    expect(row('budget').querySelector('.cw-snippet')?.textContent).toBe('Is budget available for the purchase?');
  });

  it('opens one row at a time; Escape closes it and gives the focus back to the row', () => {
    renderChecklist();
    openRow('budget');
    expect(rowButton('budget').getAttribute('aria-expanded')).toBe('true');
    expect(rowButton('budget').getAttribute('aria-controls')).toBe('cw-editor-budget');
    openRow('coach');
    expect(rowButton('budget').getAttribute('aria-expanded')).toBe('false');
    expect(rowButton('coach').getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelectorAll('.cw-criterion-editor')).toHaveLength(1);
    const evidence = within(row('coach')).getByLabelText('Coach: Evidence');
    evidence.focus();
    fireEvent.keyDown(evidence, { key: 'Escape' });
    expect(document.querySelectorAll('.cw-criterion-editor')).toHaveLength(0);
    expect(document.activeElement).toBe(rowButton('coach'));
    openRow('coach');
    openRow('coach');
    expect(rowButton('coach').getAttribute('aria-expanded')).toBe('false');
  });

  it.each([
    ['c', 'confirmed'],
    ['R', 'atRisk'],
    ['n', 'no'],
    ['2', 'confirmed'],
    ['4', 'no'],
  ] as const)('key %s on a focused row sets %s', (key, status) => {
    const { onChange } = renderChecklist({ valueFit: criterion('valueFit', { status: 'unknown' }) });
    fireEvent.keyDown(rowButton('valueFit'), { key });
    expect(onChange).toHaveBeenCalledWith('valueFit', { status }, { debounce: false });
  });

  it('ignores keys with a modifier, other keys, and the status it already has', () => {
    const { onChange } = renderChecklist({ valueFit: criterion('valueFit', { status: 'unknown' }) });
    fireEvent.keyDown(rowButton('valueFit'), { key: 'c', ctrlKey: true });
    fireEvent.keyDown(rowButton('valueFit'), { key: 'x' });
    fireEvent.keyDown(rowButton('valueFit'), { key: 'u' });
    fireEvent.keyDown(rowButton('valueFit'), { key: '1' });
    expect(onChange).not.toHaveBeenCalled();
    expect(rowButton('valueFit').getAttribute('aria-keyshortcuts')).toBe('U 1 C 2 R 3 N 4');
    const hint = document.getElementById(rowButton('valueFit').getAttribute('aria-describedby')!);
    expect(hint?.textContent).toMatch(/U, C, R or N, or 1 to 4/);
  });

  it('sets the status from a group of four named choices', () => {
    const { onChange } = renderChecklist({ timing: criterion('timing', { status: 'confirmed' }) });
    openRow('timing');
    const group = within(row('timing')).getByRole('radiogroup', { name: 'Timing: status' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['unknown', false],
      ['confirmed', true],
      ['atRisk', false],
      ['no', false],
    ]);
    fireEvent.click(within(group).getByRole('radio', { name: /No$/ }));
    expect(onChange).toHaveBeenCalledWith('timing', { status: 'no' }, { debounce: false });
  });

  it('picks the stakeholder the answer came from out of the buying team', () => {
    const { onChange } = renderChecklist();
    openRow('authority');
    const picker = within(row('authority')).getByLabelText('Authority: Heard from') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Nobody named', 'Grace (CFO)']);
    fireEvent.change(picker, { target: { value: 'p1' } });
    expect(onChange).toHaveBeenCalledWith('authority', { stakeholderId: 'p1' }, { debounce: false });
    fireEvent.change(picker, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith('authority', { stakeholderId: undefined }, { debounce: false });
  });

  it('shows the chosen stakeholder and asks to verify again with one click', () => {
    const { onVerify } = renderChecklist({ coach: criterion('coach', { status: 'confirmed', stakeholderId: 'p1', verifiedAt: NOW }) });
    openRow('coach');
    expect((within(row('coach')).getByLabelText('Coach: Heard from') as HTMLSelectElement).value).toBe('p1');
    fireEvent.click(within(row('coach')).getByRole('button', { name: 'Coach: verified again today' }));
    expect(onVerify).toHaveBeenCalledWith('coach');
  });

  it('types evidence as text, never as HTML', () => {
    const { onChange } = renderChecklist({ valueFit: criterion('valueFit', { evidence: '<img src=x onerror=alert(1)>' }) });
    expect(row('valueFit').querySelector('.cw-snippet')?.textContent).toBe('<img src=x onerror=alert(1)>');
    openRow('valueFit');
    const evidence = row('valueFit').querySelector('textarea.cw-evidence') as HTMLTextAreaElement;
    expect(evidence.value).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    fireEvent.input(evidence, { target: { value: 'Ops lead: saves 2 days a month' } });
    expect(onChange).toHaveBeenCalledWith('valueFit', { evidence: 'Ops lead: saves 2 days a month' }, undefined);
  });

  it('closes an open row when another record is shown', () => {
    const { view } = renderChecklist();
    const props = { defs: DEFAULT_CRITERIA, states: {}, stakeholders: [], now: NOW, stalenessDays: 30, onChange: () => {}, onVerify: () => {} };
    view.rerender(<Checklist {...props} recordKey="a" />);
    openRow('budget');
    expect(document.querySelectorAll('.cw-criterion-editor')).toHaveLength(1);
    view.rerender(<Checklist {...props} recordKey="b" />);
    expect(document.querySelectorAll('.cw-criterion-editor')).toHaveLength(0);
  });
});
