import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomDomains } from '../../components/CustomDomains';
import { ThemeControl } from '../../components/ThemeControl';
import { ChecklistSettings, YouSettings } from '../../components/WorkflowSettings';

afterEach(cleanup);

describe('checklist settings', () => {
  it('saves a valid number of days and refuses anything else with a message', () => {
    const onStalenessDays = vi.fn();
    render(<ChecklistSettings stalenessDays={30} onStalenessDays={onStalenessDays} />);
    const input = screen.getByLabelText(/re-qualify/) as HTMLInputElement;
    expect(input.value).toBe('30');
    expect(screen.getByText(/Default 30/).textContent).not.toMatch(/article/i);
    fireEvent.input(input, { target: { value: '45' } });
    expect(onStalenessDays).toHaveBeenLastCalledWith(45);
    fireEvent.input(input, { target: { value: '0' } });
    expect(onStalenessDays).toHaveBeenCalledTimes(1);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/whole number of days/)).toBeTruthy();
  });
});

describe('you', () => {
  it('changes the theme with one of three named choices', () => {
    const onTheme = vi.fn();
    render(<YouSettings repName="" onRepName={() => {}} theme="system" onTheme={onTheme} />);
    const group = screen.getByRole('group', { name: 'Theme' });
    expect((screen.getByRole('radio', { name: 'Follow the system' }) as HTMLInputElement).checked).toBe(true);
    expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(3);
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onTheme).toHaveBeenCalledWith('dark');
  });

  it('shows the theme chosen elsewhere', () => {
    const view = render(<ThemeControl theme="light" onChange={() => {}} />);
    expect((screen.getByRole('radio', { name: 'Light' }) as HTMLInputElement).checked).toBe(true);
    view.rerender(<ThemeControl theme="dark" onChange={() => {}} />);
    expect((screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('CustomDomains', () => {
  const crms = [
    { id: 'salesforce' as const, label: 'Salesforce', selfHosted: false },
    { id: 'odoo' as const, label: 'Odoo', selfHosted: true },
  ];

  it('adds with the self-hosted CRM preselected and shows the error it gets back', async () => {
    const onAdd = vi.fn().mockResolvedValue('Access to crm.example.com was not granted');
    render(<CustomDomains domains={[]} crms={crms} onAdd={onAdd} onRemove={async () => {}} />);
    fireEvent.input(screen.getByLabelText('Domain'), { target: { value: 'crm.example.com' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Add domain' }).closest('form')!);
    expect(onAdd).toHaveBeenCalledWith('crm.example.com', 'odoo');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not granted/);
  });

  it('says open tabs on the new domain get Closeward without a reload', async () => {
    render(<CustomDomains domains={[]} crms={crms} onAdd={vi.fn().mockResolvedValue(null)} onRemove={async () => {}} />);
    fireEvent.input(screen.getByLabelText('Domain'), { target: { value: ' crm.example.com ' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Add domain' }).closest('form')!);
    const message = (await screen.findByRole('status')).textContent ?? '';
    expect(message).toBe('Added crm.example.com as Odoo. Tabs already open there get Closeward now, no reload needed.');
    expect((screen.getByLabelText('Domain') as HTMLInputElement).value).toBe('');
  });

  it('lists domains with a remove button each', () => {
    const onRemove = vi.fn().mockResolvedValue(undefined);
    render(<CustomDomains domains={[{ host: 'crm.example.com', crm: 'odoo' }]} crms={crms} onAdd={vi.fn()} onRemove={onRemove} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove crm.example.com' }));
    expect(onRemove).toHaveBeenCalledWith('crm.example.com');
  });
});
