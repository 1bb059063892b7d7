import { afterEach, describe, expect, it, vi } from 'vitest';
import { criteriaOf, patchCriterion } from '../../lib/db/criteria';
import { clampTimes, formatAhead } from '../../lib/backup/clock';
import { importBackup } from '../../lib/backup/db-import';
import { newerWinsEditOnTie, stampFor } from '../../lib/db/merge';
import { patchRecord } from '../../lib/db/records';
import { patchStakeholder } from '../../lib/db/stakeholders';
import { makeExport, record } from '../report/helpers';
import { freshDb } from './helpers';

const HOUR = 3_600_000;
/** The moment of the import on this computer's clock. */
const T = Date.UTC(2026, 5, 1, 9, 0);

afterEach(() => vi.restoreAllMocks());

function clockAt(time: number): void {
  vi.spyOn(Date, 'now').mockReturnValue(time);
}

/** A backup made on a machine whose clock ran an hour ahead: every field written "at T + 1 h". */
function backupFromTheFuture() {
  const ahead = T + HOUR;
  return makeExport({ id: 'rep-1', name: 'Ana' }, [], {
    exportedAt: ahead,
    records: [record('k', { nextMicroConversion: 'from the backup', lastVisited: ahead, fieldTimes: { nextMicroConversion: ahead } })],
    criteria: [
      {
        recordKey: 'k',
        criterionId: 'budget',
        status: 'no',
        evidence: 'from the backup',
        verifiedAt: ahead,
        fieldTimes: { status: ahead, evidence: ahead, verifiedAt: ahead },
      },
    ],
    stakeholders: [
      { id: 'p1', recordKey: 'k', name: 'From the backup', title: '', role: 'coach', needs: '', createdAt: T - HOUR, fieldTimes: { name: ahead } },
    ],
  });
}

async function importedAhead() {
  const database = freshDb();
  clockAt(T);
  const result = await importBackup(database, backupFromTheFuture(), { now: T });
  if (!result.ok) throw new Error(result.message);
  return { database, result };
}

async function editEverything(database: ReturnType<typeof freshDb>, at: number): Promise<void> {
  clockAt(at);
  await patchRecord(database, 'k', { nextMicroConversion: 'my edit' }, at);
  await patchCriterion(database, 'k', 'budget', { evidence: 'my edit' }, at);
  await patchStakeholder(database, 'p1', { name: 'My edit' }, at);
}

async function expectMyEdits(database: ReturnType<typeof freshDb>): Promise<void> {
  // Read through a second connection: what a reload would show.
  const reread = freshDb(database.name);
  expect((await reread.records.get('k'))?.nextMicroConversion).toBe('my edit');
  expect((await criteriaOf(reread, 'k'))[0]?.evidence).toBe('my edit');
  expect((await reread.stakeholders.get('p1'))?.name).toBe('My edit');
  reread.close();
}

describe('merges are safe against clocks', () => {
  it("sets a backup's times from the future to the moment of the import, and says how far ahead they were", async () => {
    const { database, result } = await importedAhead();
    expect(result.aheadMs).toBe(HOUR);
    expect(result.clockNote).toMatch(/up to 1 h ahead of this computer's clock; they were set to now/);
    const stored = await database.records.get('k');
    expect(stored?.fieldTimes.nextMicroConversion).toBe(T);
    expect(stored?.lastVisited).toBe(T);
    expect((await criteriaOf(database, 'k'))[0]?.fieldTimes).toEqual({ status: T, evidence: T, verifiedAt: T });
  });

  it("keeps the rep's edits made a minute after importing a backup from a clock an hour ahead", async () => {
    const { database } = await importedAhead();
    await editEverything(database, T + 60_000);
    await expectMyEdits(database);
  });

  it("keeps them when this computer's clock is then set back an hour", async () => {
    const { database } = await importedAhead();
    await editEverything(database, T - HOUR + 60_000);
    await expectMyEdits(database);
  });

  it('keeps them with no file at all: edits on a clock an hour ahead, then the clock set right', async () => {
    const database = freshDb();
    await database.records.put(record('k'));
    await database.stakeholders.put({ id: 'p1', recordKey: 'k', name: '', title: '', role: 'coach', needs: '', createdAt: T, fieldTimes: {} });
    clockAt(T + HOUR);
    await patchRecord(database, 'k', { nextMicroConversion: 'on the fast clock' }, T + HOUR);
    await patchCriterion(database, 'k', 'budget', { evidence: 'on the fast clock' }, T + HOUR);
    await patchStakeholder(database, 'p1', { name: 'On the fast clock' }, T + HOUR);
    await editEverything(database, T + 60_000);
    await expectMyEdits(database);
  });

  it('a file with no time ahead is left as it is and says nothing', async () => {
    const data = makeExport({ id: 'rep-1', name: 'Ana' }, [{ id: 'r1', statuses: ['confirmed'] }]);
    const clamped = clampTimes(data, T + 400 * 24 * HOUR);
    expect(clamped.data).toBe(data);
    expect(clamped.aheadMs).toBe(0);
  });
});

describe("a local write's stamp", () => {
  it('is its own time when that is not older than the stored write', () => {
    expect(stampFor(500, 400, 600)).toBe(500);
    expect(stampFor(500, 500, 600)).toBe(500);
  });

  it("gives way to another tab's newer write made before now", () => {
    expect(stampFor(500, 550, 600)).toBeNull();
    expect(newerWinsEditOnTie({ a: 'theirs', fieldTimes: { a: 550 } }, { a: 'mine' }, 500, 600)).toBeNull();
  });

  it("is just after a stored write from later than this clock's now, which it beats", () => {
    expect(stampFor(500, 5_000, 600)).toBe(5_001);
    expect(newerWinsEditOnTie({ a: 'ahead', b: 'kept', fieldTimes: { a: 5_000, b: 7_000 } }, { a: 'mine' }, 500, 600)).toEqual({
      a: 'mine',
      b: 'kept',
      fieldTimes: { a: 5_001, b: 7_000 },
    });
  });
});

describe('how far ahead', () => {
  it('reads as seconds, minutes, hours or days', () => {
    expect([20_000, 25 * 60_000, HOUR, 5 * HOUR, 3 * 24 * HOUR].map(formatAhead)).toEqual(['20 s', '25 min', '1 h', '5 h', '3 days']);
  });
});
