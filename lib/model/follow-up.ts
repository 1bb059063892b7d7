import { z } from 'zod/mini';
import { filled, KEY_MAX, LONG_TEXT_MAX, text } from './limits';
import { DAY_MS, fromInput } from './time';

export const FollowUpStatus = z.enum(['open', 'done']);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

/** A dated call-back, created by every "not now". */
export const FollowUp = z.object({
  id: filled(KEY_MAX),
  recordKey: filled(KEY_MAX),
  dueAt: z.number(),
  reason: text(LONG_TEXT_MAX),
  status: FollowUpStatus,
  /** The conversation that said "not now". */
  conversationId: text(KEY_MAX),
  createdAt: z.number(),
  doneAt: z.optional(z.number()),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const FOLLOW_UP_PRESETS = ['twoWeeks', 'month', 'quarter', 'sixMonths', 'date'] as const;
export type FollowUpPreset = (typeof FOLLOW_UP_PRESETS)[number];

export const PRESET_LABEL: Record<FollowUpPreset, string> = {
  twoWeeks: 'In 2 weeks',
  month: 'In a month',
  quarter: 'In a quarter',
  sixMonths: 'In 6 months',
  date: 'On a date…',
};

/** A quarter out: about one buyer in twelve quarters is in the market. */
export const DEFAULT_FOLLOW_UP_PRESET: FollowUpPreset = 'quarter';

/** When a preset falls, counted from the conversation; `date` is an <input type="date"> value. */
export function followUpDue(preset: FollowUpPreset, from: number, date = ''): number | undefined {
  const d = new Date(from);
  switch (preset) {
    case 'twoWeeks':
      return from + 14 * DAY_MS;
    case 'month':
      return new Date(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()).getTime();
    case 'quarter':
      return new Date(d.getFullYear(), d.getMonth() + 3, d.getDate(), d.getHours(), d.getMinutes()).getTime();
    case 'sixMonths':
      return new Date(d.getFullYear(), d.getMonth() + 6, d.getDate(), d.getHours(), d.getMinutes()).getTime();
    case 'date':
      return fromInput(date);
  }
}
