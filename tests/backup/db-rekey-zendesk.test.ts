import { describe, expect, it } from 'vitest';
import { criteriaOf } from '../../lib/db/criteria';
import { importBackup } from '../../lib/backup/db-import';
import { freshDb } from '../db/helpers';
import { makeExport, record } from '../report/helpers';

const OLD = 'zendesk-sell:sell:lead:4242';
const NEW = 'zendesk-sell:victimco:lead:4242';

describe('a backup made before Zendesk Sell keys named the account', () => {
  it('lands under the account its URL names, with its answers and follow-ups', async () => {
    const database = freshDb();
    const base = makeExport({ id: 'rep-1', name: 'Ana' }, []);
    const data = {
      ...base,
      records: [
        record(OLD, {
          crm: 'zendesk-sell',
          instance: 'sell',
          kind: 'lead',
          recordId: '4242',
          url: 'https://victimco.zendesk.com/sales/leads/4242',
          name: 'Lena Fischer',
        }),
      ],
      criteria: [{ recordKey: OLD, criterionId: 'budget', status: 'confirmed' as const, evidence: '40k', verifiedAt: 1000, fieldTimes: { status: 1000 } }],
      followUps: [{ id: 'f1', recordKey: OLD, dueAt: 9e12, reason: 'after the board', status: 'open' as const, conversationId: '', createdAt: 1000 }],
    };
    const result = await importBackup(database, data);
    expect(result.ok).toBe(true);
    expect((await database.records.toArray()).map((r) => [r.key, r.instance])).toEqual([[NEW, 'victimco']]);
    expect((await criteriaOf(database, NEW)).map((c) => c.evidence)).toEqual(['40k']);
    expect((await database.followUps.get('f1'))?.recordKey).toBe(NEW);
    expect(await criteriaOf(database, OLD)).toEqual([]);
  });

  it('keeps a key whose URL does not show the same record', async () => {
    const database = freshDb();
    const base = makeExport({ id: 'rep-1', name: 'Ana' }, []);
    const data = {
      ...base,
      records: [record(OLD, { crm: 'zendesk-sell', instance: 'sell', recordId: '4242', url: 'https://victimco.zendesk.com/sales/leads/999' })],
    };
    expect((await importBackup(database, data)).ok).toBe(true);
    expect((await database.records.toArray()).map((r) => r.key)).toEqual([OLD]);
  });
});
