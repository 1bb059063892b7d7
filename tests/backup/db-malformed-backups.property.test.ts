import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClosewardDb } from '../../lib/db/database';
import { importBackup } from '../../lib/backup/db-import';
import { EXPORT_FORMAT, EXPORT_TABLES, EXPORT_VERSION, type ExportData, type ExportTable } from '../../lib/backup/format';
import { KEY_MAX, LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX } from '../../lib/model/limits';
import { makeExport } from '../report/helpers';
import { databaseDigest } from '../db/faults';
import { freshDb } from '../db/helpers';

const rep = { id: 'rep-1', name: 'Ana' };

/** A small valid backup with a row in every table: what the mutations start from. */
function valid(): ExportData {
  return makeExport(
    rep,
    [
      { id: 'r1', rung: 'discovery', statuses: ['confirmed', 'no'], conversations: [{ daysAgo: 3, outcome: 'notNow' }], followUps: [10] },
      { id: 'r2', statuses: ['atRisk'], conversations: [{ daysAgo: 2, outcome: 'notMe' }] },
    ],
    {
      stakeholders: [
        {
          id: 'p1',
          recordKey: 'rep-1:r1',
          name: 'Grace',
          title: 'CFO',
          role: 'economicBuyer',
          needs: 'a business case',
          createdAt: 5,
          fieldTimes: { name: 5 },
        },
      ],
      settings: [
        { key: 'stalenessDays', value: 30, updatedAt: 5 },
        { key: 'repName', value: 'Ana', updatedAt: 5 },
      ],
    },
  );
}

/** Fields every row of a table must have. */
const REQUIRED: Record<ExportTable, readonly string[]> = {
  records: [
    'key',
    'crm',
    'instance',
    'kind',
    'recordId',
    'url',
    'firstSeen',
    'lastVisited',
    'nextMicroConversion',
    'callPurpose',
    'targetDate',
    'source',
    'problems',
    'fieldTimes',
  ],
  criteria: ['recordKey', 'criterionId', 'status', 'evidence', 'fieldTimes'],
  stakeholders: ['id', 'recordKey', 'name', 'title', 'role', 'needs', 'createdAt', 'fieldTimes'],
  conversations: ['id', 'recordKey', 'at', 'loggedAt', 'outcome', 'noteToFutureSelf'],
  followUps: ['id', 'recordKey', 'dueAt', 'reason', 'status', 'conversationId', 'createdAt'],
  settings: ['key', 'value', 'updatedAt'],
};

/** Text fields and their limits, for "one character too many". */
const LIMITED: [ExportTable, string, number][] = [
  ['records', 'key', KEY_MAX],
  ['records', 'name', NAME_MAX],
  ['records', 'callPurpose', SHORT_TEXT_MAX],
  ['criteria', 'evidence', LONG_TEXT_MAX],
  ['stakeholders', 'name', NAME_MAX],
  ['stakeholders', 'needs', LONG_TEXT_MAX],
  ['conversations', 'noteToFutureSelf', LONG_TEXT_MAX],
  ['followUps', 'reason', LONG_TEXT_MAX],
];

/** Enumerated fields and one value they never take. */
const ENUMS: [ExportTable, string][] = [
  ['records', 'crm'],
  ['records', 'kind'],
  ['criteria', 'status'],
  ['stakeholders', 'role'],
  ['followUps', 'status'],
];

type Mutation = (data: ExportData) => unknown;
const table = fc.constantFrom(...EXPORT_TABLES);
const rowOf = (data: ExportData, t: ExportTable, pick: number) => data[t][pick % data[t].length] as unknown as Record<string, unknown>;
const notANumber = fc.oneof(fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.string({ maxLength: 8 }), fc.constant(null), fc.boolean());

