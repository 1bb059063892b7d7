import type { z } from 'zod/mini';
import { TAB_MESSAGES, type TabMessageOf, type TabMessageType } from '../model/messages';

/** Who sent a message, as the browser says it (runtime.onMessage's sender). */
export interface Sender {
  id?: string | undefined;
  tab?: { id?: number | undefined; windowId?: number | undefined } | undefined;
  frameId?: number | undefined;
}

/** One handler per message type; a receiver lists only the types it handles. */
export type TabHandlers = { [T in TabMessageType]?: (message: TabMessageOf<T>, tab: { id: number; windowId: number }) => void };

/**
 * A `runtime.onMessage` listener for messages from our content scripts: only from this
 * extension, only from a tab's top frame; the payload is checked against its type's schema once,
 * here, and handed to the handler for that type. Anything else is ignored.
 */
export function tabMessageListener(extensionId: string, handlers: TabHandlers): (raw: unknown, sender: Sender) => undefined {
  return (raw, sender) => {
    const tab = sender.tab;
    if (sender.id !== extensionId || tab?.id === undefined || sender.frameId !== 0) return undefined;
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(TAB_MESSAGES, type)) return undefined;
    const handler = handlers[type as TabMessageType] as ((m: unknown, t: { id: number; windowId: number }) => void) | undefined;
    if (!handler) return undefined;
    const parsed = (TAB_MESSAGES[type as TabMessageType] as z.ZodMiniType).safeParse(raw);
    if (parsed.success) handler(parsed.data, { id: tab.id, windowId: tab.windowId ?? -1 });
    return undefined;
  };
}
