import { byNewest, type Conversation, type ConversationInput } from '../model/conversation';
import type { FollowUp } from '../model/follow-up';
import { higherRung } from '../model/ladder';
import type { ClosewardDb } from './database';
import { ensureRecord } from './visits';
import { newerWinsEditOnTie } from './merge';
import { readSettings } from './settings';

/** Conversations of one record, newest first. */
export async function conversationsOf(database: ClosewardDb, recordKey: string): Promise<Conversation[]> {
  const rows = await database.conversations.where('recordKey').equals(recordKey).toArray();
  return rows.sort(byNewest);
}

/**
 * Logs one conversation, all or nothing:
 * - the record's open follow-ups are done (this was the conversation they asked for);
 * - "advanced" moves the ladder up to the rung won (never down) and clears the rep's own
 *   next micro-conversion, so "closing toward" becomes the next rung;
 * - "not now" creates the dated follow-up.
 */
export async function logConversation(
  database: ClosewardDb,
  recordKey: string,
  input: ConversationInput,
  now = Date.now(),
  id: string = crypto.randomUUID(),
): Promise<Conversation> {
  const conversation: Conversation = { ...input, id, recordKey, loggedAt: now };
  const { followUps, records, conversations } = database;
  await database.transaction('rw', [conversations, records, database.visits, followUps, database.settings], async () => {
    const record = await ensureRecord(database, recordKey);
    await conversations.add(conversation);
    await followUps
      .where('recordKey')
      .equals(recordKey)
      .filter((f) => f.status === 'open')
      .modify({ status: 'done', doneAt: now });

    const { outcome } = conversation;
    if (outcome.kind === 'advanced') {
      const { ladder } = await readSettings(database);
      const lastRungId = higherRung(ladder, record.lastRungId, outcome.rungId);
      const changes = lastRungId === record.lastRungId ? {} : { lastRungId, lastRungAt: input.at };
      const next = newerWinsEditOnTie(record, { ...changes, nextMicroConversion: '' }, now);
      if (next) await records.put(next);
    }
    if (outcome.kind === 'notNow') {
      const followUp: FollowUp = {
        id: crypto.randomUUID(),
        recordKey,
        dueAt: outcome.followUpAt,
        reason: outcome.reason,
        status: 'open',
        conversationId: id,
        createdAt: now,
      };
      await followUps.add(followUp);
    }
  });
  return conversation;
}
