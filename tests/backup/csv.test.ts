import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvHeader, toCsv } from '../../lib/backup/csv';
import { reportRows } from '../../lib/report/rows';
import { toDateInput } from '../../lib/model/time';
import { DAY_MS } from '../../lib/model/time';
import { makeExport, NOW } from '../report/helpers';

const ana = makeExport({ id: 'a', name: 'Ana Núñez' }, [
  {
    id: 'r1',
    name: 'Acme, Inc.',
    rung: 'discovery',
    statuses: ['confirmed', 'atRisk', undefined, 'no'],
    conversations: [
      { daysAgo: 5, outcome: 'advanced' },
      { daysAgo: 9, outcome: 'notMe' },
    ],
  },
  {
    id: 'r2',
    name: 'Line one\nline two',
    statuses: ['confirmed'],
    verifiedDaysAgo: 45,
    conversations: [{ daysAgo: 10, outcome: 'notNow' }],
    followUps: [7, 3],
  },
  { id: 'r3', name: '=HYPERLINK("https://evil.example","Click")' },
  { id: 'r4', name: '=1+2\nsecond line' },
  { id: 'r5', name: '@SUM(A1)' },
  { id: 'r6', name: 'She said "yes"' },
]);

/** Parses CSV text back into rows (after the BOM), as a spreadsheet would. */
function cellsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('report rows', () => {
  const rows = reportRows(ana, { now: NOW });

  it('has one row per record with rung, completeness, statuses, last outcome, follow-up and staleness', () => {
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({
      repId: 'a',
      rep: 'Ana Núñez',
      crm: 'salesforce',
      kind: 'lead',
      name: 'Acme, Inc.',
      rung: 'Discovery',
      confirmed: 1,
      criteria: 6,
      statuses: ['confirmed', 'atRisk', 'unknown', 'no', 'unknown', 'unknown'],
      lastOutcome: 'advanced',
      lastConversationAt: NOW - 5 * DAY_MS,
      daysSinceLastConversation: 5,
      nextFollowUpAt: undefined,
      stale: 0,
    });
    expect(rows[1]).toMatchObject({ rung: '', lastOutcome: 'notNow', daysSinceLastConversation: 10, nextFollowUpAt: NOW + 3 * DAY_MS, stale: 1 });
    expect(rows[2]).toMatchObject({ confirmed: 0, lastOutcome: undefined, daysSinceLastConversation: undefined });
  });

  it('names a rep without a name by the start of their id', () => {
    const anonymous = makeExport({ id: '0123456789abcdef', name: '  ' }, [{ id: 'r1' }]);
    expect(reportRows(anonymous, { now: NOW })[0]!.rep).toBe('Rep 01234567');
  });

  it('joins several reps, rep after rep', () => {
    const ben = makeExport({ id: 'b', name: 'Ben' }, [{ id: 'x' }]);
    expect(reportRows([ana, ben], { now: NOW }).map((r) => r.rep)).toEqual([...Array(6).fill('Ana Núñez'), 'Ben']);
  });
});

describe('CSV', () => {
  const csv = toCsv(ana, { now: NOW });
  const table = cellsOf(csv);

  it('starts with a UTF-8 BOM and a header row', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(table[0]).toEqual(csvHeader());
    expect(table[0]).toEqual([
      'Rep',
      'CRM',
      'Kind',
      'Record',
      'URL',
      'Rung reached',
      'Confirmed',
      'Criteria',
      'Budget',
      'Coach',
      'Authority',
      'Value fit',
      'Timing',
      'Competitors',
      'Last outcome',
      'Last conversation',
      'Days since last conversation',
      'Next follow-up',
      'Stale criteria',
    ]);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes ISO dates, labels and numbers', () => {
    expect(table[1]).toEqual([
      'Ana Núñez',
      'salesforce',
      'lead',
      'Acme, Inc.',
      'https://acme.lightning.force.com/lightning/r/Lead/a:r1/view',
      'Discovery',
      '1',
      '6',
      'Confirmed',
      'At risk',
      'Unknown',
      'No',
      'Unknown',
      'Unknown',
      'Advanced',
      toDateInput(NOW - 5 * DAY_MS),
      '5',
      '',
      '0',
    ]);
    expect(table[2]![17]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(table[2]![17]).toBe(toDateInput(NOW + 3 * DAY_MS));
  });

  it('quotes commas, line breaks and quotes so every record stays one row', () => {
    expect(table).toHaveLength(7);
    expect(csv).toContain('"Acme, Inc."');
    expect(csv).toContain('"Line one\nline two"');
    expect(csv).toContain('"She said ""yes"""');
    expect(table[2]![3]).toBe('Line one\nline two');
    expect(table[6]![3]).toBe('She said "yes"');
  });

  it('escapes cells a spreadsheet would run as a formula, also across a line break', () => {
    expect(table[3]![3]).toBe(`'=HYPERLINK("https://evil.example","Click")`);
    expect(table[4]![3]).toBe(`'=1+2\nsecond line`);
    expect(table[5]![3]).toBe(`'@SUM(A1)`);
    // Numbers are numbers, never escaped.
    expect(table[1]![6]).toBe('1');
  });

  it('escapes a formula hidden in a rung label or a rep name too', () => {
    const sneaky = makeExport({ id: 'x', name: '+cmd' }, [{ id: 'r', rung: 'evil' }], {
      settings: [{ key: 'ladder', value: [{ id: 'evil', label: '-2+3' }], updatedAt: 1 }],
    });
    const [, row] = cellsOf(toCsv(sneaky, { now: NOW }));
    expect(row![0]).toBe(`'+cmd`);
    expect(row![5]).toBe(`'-2+3`);
  });

  it('has only the header for an empty export', () => {
    const empty = toCsv(makeExport({ id: 'e', name: 'E' }, []), { now: NOW });
    expect(empty).toBe(BOM + csvHeader().join(','));
  });
});
