import { afterEach, describe, expect, it } from 'vitest';
import { criteriaOf, patchCriterion } from '../../lib/db/criteria';
import type { ClosewardDb } from '../../lib/db/database';
import { openExisting } from '../../lib/db/record-read';
import { saveSetting } from '../../lib/db/settings';
import { connectPanel } from '../../lib/state/panel-live';
import { createPanelShell, type PanelLive, type PanelShell } from '../../lib/state/panel-shell';
import { DAY, followUp, NOW } from '../db/day-seed';
import { DEAL, freshDb, freshName, LEAD } from '../db/helpers';
import { touchRecord } from '../db/store-record';
import { MemoryStorage } from './memory-storage';

const URL = 'https://acme.my.salesforce.com/lightning/r/Lead/00Q5g00000AbCdEFGH/view';

/** A shell whose live stores come only when the test lets them (the database's code "loading"). */
function shellOver(database: ClosewardDb, cache?: Storage) {
  let release: (live: PanelLive) => void = () => undefined;
  let loads = 0;
  const shell = createPanelShell(
    () => {
      loads++;
      return new Promise<PanelLive>((resolve) => (release = resolve));
    },
    { clock: () => NOW, timeZone: 'UTC', cache, openDatabase: () => openExisting(database.name) },
  );
  shells.push(shell);
  return { shell, goLive: () => release(connectPanel(database)), loads: () => loads };
}

const shells: PanelShell[] = [];
afterEach(() => {
  for (const shell of shells.splice(0)) shell.store.actions.dispose();
});

