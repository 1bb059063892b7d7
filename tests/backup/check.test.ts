import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXPORT_VERSION, ROW_SCHEMAS, type Envelope, type ExportTable } from '../../lib/backup/format';
import { FAST_CHECKS } from '../../lib/backup/row-checks';
import { parseExport, parseExportSliced } from '../../lib/backup/check';
import { upgradeEnvelope } from '../../lib/backup/upgrades';
import { makeExport, NOW } from '../report/helpers';

const good = () =>
  makeExport({ id: 'rep-1', name: 'Ana' }, [
    {
      id: 'r1',
      rung: 'discovery',
      statuses: ['confirmed', 'no'],
      conversations: [
        { daysAgo: 1, outcome: 'notNow' },
        { daysAgo: 2, outcome: 'notMe' },
      ],
      followUps: [3],
    },
    {
      id: 'r2',
      conversations: [
        { daysAgo: 4, outcome: 'advanced' },
        { daysAgo: 5, outcome: 'lost' },
      ],
    },
  ]);

describe('parseExport', () => {
  it('accepts an export and returns it unchanged', () => {
    const data = good();
    const parsed = parseExport(JSON.parse(JSON.stringify(data)));
    expect(parsed).toEqual({ ok: true, data });
  });

  it('names the table, the row index and the field of a bad row', () => {
    const data = good() as unknown as { criteria: Record<string, unknown>[] };
    data.criteria[1]!.status = 'maybe';
    const parsed = parseExport(data);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toMatchObject({ table: 'criteria', index: 1, field: 'status' });
    expect(parsed.problem.message).toBe(
      'Table "criteria", row index 1 (rep-1:r1), field "status" should be one of "unknown", "confirmed", "atRisk", "no", got "maybe".',
    );
  });

  it.each([
    [
      'conversations',
      0,
      'outcome.kind',
      (d: Row): unknown => ((d.outcome as Row).kind = 'ghosted'),
      /should be one of "advanced", "notMe", "notNow", "lost", got "ghosted"/,
    ],
    ['conversations', 1, 'outcome.referral.name', (d: Row): unknown => (((d.outcome as Row).referral as Row).name = ''), /must not be empty/],
    ['records', 0, 'firstSeen', (d: Row): unknown => (d.firstSeen = '2026-01-01'), /should be a number, got "2026-01-01"/],
    ['records', 1, 'crm', (d: Row): unknown => delete d.crm, /it is missing/],
    ['followUps', 0, 'dueAt', (d: Row): unknown => (d.dueAt = null), /should be a number, got null/],
  ] as const)('in %s row %i, reports field %s', (table, index, field, spoil, message) => {
    const data = good() as unknown as Record<ExportTable, Row[]>;
    spoil(data[table][index]!);
    const parsed = parseExport(data);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toMatchObject({ table, index, field });
    expect(parsed.problem.message).toMatch(message);
  });

  it('says a table is missing or not a list', () => {
    const data = good() as unknown as Record<string, unknown>;
    delete data.stakeholders;
    expect(parseExport(data)).toMatchObject({ ok: false, problem: { table: 'stakeholders', message: 'Table "stakeholders" is missing.' } });
    data.stakeholders = {};
    expect(parseExport(data)).toMatchObject({ ok: false, problem: { message: 'Table "stakeholders" is not a list (it is a object).' } });
  });

  it('refuses files that are not Closeward exports, by name', () => {
    expect(parseExport([1, 2])).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/not a Closeward export/) } });
    expect(parseExport({ format: 'other-app', version: 1 })).toMatchObject({
      ok: false,
      problem: { message: 'This is not a Closeward export: "format" is "other-app", expected "closeward-export".' },
    });
    expect(parseExport({ ...good(), rep: { id: '', name: 'x' } })).toMatchObject({
      ok: false,
      problem: { field: 'rep.id', message: '"rep.id" must not be empty.' },
    });
  });

  it('tells the rep to update Closeward for a file of a newer version', () => {
    const parsed = parseExport({ ...good(), version: EXPORT_VERSION + 1 });
    expect(parsed).toMatchObject({
      ok: false,
      problem: {
        message: `This file was made by a newer Closeward (export format version ${EXPORT_VERSION + 1}); this one reads versions up to ${EXPORT_VERSION}. Update Closeward, then import the file again.`,
      },
    });
    expect(parseExport({ ...good(), version: 'one' })).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/no valid format version/) } });
  });

  it('strips a field it does not know instead of refusing the row (slow path), and leaves the input alone', () => {
    const data = good();
    const input = JSON.parse(JSON.stringify(data)) as { records: Record<string, unknown>[] };
    input.records[0]!.colour = 'red';
    const parsed = parseExport(input);
    expect(parsed).toEqual({ ok: true, data });
    expect(input.records[0]!.colour).toBe('red');
  });

  it('checks in slices with the same answer', async () => {
    const data = good();
    let turns = 0;
    const parsed = await parseExportSliced(data, { sliceMs: 0, yieldToMain: async () => void turns++ });
    expect(parsed).toEqual({ ok: true, data });
    expect(turns).toBeGreaterThan(0);
  });
});

