import { z } from 'zod/mini';
import { RecordPage } from './record';

export { SIDEBAR_PORT } from './vocabulary';

/** Content script → sidebar frame. */
export const HostMessage = z.discriminatedUnion('type', [
  // seq: counts up in the content script; the frame ignores a record message older than one
  // it has applied (messages come over two channels, see the lane below).
  z.object({ type: z.literal('record'), page: z.nullable(RecordPage), url: z.string(), seq: z.optional(z.number()) }),
  z.object({ type: z.literal('layout'), collapsed: z.boolean(), seq: z.optional(z.number()) }),
  // The pointer rests on (or the keyboard focuses) a link to another record of this CRM.
  z.object({ type: z.literal('prefetch'), key: z.string().check(z.minLength(1)) }),
]);
export type HostMessage = z.infer<typeof HostMessage>;

/** Sidebar frame → content script. */
export const FrameMessage = z.discriminatedUnion('type', [
  // lane: a nonce; the content script answers by handing the frame a MessagePort with it
  // (the lane), and sends later messages there instead of through the extension's port.
  z.object({ type: z.literal('ready'), lane: z.optional(z.string()) }),
  // Sent over the lane once the frame took it: from then on the content script uses it.
  z.object({ type: z.literal('laneOpen') }),
  z.object({ type: z.literal('setCollapsed'), collapsed: z.boolean() }),
]);
export type FrameMessage = z.infer<typeof FrameMessage>;

/** Background → content script (keyboard command). */
export const TabCommand = z.object({ type: z.literal('toggleSidebar') });
export type TabCommand = z.infer<typeof TabCommand>;
