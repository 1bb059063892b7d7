import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClosewardDb, SCHEMA_V5 } from '../../lib/db/database';
import { SCHEMA_V6, zendeskTarget } from '../../lib/db/upgrade-v6';
import { recognize } from '../../lib/crm/index';
import { freshName } from './helpers';

const OLD_DEAL = 'zendesk-sell:sell:opportunity:160874453';
const OLD_CONTACT = 'zendesk-sell:sell:contact:2213344';
const OLD_LEAD = 'zendesk-sell:sell:lead:1908756';
const OLD_LOST = 'zendesk-sell:sell:opportunity:777';
const OLD_VISIT_ONLY = 'zendesk-sell:sell:lead:1908757';
const OTHER = 'hubspot:4711:opportunity:998877';

function record(key: string, url: string, instance = 'sell') {
  const [, , kind, recordId] = key.split(':');
  return {
    key,
    crm: key.startsWith('hubspot') ? 'hubspot' : 'zendesk-sell',
    instance,
    kind,
    recordId,
    url,
    name: `name of ${key}`,
    firstSeen: 100,
    lastVisited: 200,
    nextMicroConversion: 'demo',
    callPurpose: '',
    targetDate: '',
    source: '',
    problems: [],
    fieldTimes: { nextMicroConversion: 150 },
  };
}

/** A database as version 5 wrote it: Zendesk Sell keys without the account. */
async function fillV5(name: string): Promise<void> {
  const v5 = new Dexie(name);
  v5.version(5).stores(SCHEMA_V5);
  await v5.table('records').bulkAdd([
    record(OLD_DEAL, 'https://victimco.zendesk.com/sales/deals/160874453'),
    record(OLD_CONTACT, 'https://app.futuresimple.com/crm/contacts/2213344'),
    // The record's own URL is damaged; its visit still knows the account.
    record(OLD_LEAD, 'not a url'),
    // Nothing tells the account: the rows stay as they are rather than guess.
    record(OLD_LOST, 'https://victimco.zendesk.com/sales/deals/12345'),
    record(OTHER, 'https://app.hubspot.com/contacts/4711/record/0-3/998877', '4711'),
  ]);
  await v5
    .table('visits')
    .bulkAdd([
      { ...record(OLD_DEAL, 'https://victimco.zendesk.com/sales/deals/160874453?zat=true'), lastVisited: 300 },
      { ...record(OLD_LEAD, 'https://acme.zendesk.com/sales/leads/1908756') },
      { ...record(OLD_VISIT_ONLY, 'https://acme.zendesk.com/sales/leads/1908757/') },
      { ...record(OTHER, 'https://app.hubspot.com/contacts/4711/record/0-3/998877', '4711') },
    ]);
  await v5.table('checklists').bulkAdd([
    { recordKey: OLD_DEAL, answers: [{ criterionId: 'budget', status: 'confirmed', evidence: 'private evidence', fieldTimes: {} }] },
    { recordKey: OLD_LOST, answers: [] },
    { recordKey: OTHER, answers: [] },
  ]);
  await v5.table('stakeholders').bulkAdd([
    { id: 's1', recordKey: OLD_DEAL, name: 'Ann' },
    { id: 's2', recordKey: OLD_CONTACT, name: 'Bo' },
    { id: 's3', recordKey: OTHER, name: 'Cy' },
  ]);
  await v5.table('conversations').bulkAdd([
    { id: 'c1', recordKey: OLD_LEAD, at: 10 },
    { id: 'c2', recordKey: OLD_LOST, at: 11 },
  ]);
  await v5.table('followUps').bulkAdd([{ id: 'f1', recordKey: OLD_DEAL, dueAt: 20, status: 'open', conversationId: 'c0' }]);
  v5.close();
}

