import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { applyTheme } from '../../lib/state/theme';
import { renderSidebar } from './render';

describe('theme', () => {
  it('is not chosen in the panel: the options page has it', async () => {
    await renderSidebar();
    expect(screen.getByTestId('record-name').textContent).not.toBe('');
    expect(screen.queryByLabelText('Theme')).toBeNull();
    expect(screen.queryByRole('radio', { name: 'Dark' })).toBeNull();
  });

  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    ['system', undefined],
  ] as const)('%s sets data-theme to %s', (choice, attribute) => {
    const root = document.createElement('html');
    root.dataset.theme = 'light';
    applyTheme(root, choice);
    expect(root.dataset.theme).toBe(attribute);
  });
});

describe('saving', () => {
  it('shows a failed save in the panel and keeps the text', async () => {
    const { database } = await renderSidebar();
    database.close();
    fireEvent.click(document.querySelector<HTMLButtonElement>('[data-criterion="budget"] .cw-criterion-row')!);
    const evidence = document.querySelector<HTMLTextAreaElement>('[data-criterion="budget"] textarea.cw-evidence')!;
    fireEvent.input(evidence, { target: { value: 'CFO confirmed 50k' } });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toMatch(/^Not saved: the local database refused the change/));
    expect(evidence.value).toBe('CFO confirmed 50k');
  });
});
