import { describe, expect, it } from 'vitest';
import { fromColumns, PartedRecords, recordAt, recordCount, toColumns } from '../../lib/report/columns';
import type { ReportSource } from '../../lib/model/report';

type Rec = ReportSource['records'][number];
const rec = (key: string, fields: Partial<Rec> = {}): Rec => ({ key, crm: 'salesforce', kind: 'lead', name: key, url: `https://x.test/${key}`, ...fields });
const columnsOf = (records: Rec[]) => toColumns({ records, criteria: [], conversations: [], followUps: [] }).records;

describe('records in columns', () => {
  it('gives each record back as it was: missing and empty names, rungs, letters outside ASCII', () => {
    const records = [
      rec('a', { name: undefined }),
      rec('b', { name: '' }),
      rec('ç🙂', { name: 'Núñez 🙂', lastRungId: 'discovery', crm: 'hubspot', kind: 'opportunity' }),
    ];
    const columns = columnsOf(records);
    expect(recordCount(columns)).toBe(3);
    expect(records.map((_, i) => recordAt(columns, i))).toEqual(records);
    expect([recordAt(columns, 0).name, recordAt(columns, 1).name]).toEqual([undefined, '']);
  });

  it('reads records kept in several parts, empty ones too, as one list', () => {
    const list = new PartedRecords();
    list.push(columnsOf([rec('a'), rec('b')]));
    list.push(columnsOf([]));
    list.push(columnsOf([rec('c'), rec('d'), rec('e')]));
    expect(list.length).toBe(5);
    expect(Array.from({ length: 5 }, (_, i) => list.at(i)!.key)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([list.at(5), list.at(-1), list.at(1.5)]).toEqual([undefined, undefined, undefined]);
  });

  it('leaves out the rows of records that are not there, and gives the others back in their order', () => {
    const rows = {
      records: [rec('a'), rec('b')],
      criteria: [
        { recordKey: 'b', criterionId: 'budget', status: 'confirmed' as const, verifiedAt: 5, templateId: 'default' },
        { recordKey: 'gone', criterionId: 'budget', status: 'no' as const, verifiedAt: 6 },
        { recordKey: 'a', criterionId: 'coach', status: 'unknown' as const, verifiedAt: undefined },
      ],
      conversations: [{ recordKey: 'a', at: 1, loggedAt: 2, outcome: { kind: 'notNow' as const } }],
      followUps: [
        { recordKey: 'gone', dueAt: 3, status: 'open' as const },
        { recordKey: 'b', dueAt: 4, status: 'done' as const },
      ],
    };
    expect(fromColumns(toColumns(rows))).toEqual({
      ...rows,
      criteria: [rows.criteria[0], rows.criteria[2]],
      followUps: [rows.followUps[1]],
    });
  });
});
