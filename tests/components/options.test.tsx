import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomDomains } from '../../components/CustomDomains';
import { WorkflowSettings } from '../../components/WorkflowSettings';

afterEach(cleanup);

describe('WorkflowSettings', () => {
  it('saves a valid number of days and refuses anything else with a message', () => {
    const onStalenessDays = vi.fn();
    render(<WorkflowSettings settings={{ stalenessDays: 30, theme: 'system' }} onStalenessDays={onStalenessDays} onTheme={() => {}} />);
    const input = screen.getByLabelText(/re-qualify/) as HTMLInputElement;
    expect(input.value).toBe('30');
    fireEvent.input(input, { target: { value: '45' } });
    expect(onStalenessDays).toHaveBeenLastCalledWith(45);
    fireEvent.input(input, { target: { value: '0' } });
    expect(onStalenessDays).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/whole number of days/)).toBeTruthy();
  });

  it('changes the theme', () => {
    const onTheme = vi.fn();
    render(<WorkflowSettings settings={{ stalenessDays: 30, theme: 'system' }} onStalenessDays={() => {}} onTheme={onTheme} />);
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
    expect(onTheme).toHaveBeenCalledWith('dark');
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

  it('lists domains with a remove button each', () => {
    const onRemove = vi.fn().mockResolvedValue(undefined);
    render(<CustomDomains domains={[{ host: 'crm.example.com', crm: 'odoo' }]} crms={crms} onAdd={vi.fn()} onRemove={onRemove} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove crm.example.com' }));
    expect(onRemove).toHaveBeenCalledWith('crm.example.com');
  });
});
