import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../lib/db/settings';
import { applyTheme } from '../../lib/state/theme';
import { renderSidebar } from './render';

describe('theme', () => {
  it('is chosen in the sidebar and kept in the settings table', async () => {
    const { database, store } = await renderSidebar();
    const picker = screen.getByLabelText('Theme') as HTMLSelectElement;
    expect(picker.value).toBe('system');
    fireEvent.change(picker, { target: { value: 'dark' } });
    await waitFor(async () => expect((await readSettings(database)).theme).toBe('dark'));
    expect(store.getState().settings.theme).toBe('dark');
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
  it('shows a failed save in the sidebar and keeps the text', async () => {
    const { database } = await renderSidebar();
    database.close();
    const evidence = document.querySelector<HTMLTextAreaElement>('[data-criterion="budget"] textarea.cw-evidence')!;
    fireEvent.input(evidence, { target: { value: 'CFO confirmed 50k' } });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toMatch(/^Not saved: the local database refused the change/));
    expect(evidence.value).toBe('CFO confirmed 50k');
  });
});
