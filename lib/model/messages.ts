import { z } from 'zod/mini';
import { RecordPage } from './record';

export { SIDEBAR_PORT } from './vocabulary';

/** Content script → sidebar frame. */
export const HostMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('record'), page: z.nullable(RecordPage), url: z.string() }),
  z.object({ type: z.literal('layout'), collapsed: z.boolean() }),
  // The pointer rests on (or the keyboard focuses) a link to another record of this CRM.
  z.object({ type: z.literal('prefetch'), key: z.string().check(z.minLength(1)) }),
]);
export type HostMessage = z.infer<typeof HostMessage>;

/** Sidebar frame → content script. */
export const FrameMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('setCollapsed'), collapsed: z.boolean() }),
]);
export type FrameMessage = z.infer<typeof FrameMessage>;

/** Background → content script (keyboard command). */
export const TabCommand = z.object({ type: z.literal('toggleSidebar') });
export type TabCommand = z.infer<typeof TabCommand>;
