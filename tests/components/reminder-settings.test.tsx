import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReminderSettings } from '../../components/ReminderSettings';

afterEach(cleanup);

describe('the reminder setting', () => {
  it('turns on at the picked time, asking in the same click', () => {
    const onTurnOn = vi.fn(async () => undefined);
    render(<ReminderSettings enabled={false} time="09:00" onTurnOn={onTurnOn} onTurnOff={vi.fn()} onTime={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('At'), { target: { value: '07:45' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Remind me/ }));
    // Called synchronously inside the click: the browser's permission prompt needs the gesture.
    expect(onTurnOn).toHaveBeenCalledWith('07:45');
  });

  it('shows why it stayed off', async () => {
    render(<ReminderSettings enabled={false} time="09:00" onTurnOn={async () => 'Permission refused.'} onTurnOff={vi.fn()} onTime={vi.fn()} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Remind me/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Permission refused.');
  });

  it('turns off, and moves the time only while on', async () => {
    const onTurnOff = vi.fn(async () => undefined);
    const onTime = vi.fn(async () => undefined);
    const { rerender } = render(<ReminderSettings enabled time="09:00" onTurnOn={vi.fn()} onTurnOff={onTurnOff} onTime={onTime} />);
    fireEvent.change(screen.getByLabelText('At'), { target: { value: '10:00' } });
    expect(onTime).toHaveBeenCalledWith('10:00');
    fireEvent.click(screen.getByRole('checkbox', { name: /Remind me/ }));
    expect(onTurnOff).toHaveBeenCalled();
    rerender(<ReminderSettings enabled={false} time="10:00" onTurnOn={vi.fn()} onTurnOff={onTurnOff} onTime={onTime} />);
    fireEvent.change(screen.getByLabelText('At'), { target: { value: '11:00' } });
    expect(onTime).toHaveBeenCalledTimes(1);
  });
});