describe('upgrade from version 5: Zendesk Sell keys name the account', () => {
  it('keeps the stores of version 5', () => {
    expect(SCHEMA_V6).toEqual(SCHEMA_V5);
  });

  it("moves every table's rows to the key the recognizer now gives for the stored URL", async () => {
    const name = freshName();
    await fillV5(name);
    const db = new ClosewardDb(name);
    await db.open();
    expect(db.verno).toBe(6);

    const deal = recognize({ url: 'https://victimco.zendesk.com/sales/deals/160874453' })!.key;
    const contact = recognize({ url: 'https://app.futuresimple.com/crm/contacts/2213344' })!.key;
    const lead = recognize({ url: 'https://acme.zendesk.com/sales/leads/1908756' })!.key;
    const visitOnly = recognize({ url: 'https://acme.zendesk.com/sales/leads/1908757' })!.key;
    expect([deal, contact, lead, visitOnly]).toEqual([
      'zendesk-sell:victimco:opportunity:160874453',
      'zendesk-sell:app.futuresimple.com:contact:2213344',
      'zendesk-sell:acme:lead:1908756',
      'zendesk-sell:acme:lead:1908757',
    ]);

    expect((await db.records.toCollection().primaryKeys()).sort()).toEqual([contact, lead, OTHER, OLD_LOST, deal].sort());
    expect(await db.records.get(deal)).toMatchObject({ instance: 'victimco', nextMicroConversion: 'demo', name: `name of ${OLD_DEAL}`, firstSeen: 100 });
    expect(await db.records.get(lead)).toMatchObject({ instance: 'acme', url: 'not a url' });
    expect(await db.records.get(OLD_LOST)).toMatchObject({ instance: 'sell' });

    expect((await db.visits.toCollection().primaryKeys()).sort()).toEqual([deal, lead, visitOnly, OTHER].sort());
    expect(await db.visits.get(deal)).toMatchObject({ instance: 'victimco', lastVisited: 300 });

    expect(await db.checklists.get(deal)).toMatchObject({ answers: [{ evidence: 'private evidence' }] });
    expect(await db.checklists.get(OLD_DEAL)).toBeUndefined();
    expect(await db.checklists.get(OLD_LOST)).toEqual({ recordKey: OLD_LOST, answers: [] });
    expect(await db.checklists.get(OTHER)).toEqual({ recordKey: OTHER, answers: [] });

    const keyOf = async (table: 'stakeholders' | 'conversations' | 'followUps', id: string) => (await db.table(table).get(id))?.recordKey;
    expect(await keyOf('stakeholders', 's1')).toBe(deal);
    expect(await keyOf('stakeholders', 's2')).toBe(contact);
    expect(await keyOf('stakeholders', 's3')).toBe(OTHER);
    expect(await keyOf('conversations', 'c1')).toBe(lead);
    expect(await keyOf('conversations', 'c2')).toBe(OLD_LOST);
    expect(await keyOf('followUps', 'f1')).toBe(deal);
    // The indexes answer for the new keys.
    expect(await db.stakeholders.where('recordKey').equals(deal).count()).toBe(1);
    expect(await db.followUps.where('recordKey').equals(deal).count()).toBe(1);
    db.close();
  });

  it('leaves a database with no Zendesk Sell rows as it was', async () => {
    const name = freshName();
    const v5 = new Dexie(name);
    v5.version(5).stores(SCHEMA_V5);
    await v5.table('records').add(record(OTHER, 'https://app.hubspot.com/contacts/4711/record/0-3/998877', '4711'));
    v5.close();
    const db = new ClosewardDb(name);
    await db.open();
    expect(await db.records.toArray()).toEqual([record(OTHER, 'https://app.hubspot.com/contacts/4711/record/0-3/998877', '4711')]);
    db.close();
  });
});

describe('zendeskTarget', () => {
  it('takes the account only from a URL that shows the same record', () => {
    expect(zendeskTarget(OLD_DEAL, 'https://victimco.zendesk.com/sales/deals/160874453')).toEqual({
      key: 'zendesk-sell:victimco:opportunity:160874453',
      instance: 'victimco',
    });
    expect(zendeskTarget(OLD_DEAL, 'https://victimco.zendesk.com/sales/deals/1')).toBeUndefined();
    expect(zendeskTarget(OLD_DEAL, 'https://victimco.zendesk.com/sales/leads/160874453')).toBeUndefined();
    expect(zendeskTarget(OLD_DEAL, 'https://victimco.zendesk.com/agent/tickets/160874453')).toBeUndefined();
    expect(zendeskTarget(OLD_DEAL, undefined)).toBeUndefined();
    expect(zendeskTarget(OLD_DEAL, '::')).toBeUndefined();
  });
});
