import { describe, expect, it, vi } from 'vitest';
import { panelToggle } from '../../lib/background/panel-toggle';

const ID = 'our-extension';
function port(name: string, id = ID) {
  const listeners: (() => void)[] = [];
  return { name, sender: { id }, onDisconnect: { addListener: (l: () => void) => listeners.push(l) }, disconnect: () => listeners.forEach((l) => l()) };
}

describe('the keyboard command', () => {
  it('opens the panel of the window it came from, and closes it while it is open there', () => {
    const sidePanel = { open: vi.fn().mockResolvedValue(undefined), close: vi.fn().mockResolvedValue(undefined) };
    const panels = panelToggle(sidePanel, ID);
    panels.toggle(7);
    expect(sidePanel.open).toHaveBeenLastCalledWith({ windowId: 7 });
    const open = port('closeward-panel:7');
    panels.onConnect(open);
    panels.toggle(7);
    expect(sidePanel.close).toHaveBeenLastCalledWith({ windowId: 7 });
    // Another window's panel is its own.
    panels.toggle(8);
    expect(sidePanel.open).toHaveBeenLastCalledWith({ windowId: 8 });
    open.disconnect();
    panels.toggle(7);
    expect(sidePanel.open).toHaveBeenLastCalledWith({ windowId: 7 });
    expect(sidePanel.close).toHaveBeenCalledTimes(1);
  });

  it('opens again where the browser cannot close a panel, and ignores ports of others', () => {
    const sidePanel = { open: vi.fn().mockResolvedValue(undefined) };
    const panels = panelToggle(sidePanel, ID);
    panels.onConnect(port('closeward-panel:3'));
    panels.onConnect(port('closeward-panel:4', 'someone-else'));
    panels.toggle(3);
    panels.toggle(4);
    expect(sidePanel.open.mock.calls).toEqual([[{ windowId: 3 }], [{ windowId: 4 }]]);
  });
});
