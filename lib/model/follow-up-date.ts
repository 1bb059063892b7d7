import { followUpDue, type FollowUpPreset } from './follow-up';
import { formatDay } from './day';
import { browserTimeZone, startOfDay } from './zoned-day';

/**
 * Why a follow-up cannot fall at `dueAt`, or undefined when it can. Any time today is fine
 * (a call-back later today); a day that has already passed never comes back on its day.
 */
export function followUpDateProblem(dueAt: number, now: number, timeZone = browserTimeZone()): string | undefined {
  if (!Number.isFinite(dueAt)) return 'When to follow up? Pick a date.';
  if (dueAt >= startOfDay(now, timeZone)) return undefined;
  return `${formatDay(dueAt, timeZone)} has passed. Pick today or a later day.`;
}

/** A new date for a follow-up from a preset counted from now, or what is wrong with it. */
export function rescheduledDue(preset: FollowUpPreset, date: string, now: number, timeZone = browserTimeZone()): { dueAt: number } | { problem: string } {
  const dueAt = followUpDue(preset, now, date);
  if (dueAt === undefined) return { problem: 'When to follow up? Pick a date.' };
  const problem = followUpDateProblem(dueAt, now, timeZone);
  return problem ? { problem } : { dueAt };
}

/** Snoozing moves a follow-up to the start of tomorrow: it comes back as "today" then. */
export function snoozedDue(now: number, timeZone = browserTimeZone()): number {
  return startOfDay(now, timeZone, 1);
}
