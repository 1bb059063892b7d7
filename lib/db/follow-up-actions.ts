import { followUpDateProblem, snoozedDue } from '../model/follow-up-date';
import { browserTimeZone } from '../model/zoned-day';
import type { ClosewardDb } from './database';

/** A follow-up the rep tried to move that cannot be moved; nothing was written. */
export class FollowUpActionError extends Error {
  override name = 'FollowUpActionError';
}

async function moveOpen(database: ClosewardDb, id: string, dueAt: number): Promise<void> {
  await database.transaction('rw', database.followUps, async () => {
    const followUp = await database.followUps.get(id);
    if (!followUp) throw new FollowUpActionError('This follow-up no longer exists.');
    if (followUp.status !== 'open') throw new FollowUpActionError('This follow-up is already done.');
    await database.followUps.update(id, { dueAt });
  });
}

/** Moves an open follow-up to `dueAt`; a day that has passed is refused. */
export async function rescheduleFollowUp(database: ClosewardDb, id: string, dueAt: number, now = Date.now(), timeZone = browserTimeZone()): Promise<void> {
  const problem = followUpDateProblem(dueAt, now, timeZone);
  if (problem) throw new FollowUpActionError(problem);
  await moveOpen(database, id, dueAt);
}

/** Moves an open follow-up to the start of tomorrow. */
export async function snoozeFollowUp(database: ClosewardDb, id: string, now = Date.now(), timeZone = browserTimeZone()): Promise<number> {
  const dueAt = snoozedDue(now, timeZone);
  await moveOpen(database, id, dueAt);
  return dueAt;
}