const mutations: fc.Arbitrary<Mutation>[] = [
  // A field of some row becomes null (no field of any row accepts null).
  fc.tuple(table, fc.nat(), fc.nat()).map(([t, r, f]): Mutation => (data) => {
    const row = rowOf(data, t, r);
    const keys = Object.keys(row);
    row[keys[f % keys.length]!] = null;
    return data;
  }),
  // A required field is missing.
  fc.tuple(table, fc.nat(), fc.nat()).map(([t, r, f]): Mutation => (data) => {
    delete rowOf(data, t, r)[REQUIRED[t][f % REQUIRED[t].length]!];
    return data;
  }),
  // A time is not a finite number.
  fc
    .tuple(
      fc.constantFrom(['records', 'firstSeen'], ['criteria', 'fieldTimes'], ['conversations', 'at'], ['followUps', 'dueAt'], ['stakeholders', 'createdAt']),
      fc.nat(),
      notANumber,
    )
    .map(([[t, field], r, bad]): Mutation => (data) => {
      const row = rowOf(data, t as ExportTable, r);
      if (field === 'fieldTimes') row.fieldTimes = { status: bad };
      else row[field as string] = bad;
      return data;
    }),
  // An enumerated field takes a value outside its list.
  fc.tuple(fc.constantFrom(...ENUMS), fc.nat(), fc.string({ maxLength: 12 })).map(([[t, field], r, word]): Mutation => (data) => {
    rowOf(data, t, r)[field] = `not-${word}`;
    return data;
  }),
  // A text one or more characters past its limit.
  fc.tuple(fc.constantFrom(...LIMITED), fc.nat(), fc.integer({ min: 1, max: 40 })).map(([[t, field, max], r, extra]): Mutation => (data) => {
    rowOf(data, t, r)[field] = 'x'.repeat(max + extra);
    return data;
  }),
  // A table that is not a list, or is missing.
  fc
    .tuple(
      table,
      fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        fc.string({ maxLength: 8 }),
        fc.integer(),
        fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 3 }),
      ),
    )
    .map(([t, bad]): Mutation => (data) => {
      const out = { ...data } as Record<string, unknown>;
      if (bad === undefined) delete out[t];
      else out[t] = bad;
      return out;
    }),
  // The envelope: another format, a version this build cannot read, no time, no rep.
  fc.oneof(
    fc
      .string({ maxLength: 20 })
      .filter((s) => s !== EXPORT_FORMAT)
      .map((format): Mutation => (data) => ({ ...data, format })),
    fc
      .oneof(fc.integer({ max: 0 }), fc.integer({ min: EXPORT_VERSION + 1 }), fc.constant(1.5), fc.string({ maxLength: 3 }))
      .map((version): Mutation => (data) => ({ ...data, version })),
    notANumber.map((exportedAt): Mutation => (data) => ({ ...data, exportedAt })),
    fc
      .oneof(fc.constant(null), fc.constant({ id: '', name: 'Ana' }), fc.constant({ name: 'Ana' }), fc.constant({ id: 'x', name: 'n'.repeat(500) }))
      .map((r): Mutation => (data) => ({ ...data, rep: r })),
  ),
  // The file's text cut short: never valid JSON.
  fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map((at): Mutation => (data) => {
    const text = JSON.stringify(data);
    return text.slice(0, Math.floor(at * text.length));
  }),
  // Any other JSON at all.
  fc
    .jsonValue({ maxDepth: 3 })
    .filter((v) => !(v && typeof v === 'object' && !Array.isArray(v) && (v as Record<string, unknown>).format === EXPORT_FORMAT))
    .map(
      (v): Mutation =>
        () =>
          v,
    ),
];

describe('1,000 malformed or mutated backups', () => {
  let database: ClosewardDb;
  let before: string;
  beforeAll(async () => {
    database = freshDb();
    const seeded = await importBackup(database, makeExport(rep, [{ id: 'mine', statuses: ['confirmed'], conversations: [{ daysAgo: 1, outcome: 'lost' }] }]));
    if (!seeded.ok) throw new Error(seeded.message);
    before = await databaseDigest(database);
  });

  it("the unmutated file would import (so each failure below is the mutation's)", async () => {
    expect((await importBackup(freshDb(), valid())).ok).toBe(true);
  });

  it('are each refused with a message, and the database stays byte-identical', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...mutations), async (mutate) => {
        const input = mutate(valid());
        const result = await importBackup(database, typeof input === 'string' ? input : (JSON.parse(JSON.stringify(input) ?? 'null') ?? input));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.message).toMatch(/^\S.{10,}Nothing was imported; your data is as it was\.$/s);
        expect(await databaseDigest(database)).toBe(before);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});
