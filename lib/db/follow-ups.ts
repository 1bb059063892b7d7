import type { FollowUp } from '../model/follow-up';
import type { ClosewardDb } from './database';

export const bySoonest = (a: FollowUp, b: FollowUp): number => a.dueAt - b.dueAt;

/** Follow-ups of one record, soonest first. */
export async function followUpsOf(database: ClosewardDb, recordKey: string): Promise<FollowUp[]> {
  const rows = await database.followUps.where('recordKey').equals(recordKey).toArray();
  return rows.sort(bySoonest);
}

export async function completeFollowUp(database: ClosewardDb, id: string, now = Date.now()): Promise<void> {
  await database.followUps.update(id, { status: 'done', doneAt: now });
}
