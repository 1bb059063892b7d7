import { z } from 'zod/mini';
import { RecordPage } from './record';

/**
 * The one message contract: what a CRM tab's content script tells the extension. Each message
 * type maps to its payload schema; receivers validate once at their boundary (lib/messaging)
 * and look their handler up by type.
 */
export const TAB_MESSAGES = {
  /**
   * The record the tab shows now (null: none). `seq` counts up within one page, so a receiver
   * can drop a message overtaken by a newer one. `leaving`: the page is going away (a full
   * navigation or the tab closing); the next page, if it is a CRM's, reports in a moment.
   */
  page: z.object({ type: z.literal('page'), page: z.nullable(RecordPage), url: z.string(), seq: z.number(), leaving: z.optional(z.boolean()) }),
  /** The pointer rests on (or the keyboard focuses) a link to another record of this CRM. */
  prefetch: z.object({ type: z.literal('prefetch'), key: z.string().check(z.minLength(1), z.maxLength(2000)) }),
} as const;

export type TabMessageType = keyof typeof TAB_MESSAGES;
export type TabMessageOf<T extends TabMessageType> = z.infer<(typeof TAB_MESSAGES)[T]>;
export type TabMessage = { [T in TabMessageType]: TabMessageOf<T> }[TabMessageType];

export { tabKey, TAB_KEY_PREFIX } from './tab-key';

/** The side panel of a window keeps a port by this name (`closeward-panel:<windowId>`) open to the background. */
export const PANEL_PORT = 'closeward-panel';

/** Set in storage.session (a time) to ask the open panel to show the rep's day, e.g. from the reminder. */
export const SHOW_DAY_KEY = 'showDay';