type Row = Record<string, unknown>;

describe('upgrades', () => {
  it('runs one step per version until the current one', () => {
    const steps = [(old: Envelope) => ({ ...old, version: 2, renamed: old.old }), (old: Envelope) => ({ ...old, version: 3, filled: true })];
    expect(upgradeEnvelope({ version: 1, old: 'x' }, steps, 3)).toEqual({ version: 3, old: 'x', renamed: 'x', filled: true });
    expect(() => upgradeEnvelope({ version: 1 }, [], 2)).toThrow(/no upgrade from export version 1/);
  });
});

describe('fast row checks', () => {
  const rows = good();
  const samples: Record<Exclude<ExportTable, 'settings'>, unknown[]> = {
    records: rows.records,
    criteria: rows.criteria,
    stakeholders: [{ id: 's1', recordKey: 'k', name: 'Grace', title: 'CFO', role: 'economicBuyer', needs: '', createdAt: NOW, fieldTimes: { name: NOW } }],
    conversations: rows.conversations,
    followUps: [...rows.followUps, { ...rows.followUps[0]!, id: 'done', status: 'done', doneAt: NOW }],
  };

  it.each(Object.keys(samples) as (keyof typeof samples)[])('take the fast path for ordinary %s rows', (table) => {
    for (const row of samples[table]) expect(FAST_CHECKS[table]!(JSON.parse(JSON.stringify(row)))).toBe(true);
  });

  /** Rows near the valid ones: a field dropped, retyped, emptied, or one added. */
  function mutations(row: Row): fc.Arbitrary<unknown> {
    const keys = Object.keys(row);
    const odd = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant(''),
      fc.constant(-0),
      fc.constant(Number.NaN),
      fc.string(),
      fc.integer(),
      fc.constant([]),
      fc.constant({}),
      fc.boolean(),
    );
    const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
    const deep = (value: unknown, depth: number): fc.Arbitrary<unknown> => {
      if (!isRow(value) || depth >= 3) return odd;
      const added = fc
        .tuple(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor')), odd)
        .map(([k, v]) => JSON.parse(JSON.stringify({ ...value, [k]: v ?? null })) as unknown);
      const keys = Object.keys(value);
      if (!keys.length) return added;
      const replaced = fc.constantFrom(...keys).chain((k) => fc.oneof(odd, deep(value[k], depth + 1)).map((v) => ({ ...value, [k]: v })));
      return fc.oneof(replaced, added);
    };
    return fc.oneof(
      deep(row, 0),
      fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== k))),
      fc.tuple(fc.string(), odd).map(([k, v]) => ({ ...row, [k]: v })),
    );
  }

  it.each(Object.keys(samples) as (keyof typeof samples)[])('never accept a %s row its zod schema refuses or would change', (table) => {
    for (const row of samples[table]) {
      fc.assert(
        fc.property(mutations(row as Row), (candidate) => {
          if (!FAST_CHECKS[table]!(candidate)) return true;
          const parsed = ROW_SCHEMAS[table].safeParse(candidate);
          return parsed.success && isDeepStrictEqual(parsed.data, candidate);
        }),
        { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 400) },
      );
    }
  });
});
