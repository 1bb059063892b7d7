import { createStore, type StoreApi } from 'zustand/vanilla';
import { db, type ClosewardDb } from '../db/database';
import { exportCsv, exportJson } from '../backup/db-export';
import { importBackup, type ImportResult } from '../backup/db-import';
import { readSettings } from '../db/settings';
import { listHistory, listReps, loadTeam, readRepIdentity, removeRep, rollUpTeam, teamDb, type TeamDb, type TeamRep } from '../db/team';
import { addRepExport, checkRepFiles, knownRepsSliced } from '../backup/db-team-import';
import type { ExportData } from '../backup/format';
import { yieldToMain } from '../model/report';
import type { ThemeChoice } from '../model/settings';
import { toCsv } from '../backup/csv';
import type { Overlap } from '../report/duplicates';
import { exportFileName } from '../backup/json';
import type { RollUp } from '../report/rollup';
import type { IndexedSource } from '../report/source-index';
import { cachedRollUp, keepRollUp } from './rollup-cache';
import { weeklyTrend, type TrendWeek } from '../report/trend';
import type { Drill } from '../report/drill';
import { addedNotice, restoredText } from './dashboard-text';

export type Notice = { kind: 'ok' | 'error'; text: string } | null;
export interface Progress {
  done: number;
  total: number;
  phase: 'checking' | 'writing';
}

/** An export that shares most of its records with another rep's: added only if the lead says so. */
export interface PendingFile {
  file: string;
  data: ExportData;
  overlap: Overlap;
}

export interface DashboardState {
  identity: { id: string; name: string };
  theme: ThemeChoice;
  busyMine: boolean;
  progress: Progress | null;
  mine: Notice;
  busyTeam: boolean;
  reps: TeamRep[];
  teamNotices: Notice[];
  pending: PendingFile[];
  report: RollUp | null;
  /** The report shown is the last computed one, kept from before, while it is computed again. */
  reportIsKept: boolean;
  trend: TrendWeek[];
  /** 0–1 while the roll-up runs. */
  computing: number | null;
  /** The number whose records are listed, and the rep the list is narrowed to. */
  drill: { drill: Drill; title: string; repId?: string | undefined } | null;
}

export interface DashboardActions {
  load(): Promise<void>;
  refreshTeam(): Promise<void>;
  exportMine(kind: 'csv' | 'json'): Promise<void>;
  restore(file: File): Promise<void>;
  addReps(files: File[]): Promise<void>;
  /** The lead's decision on a flagged export. */
  decide(file: string, add: boolean): Promise<void>;
  removeRep(repId: string): Promise<void>;
  exportTeamCsv(): Promise<void>;
  openDrill(drill: Drill, title: string): void;
  narrowDrill(repId: string | undefined): void;
  closeDrill(): void;
  dispose(): void;
}

export type DashboardStore = StoreApi<DashboardState> & { actions: DashboardActions };

export type Download = (blob: Blob, fileName: string) => void;

