// What the bench puts on the windows it drives: the bench page's API (bench/db-page.ts), the
// probe in the side panel (bench/session.mjs), the CRM fixture page's hooks
// (tests/fixtures/bench/crm-page.mjs) and the report page's render watcher (bench/team.mjs).
import type { BenchApi } from './db-page';

export type { BenchApi };

/** A User Timing mark the probe kept, on the panel's own clock. */
export interface ProbeMark {
  name: string;
  at: number;
  detail: { query?: string; kept?: boolean } | null;
}

export interface PanelProbe {
  /** Record-shown marks on the epoch clock. */
  shown: { t: number; key: string | undefined; name: string | undefined }[];
  marks: ProbeMark[];
  /** Key presses (panel clock) and the next animation frame after each. */
  keys: { key: string; at: number; frame?: number }[];
  /** tabs.onActivated heard, and the tab's stored record read (epoch ms). */
  activated: { tabId: number; heard: number; read: number; key: string | undefined }[];
  /** A tab's record written to storage.session (epoch ms). */
  stored: { t: number; key: string }[];
}

/** The CRM fixture page's hooks; times are epoch ms. */
export interface CrmPageHooks {
  navigate(path: string, title: string, heading: string): number;
  navigation(): { href: string; t0: number; tNav?: number } | null;
  visibleAt(): number | null;
  load(): { timeOrigin: number; domContentLoaded: number | undefined };
}

/** The report page's first render of the roll-up and its long tasks (longest -1: not reported). */
export interface TeamRenderState {
  rendered: number | null;
  longest: number;
  tasks: number;
}

declare global {
  interface Window {
    __cwBench: BenchApi;
    __cwProbe: PanelProbe;
    __bench: CrmPageHooks;
    __cwTeam: TeamRenderState;
  }
}

/** The names of the bench page's functions. */
export type BenchFn = { [K in keyof BenchApi]: BenchApi[K] extends (...args: never[]) => unknown ? K : never }[keyof BenchApi];
/** What the bench page's function `K` resolves to. */
export type BenchResult<K extends BenchFn> = Awaited<ReturnType<BenchApi[K]>>;
