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
const criterion = (id: string, fields: Partial<CriterionState>): CriterionState => ({ recordKey: LEAD.key, criterionId: id, status: 'unknown', evidence: '', fieldTimes: {}, ...fields });
const row = (id: string) => document.querySelector<HTMLElement>(`[data-criterion="${id}"]`)!;

function renderChecklist(states: Record<string, CriterionState> = {}, stalenessDays = 30) {
  const onChange = vi.fn();
  const onVerify = vi.fn();
  const people = [{ ...newStakeholder('p1', LEAD.key, 1), name: 'Grace', title: 'CFO' }];
  render(<Checklist defs={DEFAULT_CRITERIA} states={states} stakeholders={people} now={NOW} stalenessDays={stalenessDays} onChange={onChange} onVerify={onVerify} />);
  return { onChange, onVerify };
}

describe('checklist in the sidebar', () => {
  it('renders the six criteria, and a status change updates completeness', async () => {
    await renderSidebar();
    expect([...document.querySelectorAll('[data-criterion]')].map((el) => el.getAttribute('data-criterion'))).toEqual(DEFAULT_CRITERIA.map((d) => d.id));
    expect(screen.getByTestId('completeness').textContent).toBe('0 of 6');
    fireEvent.change(row('budget').querySelector('select.cw-status')!, { target: { value: 'confirmed' } });
    await waitFor(() => expect(screen.getByTestId('completeness').textContent).toBe('1 of 6'));
    expect(screen.getByTestId('readiness').textContent).toBe('1/6 confirmed');
  });

  it('marks an answer not verified for longer than the setting "re-qualify", and clears it when verified again', async () => {
    await renderSidebar(LEAD, (database) => patchCriterion(database, LEAD.key, 'timing', { status: 'confirmed' }, Date.now() - 31 * DAY_MS));
    expect(within(row('timing')).getByTestId('stale').textContent).toBe('Re-qualify');
    expect(within(row('budget')).queryByTestId('stale')).toBeNull();
    expect(screen.getByTestId('readiness').textContent).toBe('1/6 confirmed, 1 stale');
    fireEvent.click(within(row('timing')).getByRole('button', { name: /verified again/i }));
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
    expect(within(row('budget')).queryByText('Re-qualify') !== null).toBe(stale);
    expect(within(row('budget')).getByTestId('verified').textContent).toBe(`Verified ${daysAgo} days ago`);
  });

  it('picks the stakeholder the answer came from out of the buying team', () => {
    const { onChange } = renderChecklist();
    const picker = within(row('authority')).getByLabelText('Authority: heard from') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Heard from: nobody named', 'Heard from Grace (CFO)']);
    fireEvent.change(picker, { target: { value: 'p1' } });
    expect(onChange).toHaveBeenCalledWith('authority', { stakeholderId: 'p1' }, { debounce: false });
    fireEvent.change(picker, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith('authority', { stakeholderId: undefined }, { debounce: false });
  });

  it('shows the chosen stakeholder and asks to verify again with one click', () => {
    const { onVerify } = renderChecklist({ coach: criterion('coach', { status: 'confirmed', stakeholderId: 'p1', verifiedAt: NOW }) });
    expect((within(row('coach')).getByLabelText('Coach: heard from') as HTMLSelectElement).value).toBe('p1');
    fireEvent.click(within(row('coach')).getByRole('button', { name: 'Coach: verified again today' }));
    expect(onVerify).toHaveBeenCalledWith('coach');
  });

  it('types evidence as text, never as HTML', () => {
    renderChecklist({ valueFit: criterion('valueFit', { evidence: '<img src=x onerror=alert(1)>' }) });
    const evidence = row('valueFit').querySelector('textarea.cw-evidence') as HTMLTextAreaElement;
    expect(evidence.value).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
