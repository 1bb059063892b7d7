import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { ProblemStory } from '../../components/ProblemStory';
import type { Problem, RecordFields } from '../../lib/model/stored-record';
import { LEAD } from '../db/helpers';
import { renderSidebar } from './render';

function Harness({ initial }: { initial: Problem[] }) {
  const [problems, setProblems] = useState(initial);
  const [source, setSource] = useState('');
  const onChange = (changes: Partial<RecordFields>) => {
    if (changes.problems) setProblems(changes.problems);
    if (changes.source !== undefined) setSource(changes.source);
  };
  return <ProblemStory source={source} problems={problems} onChange={onChange} />;
}

const texts = () => [...document.querySelectorAll<HTMLInputElement>('.cw-problem input')].map((i) => i.value);
const initial = [
  { id: 'a', text: 'Slow close' },
  { id: 'b', text: 'Manual invoices' },
  { id: 'c', text: 'No audit trail' },
];

describe('problem story', () => {
  it('reorders with buttons and keeps the focus on the button that moved the problem', async () => {
    render(<Harness initial={initial} />);
    const down = screen.getByRole('button', { name: 'Move “Slow close” down' });
    down.focus();
    fireEvent.click(down);
    expect(texts()).toEqual(['Manual invoices', 'Slow close', 'No audit trail']);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Move “Slow close” down'));
    fireEvent.click(screen.getByRole('button', { name: 'Move “No audit trail” up' }));
    expect(texts()).toEqual(['Manual invoices', 'No audit trail', 'Slow close']);
  });

  it('does nothing past either end, and says so to assistive technology', () => {
    render(<Harness initial={initial} />);
    const up = screen.getByRole('button', { name: 'Move “Slow close” up' });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(up);
    expect(texts()).toEqual(['Slow close', 'Manual invoices', 'No audit trail']);
  });

  it('adds and removes problems', () => {
    render(<Harness initial={[]} />);
    fireEvent.input(screen.getByLabelText('A problem they want solved'), { target: { value: 'Churn in the first 90 days' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(texts()).toEqual(['Churn in the first 90 days']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Churn in the first 90 days”' }));
    expect(texts()).toEqual([]);
  });

  it('saves the source and the ordered problems on the record', async () => {
    const { database } = await renderSidebar();
    fireEvent.input(screen.getByLabelText('How they came to us'), { target: { value: 'Webinar on month-end close' } });
    for (const text of ['Second worst', 'Worst']) {
      fireEvent.input(screen.getByLabelText('A problem they want solved'), { target: { value: text } });
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Move “Worst” up' }));
    await waitFor(async () => {
      const record = await database.records.get(LEAD.key);
      expect(record?.source).toBe('Webinar on month-end close');
      expect(record?.problems.map((p) => p.text)).toEqual(['Worst', 'Second worst']);
    });
  });
});
