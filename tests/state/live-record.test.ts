import { describe, expect, it, vi } from 'vitest';
import { conversationsOf, logConversation } from '../../lib/db/conversations';
import { criteriaOf, patchCriterion } from '../../lib/db/criteria';
import { followUpsOf } from '../../lib/db/follow-ups';
import { touchRecord } from '../db/store-record';
import { addStakeholder, stakeholdersOf } from '../../lib/db/stakeholders';
import { DAY_MS } from '../../lib/model/time';
import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import {
  PREFETCH_MAX,
  PREFETCH_TTL_MS,
  prefetchRecord,
  readRecord,
  RECORD_PREFETCHED_MARK,
  takePrefetched,
  touchesRecord,
  watchRecord,
  type RecordSnapshot,
} from '../../lib/state/live-record';
import { DEAL, freshDb, LEAD } from '../db/helpers';

/** A lead with answers, people, conversations and follow-ups written out of order, and a second record. */
async function filled() {
  const database = freshDb();
  await touchRecord(database, LEAD, 'https://acme/lead', 1000);
  await touchRecord(database, DEAL, 'https://hub/deal', 1000);
  await patchCriterion(database, LEAD.key, 'timing', { status: 'atRisk' }, 1100);
  await patchCriterion(database, LEAD.key, 'budget', { status: 'confirmed', evidence: '50k' }, 1200);
  await patchCriterion(database, DEAL.key, 'budget', { status: 'no' }, 1200);
  await addStakeholder(database, LEAD.key, { name: 'Zoe' }, 3000, 'b');
  await addStakeholder(database, LEAD.key, { name: 'Ann' }, 2000, 'c');
  await addStakeholder(database, LEAD.key, { name: 'Bob' }, 2000, 'a');
  await addStakeholder(database, DEAL.key, { name: 'Other' }, 1000, 'd');
  for (const [at, followUpAt] of [
    [4000, 90],
    [2000, 30],
    [3000, 60],
  ] as const) {
    await logConversation(
      database,
      LEAD.key,
      { at, outcome: { kind: 'notNow', followUpAt: at + followUpAt * DAY_MS, reason: `in ${followUpAt} days` }, noteToFutureSelf: `call at ${at}` },
      at + 1,
    );
  }
  return database;
}

describe('reading a record for the sidebar', () => {
  it('reads directly what the Dexie helpers read, in the same order, and nothing of other records', async () => {
    const database = await filled();
    await database.open();
    const direct = await readRecord(database, LEAD.key);
    expect(direct).toEqual({
      record: await database.records.get(LEAD.key),
      criteria: await criteriaOf(database, LEAD.key),
      stakeholders: await stakeholdersOf(database, LEAD.key),
      conversations: await conversationsOf(database, LEAD.key),
      followUps: await followUpsOf(database, LEAD.key),
      visit: await database.visits.get(LEAD.key),
    });
    expect(direct.visit?.firstSeen).toBe(1000);
    expect(direct.criteria.map((c) => c.criterionId)).toEqual(['budget', 'timing']);
    expect(direct.stakeholders.map((p) => p.name)).toEqual(['Bob', 'Ann', 'Zoe']);
    expect(direct.conversations.map((c) => c.at)).toEqual([4000, 3000, 2000]);
    expect(direct.followUps.map((f) => f.reason)).toEqual(['in 30 days', 'in 60 days', 'in 90 days']);
    expect(await readRecord(database, 'nothing:here')).toEqual({
      record: undefined,
      criteria: [],
      stakeholders: [],
      conversations: [],
      followUps: [],
      visit: undefined,
    });
  });

  it('gives the first value from the direct read, then every later write, and stops when unsubscribed', async () => {
    const database = await filled();
    const seen: RecordSnapshot[] = [];
    const subscription = watchRecord(database, LEAD.key, {
      next: (s) => seen.push(s),
      error: (e) => {
        throw e;
      },
    });
    await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(1));
    expect(seen[0]!.criteria.find((c) => c.criterionId === 'budget')?.evidence).toBe('50k');
    await patchCriterion(database, LEAD.key, 'budget', { evidence: '60k' }, 5000);
    await vi.waitFor(() => expect(seen.at(-1)!.criteria.find((c) => c.criterionId === 'budget')?.evidence).toBe('60k'));
    subscription.unsubscribe();
    expect(subscription.closed).toBe(true);
    const count = seen.length;
    // A second watcher proves the write was noticed and read: the closed one must not have read it.
    const control: RecordSnapshot[] = [];
    const watching = watchRecord(database, LEAD.key, {
      next: (s) => control.push(s),
      error: (e) => {
        throw e;
      },
    });
    await vi.waitFor(() => expect(control).toHaveLength(1));
    await patchCriterion(database, LEAD.key, 'budget', { evidence: '70k' }, 6000);
    await vi.waitFor(() => expect(control.at(-1)!.criteria.find((c) => c.criterionId === 'budget')?.evidence).toBe('70k'));
    watching.unsubscribe();
    expect(seen.length).toBe(count);
  });
});

