import { PANEL_PORT } from '../model/messages';

/** What the toggle needs of `chrome.sidePanel` (close() exists from Chrome 141). */
export interface SidePanelLike {
  open(options: { windowId: number }): Promise<void>;
  close?: (options: { windowId: number }) => Promise<void>;
}

interface PortLike {
  name: string;
  sender?: { id?: string | undefined } | undefined;
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * The keyboard command's toggle: knows which windows have the panel open (each open panel keeps
 * a port named `closeward-panel:<windowId>`), and opens or closes the panel of the window the
 * command came from. Opening is called at once, inside the key press's user gesture.
 */
export function panelToggle(sidePanel: SidePanelLike, extensionId: string) {
  const open = new Set<number>();
  return {
    onConnect(port: PortLike): void {
      const prefix = `${PANEL_PORT}:`;
      if (!port.name.startsWith(prefix) || port.sender?.id !== extensionId) return;
      const windowId = Number(port.name.slice(prefix.length));
      if (!Number.isInteger(windowId)) return;
      open.add(windowId);
      port.onDisconnect.addListener(() => open.delete(windowId));
    },
    toggle(windowId: number): void {
      const done = open.has(windowId) && sidePanel.close ? sidePanel.close({ windowId }) : sidePanel.open({ windowId });
      void done.catch(() => undefined);
    },
  };
}
