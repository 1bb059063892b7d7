import { describe, expect, it } from 'vitest';
import { importBackup } from '../../lib/backup/db-import';
import { patchCriterion, criteriaOf } from '../../lib/db/criteria';
import { patchStakeholder } from '../../lib/db/stakeholders';
import { FAST_CHECKS } from '../../lib/backup/row-checks';
import { parseExport } from '../../lib/backup/check';
import { ROW_SCHEMAS } from '../../lib/backup/format';
import { clampField, clampText, LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX } from '../../lib/model/limits';
import { databaseDigest } from '../db/faults';
import { freshDb } from '../db/helpers';
import { makeExport, record } from '../report/helpers';

const rep = { id: 'rep-1', name: 'Ana' };

describe('clampText', () => {
  it('leaves text within the limit as it is', () => {
    expect(clampText('Ada Lovelace', NAME_MAX)).toBe('Ada Lovelace');
    expect(clampText('x'.repeat(NAME_MAX), NAME_MAX)).toBe('x'.repeat(NAME_MAX));
  });

  it('cuts a name read from a megabyte-long title to the limit, ending in an ellipsis', () => {
    const cut = clampText('Acme renewal '.repeat(80_000), NAME_MAX);
    expect(cut).toHaveLength(NAME_MAX);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.startsWith('Acme renewal Acme')).toBe(true);
  });

  it('never splits an emoji in two', () => {
    const cut = clampText(`${'a'.repeat(8)}😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
    expect(clampText(`${'a'.repeat(7)}😀😀`, 10)).toBe(`${'a'.repeat(7)}😀…`);
  });

  it("cuts edited fields by their own limit, and each problem's text", () => {
    expect(clampField('evidence', 'e'.repeat(LONG_TEXT_MAX + 5))).toHaveLength(LONG_TEXT_MAX);
    expect(clampField('name', 'n'.repeat(NAME_MAX + 1))).toHaveLength(NAME_MAX);
    expect(clampField('problems', [{ id: 'p', text: 't'.repeat(SHORT_TEXT_MAX * 2) }])).toEqual([{ id: 'p', text: `${'t'.repeat(SHORT_TEXT_MAX - 1)}…` }]);
    expect(clampField('role', 'coach')).toBe('coach');
  });
});

describe('what a rep types is stored within its limit', () => {
  it("an over-long evidence and a person's name are cut, so the database always exports and imports again", async () => {
    const database = freshDb();
    await database.records.put(record('k'));
    await database.stakeholders.put({ id: 'p1', recordKey: 'k', name: '', title: '', role: 'coach', needs: '', createdAt: 1, fieldTimes: {} });
    await patchCriterion(database, 'k', 'budget', { evidence: 'e'.repeat(LONG_TEXT_MAX * 2) });
    await patchStakeholder(database, 'p1', { name: 'n'.repeat(NAME_MAX * 3) });
    expect((await criteriaOf(database, 'k'))[0]!.evidence).toHaveLength(LONG_TEXT_MAX);
    expect((await database.stakeholders.get('p1'))!.name).toHaveLength(NAME_MAX);
  });
});

describe('an import with an over-long field is refused', () => {
  const cases: [string, (data: ReturnType<typeof makeExport>) => void, RegExp][] = [
    [
      'a record name',
      (d) => (d.records[1]!.name = 'x'.repeat(NAME_MAX + 1)),
      /^Table "records", row index 1 \(rep-1:r2\), field "name" is too long: 201 characters, at most 200\./,
    ],
    [
      'a problem, nested',
      (d) => (d.records[0]!.problems = [{ id: 'p', text: 'x'.repeat(SHORT_TEXT_MAX + 1) }]),
      /field "problems\.0\.text" is too long: 501 characters, at most 500\./,
    ],
    [
      'evidence',
      (d) => (d.criteria[0]!.evidence = 'x'.repeat(LONG_TEXT_MAX + 1)),
      /^Table "criteria", row index 0 .*field "evidence" is too long: 5,001 characters, at most 5,000\./,
    ],
    [
      "a referral's name",
      (d) => {
        const c = d.conversations[0]!;
        c.outcome = { kind: 'notMe', referral: { name: 'x'.repeat(NAME_MAX + 1), role: '', reach: '' } };
      },
      /^Table "conversations", row index 0 .*field "outcome\.referral\.name" is too long/,
    ],
  ];

  it.each(cases)("%s: the message names the table, the row and the field's path; nothing changes", async (_, mutate, message) => {
    const database = freshDb();
    const first = await importBackup(database, makeExport(rep, [{ id: 'r0', statuses: ['confirmed'] }]));
    expect(first.ok).toBe(true);
    const before = await databaseDigest(database);
    const data = makeExport(rep, [{ id: 'r1', statuses: ['no'], conversations: [{ daysAgo: 1, outcome: 'lost' }] }, { id: 'r2' }]);
    mutate(data);
    const result = await importBackup(database, JSON.stringify(data));
    expect(result).toMatchObject({ ok: false, stage: 'check' });
    expect(result.ok || result.message).toMatch(message);
    expect(await databaseDigest(database)).toBe(before);
  });

  it('the fast row checks agree with the schemas at the limit and one past it', () => {
    const data = makeExport(rep, [{ id: 'r1', statuses: ['no'], conversations: [{ daysAgo: 1, outcome: 'lost' }], followUps: [3] }]);
    const at = structuredClone(data);
    at.records[0]!.name = 'x'.repeat(NAME_MAX);
    at.criteria[0]!.evidence = 'x'.repeat(LONG_TEXT_MAX);
    at.followUps[0]!.reason = 'x'.repeat(LONG_TEXT_MAX);
    const past = structuredClone(at);
    past.records[0]!.name += 'x';
    past.criteria[0]!.evidence += 'x';
    past.followUps[0]!.reason += 'x';
    for (const table of ['records', 'criteria', 'followUps'] as const) {
      expect(FAST_CHECKS[table]!(at[table][0]), table).toBe(true);
      expect(ROW_SCHEMAS[table].safeParse(at[table][0]).success, table).toBe(true);
      expect(FAST_CHECKS[table]!(past[table][0]), table).toBe(false);
      expect(ROW_SCHEMAS[table].safeParse(past[table][0]).success, table).toBe(false);
    }
    expect(parseExport(at).ok).toBe(true);
  });
});