describe('which writes make the sidebar read its record again', () => {
  const name = 'closeward';
  const part = (table: string, index = '') => `idb://${name}/${table}/${index}`;

  it('a write to this record or its checklist, not to another record', () => {
    expect(touchesRecord({ [part('records')]: new RangeSet(LEAD.key) }, name, LEAD.key)).toBe(true);
    expect(touchesRecord({ [part('checklists', ':dels')]: new RangeSet(LEAD.key) }, name, LEAD.key)).toBe(true);
    expect(touchesRecord({ [part('records')]: new RangeSet(DEAL.key), [part('checklists')]: new RangeSet(DEAL.key) }, name, LEAD.key)).toBe(false);
    // An index part of the records table says nothing about which row changed.
    expect(touchesRecord({ [part('records', 'lastVisited')]: new RangeSet(1000) }, name, LEAD.key)).toBe(false);
    // A range (an import, a clear) that covers the key.
    expect(touchesRecord({ [part('records')]: new RangeSet(Dexie.minKey, Dexie.maxKey) }, name, LEAD.key)).toBe(true);
  });

  it('any write to people, conversations or follow-ups, whose parts do not always name the record', () => {
    for (const table of ['stakeholders', 'conversations', 'followUps'])
      expect(touchesRecord({ [part(table)]: new RangeSet('some-id') }, name, LEAD.key)).toBe(true);
  });

  it('parts of another database, or settings, are not this record', () => {
    expect(touchesRecord({ [`idb://other/records/`]: new RangeSet(LEAD.key) }, name, LEAD.key)).toBe(false);
    expect(touchesRecord({ [part('settings')]: new RangeSet('settings') }, name, LEAD.key)).toBe(false);
  });

  it('reads parts that came through the channel between tabs as plain objects', () => {
    const cloned = structuredClone({ [part('records')]: new RangeSet(LEAD.key) }) as ObservabilitySet;
    expect(touchesRecord(cloned, name, LEAD.key)).toBe(true);
    expect(touchesRecord(cloned, name, DEAL.key)).toBe(false);
  });
});

describe('following a record', () => {
  it('shows a person added to it, and ignores writes to another record', async () => {
    const database = await filled();
    const seen: RecordSnapshot[] = [];
    const subscription = watchRecord(database, LEAD.key, {
      next: (s) => seen.push(s),
      error: (e) => {
        throw e;
      },
    });
    await vi.waitFor(() => expect(seen.length).toBe(1));
    await touchRecord(database, DEAL, 'https://hub/deal', 7000);
    await patchCriterion(database, DEAL.key, 'timing', { status: 'no' }, 7000);
    await addStakeholder(database, LEAD.key, { name: 'Cy' }, 8000, 'e');
    await vi.waitFor(() => expect(seen.at(-1)!.stakeholders.map((p) => p.name)).toContain('Cy'));
    // Reads run one after another: a read for the deal's writes would have come before this one.
    expect(seen).toHaveLength(2);
    subscription.unsubscribe();
  });

  it('reads once more after writes that land during a read, never two reads at once', async () => {
    const database = await filled();
    await database.open();
    // 'read' when a read opens its transaction, 'value' when it hands its snapshot over.
    const events: string[] = [];
    const seen: RecordSnapshot[] = [];
    const original = database.backendDB.bind(database);
    vi.spyOn(database, 'backendDB').mockImplementation(() => {
      events.push('read');
      return original();
    });
    const subscription = watchRecord(database, LEAD.key, {
      next: (s) => {
        events.push('value');
        seen.push(s);
      },
      error: (e) => {
        throw e;
      },
    });
    await Promise.all([1, 2, 3].map((i) => patchCriterion(database, LEAD.key, 'budget', { evidence: `${i}` }, 9000 + i)));
    await vi.waitFor(() => expect(seen.at(-1)!.criteria.find((c) => c.criterionId === 'budget')?.evidence).toBe('3'));
    // One more write, read after every read the three writes caused: then none is pending.
    await patchCriterion(database, LEAD.key, 'budget', { evidence: 'last' }, 9010);
    await vi.waitFor(() => expect(seen.at(-1)!.criteria.find((c) => c.criterionId === 'budget')?.evidence).toBe('last'));
    // Strictly alternating: no read starts before the one before it handed its value over.
    expect(events.join(' ')).toMatch(/^(read value ?)+$/);
    // The first read, then at most one per write.
    expect(seen.length).toBeLessThanOrEqual(5);
    subscription.unsubscribe();
  });

  it('does not open a database that was closed on purpose; says so instead', async () => {
    const database = await filled();
    await database.open();
    database.close();
    const errors: unknown[] = [];
    watchRecord(database, LEAD.key, { next: () => {}, error: (e) => errors.push(e) });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect((errors[0] as Error).name).toBe('DatabaseClosedError');
    expect(database.isOpen()).toBe(false);
  });

  it('reports a failed read and reads again on the next write', async () => {
    const database = await filled();
    await database.open();
    const errors: unknown[] = [];
    const seen: RecordSnapshot[] = [];
    const spy = vi.spyOn(database, 'backendDB').mockImplementationOnce(() => {
      throw new Error('database gone');
    });
    const subscription = watchRecord(database, LEAD.key, { next: (s) => seen.push(s), error: (e) => errors.push(e) });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    spy.mockRestore();
    await patchCriterion(database, LEAD.key, 'budget', { evidence: 'back' }, 9100);
    await vi.waitFor(() => expect(seen.at(-1)?.criteria.find((c) => c.criterionId === 'budget')?.evidence).toBe('back'));
    subscription.unsubscribe();
  });
});

