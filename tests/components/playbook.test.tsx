import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LadderEditor } from '../../components/playbook/LadderEditor';
import { TeamSettingsTransfer } from '../../components/playbook/TeamSettingsTransfer';
import { TemplateEditor } from '../../components/playbook/TemplateEditor';
import type { Ladder } from '../../lib/model/ladder';
import { MEDDICC_TEMPLATE, type Template } from '../../lib/model/template';
import { copyTemplate } from '../../lib/model/template-edit';

afterEach(cleanup);

/** The editor with its settings held in a state, as the options page holds them. */
function Templates({ initial, onSave }: { initial: { templates: Template[]; templateId: string }; onSave: (t: Template[]) => void }) {
  const [s, setS] = useState(initial);
  return (
    <TemplateEditor
      templates={s.templates}
      templateId={s.templateId}
      onChoose={(templateId) => setS({ ...s, templateId })}
      onTemplates={(templates, activeId) => {
        onSave(templates);
        setS({ templates, templateId: activeId ?? s.templateId });
      }}
    />
  );
}

const names = (list: HTMLElement) =>
  within(list)
    .getAllByRole('textbox', { name: /^Name of / })
    .map((i) => (i as HTMLInputElement).value);

describe('template editor', () => {
  const ours = copyTemplate(MEDDICC_TEMPLATE, [], 'Our MEDDICC');

  it('reorders criteria by keyboard: Alt+Arrow moves the row, keeps focus, and says where it went', async () => {
    const onSave = vi.fn();
    render(<Templates initial={{ templates: [ours], templateId: ours.id }} onSave={onSave} />);
    const list = screen.getByRole('list', { name: 'Our MEDDICC criteria' });
    const metrics = screen.getByRole('textbox', { name: 'Name of Metrics' });
    metrics.focus();
    fireEvent.keyDown(metrics, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(names(list).slice(0, 3)).toEqual(['Economic buyer', 'Metrics', 'Decision criteria']));
    expect(screen.getByRole('status').textContent).toBe('Metrics moved to position 2 of 7.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name of Metrics' })));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(names(list).slice(0, 3)).toEqual(['Economic buyer', 'Decision criteria', 'Metrics']));
    // Without Alt, an arrow key is the text field's own.
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Name of Metrics' }), { key: 'ArrowUp' });
    expect(names(list)[2]).toBe('Metrics');
    // Up at the top does nothing.
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Name of Economic buyer' }), { key: 'ArrowUp', altKey: true });
    expect(names(list)[0]).toBe('Economic buyer');
    const saved = onSave.mock.lastCall![0] as Template[];
    expect(saved[0]!.criteria.map((c) => c.id).slice(0, 3)).toEqual(['economicBuyer', 'decisionCriteria', 'metrics']);
  });

  it('adds, renames and removes criteria; ids stay put on a rename', async () => {
    const onSave = vi.fn();
    render(<Templates initial={{ templates: [ours], templateId: ours.id }} onSave={onSave} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'New criterion' }), { target: { value: 'Paper process' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add criterion' }));
    await screen.findByRole('textbox', { name: 'Name of Paper process' });
    const champion = screen.getByRole('textbox', { name: 'Name of Champion' });
    fireEvent.input(champion, { target: { value: 'Inside seller' } });
    fireEvent.change(champion);
    await screen.findByRole('textbox', { name: 'Name of Inside seller' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove criterion Metrics' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Name of Metrics' })).toBeNull());
    const saved = (onSave.mock.lastCall![0] as Template[])[0]!;
    expect(saved.criteria.find((c) => c.name === 'Inside seller')?.id).toBe('champion');
    expect(saved.criteria.at(-1)).toEqual({ id: 'paperProcess', name: 'Paper process', question: '' });
    expect(saved.criteria.some((c) => c.id === 'metrics')).toBe(false);
  });

  it('shows a built-in read-only and makes an editable copy of it', async () => {
    const onSave = vi.fn();
    render(<Templates initial={{ templates: [], templateId: 'default' }} onSave={onSave} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Checklist' }), { target: { value: 'meddicc' } });
    await screen.findByRole('list', { name: 'MEDDICC criteria' });
    expect(screen.queryByRole('textbox', { name: 'Name of Metrics' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Make an editable copy of MEDDICC' }));
    await screen.findByRole('textbox', { name: 'Name of Metrics' });
    expect(onSave.mock.lastCall![0]).toMatchObject([{ name: 'MEDDICC (our copy)' }]);
  });
});

describe('ladder editor', () => {
  function Ladders({ initial, onChange }: { initial: Ladder; onChange: (l: Ladder) => void }) {
    const [ladder, setLadder] = useState(initial);
    return (
      <LadderEditor
        ladder={ladder}
        onChange={(l) => {
          onChange(l);
          setLadder(l);
        }}
      />
    );
  }
  const LADDER: Ladder = [
    { id: 'intro', label: 'Intro call' },
    { id: 'demo', label: 'Demo' },
  ];

  it('adds, moves by button, renames and removes rungs, keeping one', async () => {
    const onChange = vi.fn();
    render(<Ladders initial={LADDER} onChange={onChange} />);
    const list = screen.getByRole('list', { name: 'Ladder rungs' });
    fireEvent.input(screen.getByRole('textbox', { name: 'New rung' }), { target: { value: 'Security review' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Add rung' }).closest('form')!);
    await waitFor(() => expect(names(list)).toEqual(['Intro call', 'Demo', 'Security review']));
    fireEvent.click(screen.getByRole('button', { name: 'Move Security review up' }));
    await waitFor(() => expect(names(list)).toEqual(['Intro call', 'Security review', 'Demo']));
    const intro = screen.getByRole('textbox', { name: 'Name of rung Intro call' });
    fireEvent.input(intro, { target: { value: 'First meeting' } });
    fireEvent.keyDown(intro, { key: 'Enter' });
    await waitFor(() => expect(names(list)[0]).toBe('First meeting'));
    expect((onChange.mock.lastCall![0] as Ladder)[0]).toEqual({ id: 'intro', label: 'First meeting' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove rung Demo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove rung Security review' }));
    await waitFor(() => expect(names(list)).toEqual(['First meeting']));
    expect((screen.getByRole('button', { name: 'Remove rung First meeting' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('team settings file', () => {
  const file = (text: string) => new File([text], 'team.json', { type: 'application/json' });
  const input = () => screen.getByLabelText('Open a team settings file…') as HTMLInputElement;

  it('previews the changes, applies only on request', async () => {
    const onApply = vi.fn(async () => ({ ok: true as const }));
    const onPreview = vi.fn(async () => ({
      ok: true as const,
      changes: [{ what: 'Checklist' as const, from: 'Closeward default (6 criteria)', to: 'MEDDICC (7 criteria)', detail: 'adds Metrics' }],
    }));
    render(<TeamSettingsTransfer onExport={async () => {}} onPreview={onPreview} onApply={onApply} />);
    fireEvent.change(input(), { target: { files: [file('{"x":1}')] } });
    await screen.findByRole('heading', { name: 'team.json would change one setting' });
    expect(screen.getByText(/Closeward default \(6 criteria\) → MEDDICC \(7 criteria\)/)).toBeTruthy();
    expect(onApply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Apply these changes' }));
    await screen.findByText('Applied team.json.');
    expect(onApply).toHaveBeenCalledWith('{"x":1}');
  });

  it('shows why a file was refused', async () => {
    const onApply = vi.fn();
    render(
      <TeamSettingsTransfer
        onExport={async () => {}}
        onPreview={async () => ({ ok: false, message: '"ladder" is missing. Nothing was changed.' })}
        onApply={onApply}
      />,
    );
    fireEvent.change(input(), { target: { files: [file('{}')] } });
    expect((await screen.findByRole('alert')).textContent).toBe('team.json: "ladder" is missing. Nothing was changed.');
    expect(onApply).not.toHaveBeenCalled();
  });
});
