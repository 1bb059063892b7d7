import { patchRecord } from '../../lib/db/records';
import { noteVisit } from '../../lib/db/visits';
import type { ClosewardDb } from '../../lib/db/database';
import type { Conversation } from '../../lib/model/conversation';
import type { FollowUp } from '../../lib/model/follow-up';
import type { RecordPage } from '../../lib/model/record';
import { DEAL, LEAD } from './helpers';
import { touchRecord } from './store-record';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Noon UTC on a Wednesday; tests run the day in UTC unless they say otherwise. */
export const NOW = Date.parse('2027-06-09T12:00:00Z');

export const CONTACT: RecordPage = {
  crm: 'pipedrive',
  instance: 'acme',
  kind: 'contact',
  recordId: '77',
  key: 'pipedrive:acme:contact:77',
  name: 'Grace Hopper',
};

export function followUp(id: string, recordKey: string, dueAt: number, reason = '', status: FollowUp['status'] = 'open'): FollowUp {
  return { id, recordKey, dueAt, reason, status, conversationId: '', createdAt: NOW - 30 * DAY };
}

export function conversation(id: string, recordKey: string, at: number, note: string): Conversation {
  return { id, recordKey, at, loggedAt: at, noteToFutureSelf: note, outcome: { kind: 'notNow', followUpAt: at + 90 * DAY, reason: '' } };
}

/**
 * Three stored records with follow-ups in every part of the day: Ada (lead) overdue by two
 * days and due today, the Acme deal due tomorrow, Grace (contact) in three days and beyond
 * the week; one done follow-up that must never show.
 */
export async function seedDay(database: ClosewardDb): Promise<void> {
  await touchRecord(database, LEAD, 'https://acme.my.salesforce.com/lead', NOW - 40 * DAY);
  await touchRecord(database, DEAL, 'https://app.hubspot.com/deal', NOW - 30 * DAY);
  await touchRecord(database, CONTACT, 'https://acme.pipedrive.com/person/77', NOW - 20 * DAY);
  await patchRecord(database, DEAL.key, { nextMicroConversion: 'Pilot with the ops team' }, NOW - 20 * DAY);
  await patchRecord(database, LEAD.key, { lastRungId: 'firstMeeting' }, NOW - 20 * DAY);
  await database.conversations.bulkAdd([
    conversation('c1', LEAD.key, NOW - 10 * DAY, 'Older note'),
    conversation('c2', LEAD.key, NOW - 5 * DAY, 'Ask about the budget cycle'),
    conversation('c3', DEAL.key, NOW - 4 * DAY, 'Bring the pilot plan'),
  ]);
  await database.followUps.bulkAdd([
    followUp('overdue', LEAD.key, NOW - 2 * DAY, 'Budget frozen until June'),
    followUp('today', LEAD.key, NOW - 3 * HOUR, 'Promised a call'),
    followUp('tomorrow', DEAL.key, NOW + DAY, 'Back from holiday'),
    followUp('in3days', CONTACT.key, NOW + 3 * DAY),
    followUp('later', CONTACT.key, NOW + 9 * DAY),
    followUp('done', DEAL.key, NOW - DAY, '', 'done'),
  ]);
}

/** A lead only opened, never written to: a visit, no record. */
export async function visitLead(database: ClosewardDb, id: string, name: string, firstSeen: number): Promise<string> {
  const page: RecordPage = { ...LEAD, recordId: id, key: `salesforce:acme.my.salesforce.com:lead:${id}`, name };
  await noteVisit(database, page, `https://acme.my.salesforce.com/${id}`, firstSeen);
  return page.key;
}