describe('reading a record ahead (the pointer rests on a link to it)', () => {
  /** Counts reads: each readRecord opens one transaction on the backend connection. */
  function countReads(database: Awaited<ReturnType<typeof filled>>) {
    const reads = { n: 0 };
    const original = database.backendDB.bind(database);
    vi.spyOn(database, 'backendDB').mockImplementation(() => {
      reads.n++;
      return original();
    });
    return reads;
  }
  const first = (database: Awaited<ReturnType<typeof filled>>, key: string) =>
    new Promise<RecordSnapshot>((resolve, reject) => {
      const subscription = watchRecord(database, key, {
        next: (s) => {
          subscription.unsubscribe();
          resolve(s);
        },
        error: reject,
      });
    });

  it('a switch to a prefetched record takes that read instead of reading again', async () => {
    const database = await filled();
    await database.open();
    const reads = countReads(database);
    prefetchRecord(database, LEAD.key);
    prefetchRecord(database, LEAD.key); // the same link again: still one read
    expect(reads.n).toBe(1);
    const shown = await first(database, LEAD.key);
    expect(reads.n).toBe(1);
    expect(shown).toEqual(await readRecord(database, LEAD.key));
    // Used once: the next switch to it reads.
    await first(database, LEAD.key);
    expect(reads.n).toBe(3);
  });

  it('sets a mark with the key when the read ahead has landed', async () => {
    const database = await filled();
    await database.open();
    performance.clearMarks(RECORD_PREFETCHED_MARK);
    prefetchRecord(database, DEAL.key);
    await vi.waitFor(() => expect(performance.getEntriesByName(RECORD_PREFETCHED_MARK).map((m) => (m as PerformanceMark).detail)).toEqual([{ key: DEAL.key }]));
  });

  it('a write to the record after the read ahead drops it: the switch reads and shows the write', async () => {
    const database = await filled();
    await database.open();
    performance.clearMarks(RECORD_PREFETCHED_MARK);
    prefetchRecord(database, LEAD.key);
    prefetchRecord(database, DEAL.key);
    // Both reads ahead have landed (they complete in order; the deal's sets the last mark).
    await vi.waitFor(() => expect(performance.getEntriesByName(RECORD_PREFETCHED_MARK).map((m) => (m as PerformanceMark).detail)).toEqual([{ key: DEAL.key }]));
    await patchCriterion(database, LEAD.key, 'budget', { evidence: 'written after the read ahead' }, 9000);
    const reads = countReads(database);
    const lead = await first(database, LEAD.key);
    expect(lead.criteria.find((c) => c.criterionId === 'budget')?.evidence).toBe('written after the read ahead');
    expect(reads.n).toBe(1);
    // The write was to another record: the deal's read ahead is still good.
    await first(database, DEAL.key);
    expect(reads.n).toBe(1);
  });

  it(`keeps a read ahead ${PREFETCH_TTL_MS / 1000} s from the last pointing, and the newest ${PREFETCH_MAX} records`, async () => {
    const database = await filled();
    await database.open();
    prefetchRecord(database, LEAD.key, 1000);
    expect(takePrefetched(database, LEAD.key, 1000 + PREFETCH_TTL_MS)).toBeUndefined();
    // Pointed at again before it expired: kept from then on, with no second read.
    const reads = countReads(database);
    prefetchRecord(database, DEAL.key, 1000);
    prefetchRecord(database, DEAL.key, 1000 + PREFETCH_TTL_MS - 1);
    expect(reads.n).toBe(1);
    await expect(takePrefetched(database, DEAL.key, 1000 + PREFETCH_TTL_MS + 100)).resolves.toMatchObject({ record: { key: DEAL.key } });
    for (let i = 0; i <= PREFETCH_MAX; i++) prefetchRecord(database, `salesforce:acme:lead:${i}`, 5000);
    expect(takePrefetched(database, 'salesforce:acme:lead:0', 5000)).toBeUndefined();
    expect(takePrefetched(database, `salesforce:acme:lead:${PREFETCH_MAX}`, 5000)).toBeInstanceOf(Promise);
  });

  it('a read ahead that cannot start, or a closed database, leaves the switch to read', async () => {
    const database = await filled();
    await database.open();
    vi.spyOn(database, 'backendDB').mockImplementationOnce(() => {
      throw new Error('database gone');
    });
    expect(() => prefetchRecord(database, LEAD.key)).not.toThrow();
    expect(takePrefetched(database, LEAD.key)).toBeUndefined();
    database.close();
    prefetchRecord(database, DEAL.key);
    expect(takePrefetched(database, DEAL.key)).toBeUndefined();
  });
});