/** The team report page's state: the one place it reads and writes the databases. */
export function createDashboardStore(database: ClosewardDb, team: TeamDb, download: Download): DashboardStore {
  const store = createStore<DashboardState>(() => ({
    identity: { id: '', name: '' },
    theme: 'system',
    busyMine: false,
    progress: null,
    mine: null,
    busyTeam: false,
    reps: [],
    teamNotices: [],
    pending: [],
    report: null,
    reportIsKept: false,
    trend: [],
    computing: null,
    drill: null,
  }));
  /** The reps of the last roll-up computed (their records), for the duplicates check of the next files. */
  let counted: IndexedSource[] = [];
  let running: AbortController | null = null;
  const set = store.setState;

  const actions: DashboardActions = {
    async load() {
      const [settings, identity] = await Promise.all([readSettings(database), readRepIdentity(database)]);
      set({ theme: settings.theme, identity });
      await actions.refreshTeam();
    },

    async refreshTeam() {
      running?.abort();
      const controller = new AbortController();
      running = controller;
      try {
        const reps = await listReps(team);
        const kept = cachedRollUp(reps);
        set({ reps, computing: 0, ...(kept ? { report: kept, reportIsKept: true } : {}) });
        let shown = 0;
        const result = await rollUpTeam(team, {
          signal: controller.signal,
          // Whole percents: the page draws the status line again only when its number changes.
          onProgress: (done, total) => {
            const share = Math.floor((Math.min(done, total) / total) * 100) / 100;
            if (share !== shown) set({ computing: (shown = share) });
          },
        });
        const trend = weeklyTrend(await listHistory(team), result.ladder);
        // The page draws the fresh roll-up in a task of its own.
        await yieldToMain();
        controller.signal.throwIfAborted();
        const any = result.reps.length > 0;
        counted = result.indices.map((index) => index.source);
        set({ report: any ? result : null, reportIsKept: false, trend: any ? trend : [] });
        if (any) keepRollUp(reps, result);
      } catch (error) {
        if (!controller.signal.aborted) set({ teamNotices: [{ kind: 'error', text: `The roll-up failed: ${(error as Error).message}` }] });
      } finally {
        if (running === controller) set({ computing: null });
      }
    },

    async exportMine(kind) {
      set({ busyMine: true, mine: { kind: 'ok', text: `Preparing the ${kind.toUpperCase()} file…` } });
      try {
        const now = Date.now();
        const text = kind === 'csv' ? await exportCsv(database, now) : await exportJson(database, now);
        const blob = new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
        const who = await readRepIdentity(database);
        const name = exportFileName(who, now, kind);
        download(blob, name);
        set({ identity: who, mine: { kind: 'ok', text: `Saved ${name} (${(blob.size / 1024).toFixed(0)} KB).` } });
      } catch (error) {
        set({ mine: { kind: 'error', text: `The export failed: ${(error as Error).message}` } });
      } finally {
        set({ busyMine: false });
      }
    },

    async restore(file) {
      set({ busyMine: true, mine: null, progress: { done: 0, total: 0, phase: 'checking' } });
      try {
        const result: ImportResult = await importBackup(database, file, {
          chunkSize: 2000,
          onProgress: (done, total, phase) => set({ progress: { done, total, phase } }),
        });
        set({ mine: result.ok ? { kind: 'ok', text: restoredText(result) } : { kind: 'error', text: `${file.name}: ${result.message}` } });
      } finally {
        set({ progress: null, busyMine: false });
      }
    },

    async addReps(files) {
      set({ busyTeam: true });
      try {
        const checked = await checkRepFiles(team, files, await knownRepsSliced(counted));
        const notices: Notice[] = [];
        const pending: PendingFile[] = [...store.getState().pending];
        for (const result of checked) {
          if (!result.ok) notices.push({ kind: 'error', text: `${result.file}: ${result.problem.message}` });
          else if (result.overlap) pending.push({ file: result.file, data: result.data, overlap: result.overlap });
          else notices.push(addedNotice(result.file, await addRepExport(team, result.data), result.replaced));
        }
        set({ teamNotices: notices, pending });
        await actions.refreshTeam();
      } finally {
        set({ busyTeam: false });
      }
    },

    async decide(file, add) {
      const item = store.getState().pending.find((p) => p.file === file);
      if (!item) return;
      set({ pending: store.getState().pending.filter((p) => p !== item) });
      if (!add) {
        set({ teamNotices: [{ kind: 'ok', text: `${file}: not added.` }] });
        return;
      }
      const replaced = (await team.reps.get(item.data.rep.id)) !== undefined;
      set({ teamNotices: [addedNotice(file, await addRepExport(team, item.data), replaced)] });
      await actions.refreshTeam();
    },

    async removeRep(repId) {
      await removeRep(team, repId);
      if (store.getState().drill?.repId === repId) set({ drill: null });
      await actions.refreshTeam();
    },

    async exportTeamCsv() {
      const sources = await loadTeam(team);
      download(new Blob([toCsv(sources)], { type: 'text/csv;charset=utf-8' }), exportFileName({ id: 'team', name: 'team' }, Date.now(), 'csv'));
    },

    openDrill: (drill, title) => set({ drill: { drill, title } }),
    narrowDrill: (repId) => {
      const current = store.getState().drill;
      if (current) set({ drill: { ...current, repId } });
    },
    closeDrill: () => set({ drill: null }),
    dispose: () => running?.abort(),
  };
  return Object.assign(store, { actions });
}

/** The page's store on the extension's own databases: the rep's and the team's. */
export function openDashboardStore(download: Download): DashboardStore {
  return createDashboardStore(db(), teamDb(), download);
}
