import { noteVisit } from '../../lib/db/visits';
import { describe, expect, it } from 'vitest';
import { criteriaOf, patchCriterion } from '../../lib/db/criteria';
import { createSidebarStore } from '../../lib/state/sidebar-store';
import { replayLeftovers, takeLeftovers, UnsavedJournal } from '../../lib/state/unsaved-journal';
import { DEAL, freshDb, freshName, LEAD } from '../db/helpers';
import { MemoryStorage } from './memory-storage';

const URL = 'https://crm.test/record';

describe('edits typed right before the tab closed', () => {
  it('are written by the next sidebar that opens', async () => {
    const name = freshName();
    const storage = new MemoryStorage();
    const closingDb = freshDb(name);
    const closing = createSidebarStore(closingDb, { webStorage: storage });
    await closing.actions.showPage(LEAD, URL);
    closing.actions.editCriterion('coach', { evidence: 'Priya walks us through procurement' });
    closing.actions.editRecord({ callPurpose: 'Meet procurement' });
    // The tab goes away before the debounced write: its database connection with it.
    closing.actions.dispose();
    closingDb.close();
    const database = freshDb(name);
    const next = createSidebarStore(database, { webStorage: storage });
    await next.actions.showPage(LEAD, URL);
    expect((await criteriaOf(database, LEAD.key))[0]?.evidence).toBe('Priya walks us through procurement');
    expect((await database.records.get(LEAD.key))?.callPurpose).toBe('Meet procurement');
    expect(storage.length).toBe(0);
    // The closed tab's own write failed, as it does when the page is gone.
    await closing.actions.flush();
    expect(closing.getState().saveError).toMatch(/^Not saved/);
    next.actions.dispose();
  });

  it('are picked up by a sidebar already open when it moves to another record, never its own', async () => {
    const name = freshName();
    const storage = new MemoryStorage();
    const database = freshDb(name);
    const open = createSidebarStore(database, { webStorage: storage });
    await open.actions.showPage(DEAL, URL);
    open.actions.editRecord({ source: 'Inbound form' });
    // Another tab's sidebar, open on the lead, closed with an edit of it still waiting.
    await noteVisit(database, LEAD, URL);
    new UnsavedJournal(storage, name).note('x', {
      target: 'criterion',
      recordKey: LEAD.key,
      id: 'budget',
      field: 'evidence',
      value: 'left behind',
      at: Date.now(),
    });
    await open.actions.showPage(LEAD, URL);
    expect((await criteriaOf(database, LEAD.key))[0]?.evidence).toBe('left behind');
    expect((await database.records.get(DEAL.key))?.source).toBe('Inbound form');
    open.actions.dispose();
  });

  it('are never taken from the sidebar that is still writing them', () => {
    const storage = new MemoryStorage();
    const mine = new UnsavedJournal(storage, 'db');
    const closed = new UnsavedJournal(storage, 'db');
    mine.note('a', { target: 'record', recordKey: 'k', id: 'k', field: 'source', value: 'mine', at: 1 });
    closed.note('b', { target: 'record', recordKey: 'k', id: 'k', field: 'source', value: 'closed', at: 2 });
    expect(takeLeftovers(storage, 'db', mine.key).map((e) => e.value)).toEqual(['closed']);
    expect(storage.getItem(mine.key)).not.toBeNull();
  });

  it('leave nothing behind once their write landed', async () => {
    const storage = new MemoryStorage();
    const store = createSidebarStore(freshDb(), { webStorage: storage });
    await store.actions.showPage(LEAD, URL);
    store.actions.editCriterion('budget', { evidence: '50k' });
    expect(storage.length).toBe(1);
    await store.actions.flush();
    expect(storage.length).toBe(0);
    store.actions.dispose();
  });

  it('lose to a newer write of the same field, and keep the other fields', async () => {
    const database = freshDb();
    const storage = new MemoryStorage();
    const journal = new UnsavedJournal(storage, database.name);
    journal.note('a', { target: 'criterion', recordKey: LEAD.key, id: 'timing', field: 'evidence', value: 'old words', at: 1000 });
    journal.note('b', { target: 'criterion', recordKey: LEAD.key, id: 'timing', field: 'status', value: 'atRisk', at: 1000 });
    await noteVisit(database, LEAD, URL, 500);
    await patchCriterion(database, LEAD.key, 'timing', { evidence: 'newer words' }, 2000);
    await replayLeftovers(database, takeLeftovers(storage, database.name));
    expect((await criteriaOf(database, LEAD.key))[0]).toMatchObject({ evidence: 'newer words', status: 'atRisk' });
  });

  it("ignore what does not parse, and other databases' edits", async () => {
    const storage = new MemoryStorage();
    storage.setItem('closeward:unsaved:mine:1', 'not json');
    storage.setItem(
      'closeward:unsaved:mine:2',
      JSON.stringify([{ target: 'criterion', recordKey: 'k', id: 'budget', field: 'status', value: 'maybe', at: 1 }, { nonsense: true }]),
    );
    storage.setItem('closeward:unsaved:other:3', JSON.stringify([{ target: 'record', recordKey: 'k', id: 'k', field: 'source', value: 'x', at: 1 }]));
    const edits = takeLeftovers(storage, 'mine');
    expect(edits).toEqual([]);
    expect(storage.getItem('closeward:unsaved:other:3')).not.toBeNull();
    const database = freshDb();
    // A well-formed entry with a value the schema refuses is dropped at replay.
    await replayLeftovers(database, [{ target: 'criterion', recordKey: 'k', id: 'budget', field: 'status', value: 'maybe', at: 1 }]);
    expect(await database.checklists.count()).toBe(0);
  });
});