/** Resolves when `check` holds on the store's state. */
function until<S>(store: { getState(): S; subscribe(l: (s: S) => void): () => void }, check: (s: S) => boolean, timeoutMs = 2000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check(store.getState())) return resolve();
    const timer = setTimeout(() => reject(new Error('state never matched')), timeoutMs);
    const stop = store.subscribe((s) => {
      if (!check(s)) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

async function qualifiedLead(): Promise<ClosewardDb> {
  const database = freshDb();
  await touchRecord(database, LEAD, URL, 1000);
  await patchCriterion(database, LEAD.key, 'budget', { status: 'confirmed', evidence: '50k approved' }, 1100);
  await saveSetting(database, 'theme', 'dark', 1200);
  return database;
}

describe('the panel before the database code has loaded', () => {
  it("shows the stored record and the rep's settings from a plain read", async () => {
    const database = await qualifiedLead();
    const { shell, loads } = shellOver(database);
    await shell.store.actions.showPage(LEAD, URL);
    const state = shell.store.getState();
    expect(loads()).toBe(1);
    expect(state.page?.key).toBe(LEAD.key);
    expect(state.loaded).toBe(true);
    expect(state.record?.key).toBe(LEAD.key);
    expect(state.criteria['budget']).toMatchObject({ status: 'confirmed', evidence: '50k approved' });
    await until(shell.store, (s) => s.settings.theme === 'dark');
    expect(shell.store.getState().settingsRead).toBe(true);
  });

  it('says when the settings it holds were read, whichever store read them', async () => {
    // The rep's settings are the defaults: only the flag tells them from the store's start.
    const database = freshDb();
    await touchRecord(database, LEAD, URL);
    // No plain read first (as when the database is not there yet): the live store reads them.
    const shell = createPanelShell(() => Promise.resolve(connectPanel(database)), {
      clock: () => NOW,
      timeZone: 'UTC',
      openDatabase: () => Promise.resolve(undefined),
    });
    shells.push(shell);
    expect(shell.store.getState().settingsRead).toBe(false);
    await shell.live;
    await until(shell.store, (s) => s.settingsRead);
    expect(shell.store.getState().settings.theme).toBe('system');
    // And the plain read says so too.
    const { shell: early } = shellOver(database);
    await until(early.store, (s) => s.settingsRead);
  });

  it('shows a record never written to from its page, and nothing for a tab without one', async () => {
    const database = await qualifiedLead();
    const { shell } = shellOver(database);
    await shell.store.actions.showPage(DEAL, 'https://hub/deal');
    expect(shell.store.getState()).toMatchObject({ loaded: true, page: { key: DEAL.key }, record: { key: DEAL.key, name: DEAL.name } });
    await shell.store.actions.showPage(null, 'https://hub/list');
    expect(shell.store.getState()).toMatchObject({ page: null, loaded: false, record: undefined });
  });

  it('goes on from what it shows when the live store takes over: the rows keep their identity', async () => {
    const database = await qualifiedLead();
    const { shell, goLive } = shellOver(database);
    await shell.store.actions.showPage(LEAD, URL);
    const before = shell.store.getState();
    goLive();
    await shell.live;
    const after = shell.store.getState();
    expect(after.page?.key).toBe(LEAD.key);
    expect(after.criteria).toBe(before.criteria);
    expect(after.record).toEqual(before.record);
    // The live store's settings arrive equal to the ones read first, and keep their identity.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shell.store.getState().settings).toBe(before.settings);
  });

  it('writes an edit made before the live store took over, once it has', async () => {
    const database = await qualifiedLead();
    const { shell, goLive } = shellOver(database);
    await shell.store.actions.showPage(LEAD, URL);
    shell.store.actions.editCriterion('authority', { status: 'atRisk', evidence: 'CFO signs off' });
    expect(shell.store.actions.unsafeToLeave()).toBe(false);
    goLive();
    await shell.live;
    await until(shell.store, (s) => s.criteria['authority']?.evidence === 'CFO signs off');
    await shell.store.actions.flush();
    const stored = await criteriaOf(database, LEAD.key);
    expect(stored.find((c) => c.criterionId === 'authority')).toMatchObject({ status: 'atRisk', evidence: 'CFO signs off' });
  });

  it('shows the page the rep went to last, when the live store takes over', async () => {
    const database = await qualifiedLead();
    const { shell, goLive } = shellOver(database);
    await shell.store.actions.showPage(LEAD, URL);
    await shell.store.actions.showPage(DEAL, 'https://hub/deal');
    goLive();
    await shell.live;
    expect(shell.store.getState().page?.key).toBe(DEAL.key);
    // The live store's own navigation follows from there.
    await shell.store.actions.showPage(LEAD, URL);
    await until(shell.store, (s) => s.page?.key === LEAD.key && s.criteria['budget']?.status === 'confirmed');
  });

  it("shows the day kept today at once, and the rep's action on it lands once the live store is in", async () => {
    const database = freshDb();
    await touchRecord(database, LEAD, URL, NOW - 30 * DAY);
    await database.followUps.add(followUp('f1', LEAD.key, NOW - DAY));
    const cache = new MemoryStorage();
    // A first opening reads the day and keeps it.
    const first = shellOver(database, cache);
    first.goLive();
    const seen = first.shell.day();
    await until(seen, (s) => s.status === 'ready');
    seen.actions.dispose();

    const { shell, goLive } = shellOver(database, cache);
    const day = shell.day();
    expect(day.getState().status).toBe('ready');
    expect(day.getState().day?.overdue.rows.map((r) => r.followUp.id)).toEqual(['f1']);
    const done = day.actions.done('f1');
    goLive();
    await done;
    expect((await database.followUps.get('f1'))?.status).toBe('done');
    await until(day, (s) => s.day?.overdue.rows.length === 0);
    day.actions.dispose();
  });

  it('says so when the live stores cannot load', async () => {
    const database = await qualifiedLead();
    const shell = createPanelShell(() => Promise.reject(new Error('no code')), { openDatabase: () => openExisting(database.name) });
    await expect(shell.live).rejects.toThrow('no code');
  });
});

describe('opening the database without Dexie', () => {
  it('opens an existing database as it is', async () => {
    const database = await qualifiedLead();
    const connection = await openExisting(database.name);
    expect(connection?.objectStoreNames.contains('records')).toBe(true);
    connection?.close();
  });

  it('leaves a database that does not exist to Dexie, which creates and seeds it', async () => {
    const name = freshName();
    expect(await openExisting(name)).toBeUndefined();
    const database = freshDb(name);
    await database.open();
    expect(await database.settings.count()).toBeGreaterThan(0);
    expect(database.verno).toBeGreaterThan(1);
  });

  it('steps aside when a newer schema asks for the database', async () => {
    const database = await qualifiedLead();
    const connection = await openExisting(database.name);
    database.close();
    const newer = indexedDB.open(database.name, (connection?.version ?? 0) + 1);
    const opened = await new Promise<IDBDatabase>((resolve, reject) => {
      newer.onsuccess = () => resolve(newer.result);
      newer.onerror = () => reject(newer.error);
      newer.onblocked = () => reject(new Error('blocked by the plain connection'));
    });
    expect(opened.version).toBe((connection?.version ?? 0) + 1);
    opened.close();
  });
});
