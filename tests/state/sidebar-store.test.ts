import { afterEach, describe, expect, it, vi } from 'vitest';
import { criteriaOf } from '../../lib/db/criteria';
import { touchRecord } from '../db/store-record';
import { patchRecord } from '../../lib/db/records';
import type { ClosewardDb } from '../../lib/db/database';
import { takePrefetched } from '../../lib/state/live-record';
import { createSidebarStore, SAVE_DEBOUNCE_MS, type SidebarStore } from '../../lib/state/sidebar-store';
import { DEAL, freshDb, freshName, LEAD } from '../db/helpers';

const URL = 'https://crm.test/record';
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

async function tab(database: ClosewardDb): Promise<SidebarStore> {
  const store = createSidebarStore(database);
  cleanups.push(() => store.actions.dispose());
  await store.actions.showPage(LEAD, URL);
  await until(store, () => store.getState().loaded);
  return store;
}

/** Resolves when the store's state satisfies `check` (liveQuery answers asynchronously). */
function until(store: SidebarStore, check: () => boolean, timeoutMs = 2000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => reject(new Error('state never matched')), timeoutMs);
    const stop = store.subscribe(() => {
      if (!check()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

describe('sidebar store', () => {
  it('reads ahead a record the rep points at, not the one shown, and a switch to it shows it', async () => {
    const database = freshDb();
    await touchRecord(database, DEAL, URL, 1000);
    const store = await tab(database);
    store.actions.prefetch(LEAD.key);
    expect(takePrefetched(database, LEAD.key)).toBeUndefined();
    store.actions.prefetch(DEAL.key);
    expect(takePrefetched(database, DEAL.key)).toBeInstanceOf(Promise);
    store.actions.prefetch(DEAL.key);
    await store.actions.showPage(DEAL, URL);
    await until(store, () => store.getState().page?.key === DEAL.key && store.getState().loaded);
    expect(store.getState().record?.name).toBe(DEAL.name);
  });

  it('writes after the debounce, not on every keystroke', async () => {
    const database = freshDb();
    const store = await tab(database);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      store.actions.editCriterion('budget', { evidence: 'C' });
      vi.advanceTimersByTime(SAVE_DEBOUNCE_MS - 1);
      store.actions.editCriterion('budget', { evidence: 'CF' });
      vi.advanceTimersByTime(SAVE_DEBOUNCE_MS - 1);
      store.actions.editCriterion('budget', { evidence: 'CFO' });
      expect(store.getState().criteria.budget?.evidence).toBe('CFO');
      vi.advanceTimersByTime(SAVE_DEBOUNCE_MS - 1);
      expect(await criteriaOf(database, LEAD.key)).toEqual([]);
      expect(store.getState().saving).toBe(true);
      expect(SAVE_DEBOUNCE_MS).toBeLessThanOrEqual(300);
      vi.advanceTimersByTime(1);
      await until(store, () => !store.getState().saving);
    } finally {
      vi.useRealTimers();
    }
    expect((await criteriaOf(database, LEAD.key))[0]?.evidence).toBe('CFO');
  });

  it('flush (pagehide) writes what is waiting at once', async () => {
    const database = freshDb();
    const store = await tab(database);
    store.actions.editRecord({ callPurpose: 'Book the demo' });
    await store.actions.flush();
    expect((await database.records.get(LEAD.key))?.callPurpose).toBe('Book the demo');
  });

  it('two tabs editing different fields of one record keep both, and each sees the other live', async () => {
    const name = freshName();
    const [a, b] = [freshDb(name), freshDb(name)];
    const [tabA, tabB] = [await tab(a), await tab(b)];
    tabA.actions.editRecord({ callPurpose: 'Agree on pilot scope' });
    tabB.actions.editRecord({ targetDate: '2027-06-30' });
    tabB.actions.editCriterion('budget', { status: 'confirmed' }, { debounce: false });
    await Promise.all([tabA.actions.flush(), tabB.actions.flush()]);
    expect(await a.records.get(LEAD.key)).toMatchObject({ callPurpose: 'Agree on pilot scope', targetDate: '2027-06-30' });
    await until(tabA, () => tabA.getState().record?.targetDate === '2027-06-30' && tabA.getState().criteria.budget?.status === 'confirmed');
    await until(tabB, () => tabB.getState().record?.callPurpose === 'Agree on pilot scope');
  });

  it('a live update from another tab does not undo what the rep is still typing', async () => {
    const name = freshName();
    const [a, b] = [freshDb(name), freshDb(name)];
    const [tabA, tabB] = [await tab(a), await tab(b)];
    tabA.actions.editRecord({ nextMicroConversion: 'typing…' });
    tabB.actions.editRecord({ source: 'Trade show' }, { debounce: false });
    await tabB.actions.flush();
    await until(tabA, () => tabA.getState().record?.source === 'Trade show');
    expect(tabA.getState().record?.nextMicroConversion).toBe('typing…');
  });

  it('switching records saves the edits of the one left', async () => {
    const database = freshDb();
    const store = await tab(database);
    store.actions.editCriterion('coach', { evidence: 'Bob in ops' });
    await store.actions.showPage(DEAL, URL);
    expect((await criteriaOf(database, LEAD.key))[0]?.evidence).toBe('Bob in ops');
    expect(store.getState().criteria).toEqual({});
  });

  describe('the visit write', () => {
    const { name: _name, ...unnamed } = LEAD;

    function storeOn(database: ClosewardDb): SidebarStore {
      const store = createSidebarStore(database);
      cleanups.push(() => store.actions.dispose());
      return store;
    }

    it('takes a name that arrives before the first read: one visit write, after the read', async () => {
      const database = freshDb();
      const store = storeOn(database);
      const puts = vi.spyOn(database.visits, 'put');
      const first = store.actions.showPage(unnamed, URL);
      const named = store.actions.showPage(LEAD, URL);
      await Promise.all([first, named]);
      expect(puts).toHaveBeenCalledTimes(1);
      expect((await database.visits.get(LEAD.key))?.name).toBe('Ada Lovelace');
      // Opening a record stores nothing but the visit.
      expect(await database.records.count()).toBe(0);
      await until(store, () => store.getState().record?.name === 'Ada Lovelace' && store.getState().page?.name === 'Ada Lovelace');
    });

    it('keeps a name read from the page in the visit, and a stored record as the rep last wrote it', async () => {
      const database = freshDb();
      await touchRecord(database, LEAD, URL);
      const store = storeOn(database);
      await store.actions.showPage(unnamed, URL);
      await store.actions.showPage({ ...LEAD, name: 'Ada King' }, URL);
      expect((await database.visits.get(LEAD.key))?.name).toBe('Ada King');
      expect((await database.records.get(LEAD.key))?.name).toBe('Ada Lovelace');
      expect(store.getState().page?.name).toBe('Ada King');
      // The rep's next write takes the newer name.
      store.actions.editRecord({ source: 'Webinar' }, { debounce: false });
      await store.actions.flush();
      await until(store, () => store.getState().record?.name === 'Ada King');
    });

    it('keeps rows that did not change identical, so their sections need not render', async () => {
      const database = freshDb();
      const store = await tab(database);
      store.actions.editCriterion('budget', { evidence: 'CFO' }, { debounce: false });
      await until(store, () => store.getState().criteria.budget?.fieldTimes.evidence !== undefined);
      await store.actions.flush();
      const before = store.getState();
      // Another tab writes one field of the record: only that field and its time change.
      await patchRecord(database, LEAD.key, { callPurpose: 'Agree on a demo date' }, before.now + 1000);
      await until(store, () => store.getState().record !== before.record);
      const after = store.getState();
      expect(after.record?.callPurpose).toBe('Agree on a demo date');
      expect(after.criteria).toBe(before.criteria);
      expect(after.stakeholders).toBe(before.stakeholders);
      expect(after.conversations).toBe(before.conversations);
      expect(after.record?.problems).toBe(before.record?.problems);
    });
  });
});
