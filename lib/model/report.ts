import type { CriterionState } from './checklist';
import type { Conversation, OutcomeKind } from './conversation';
import type { FollowUp } from './follow-up';
import type { AnySetting } from './settings';
import type { StoredRecord } from './stored-record';

/**
 * What the team report reads of one rep's data: an export (lib/backup/format.ts) has all of
 * it, and the team database keeps only this much of each rep (no evidence, notes or
 * people: a team lead needs the numbers, not the rep's private words).
 */
export interface ReportSource {
  rep: { id: string; name: string };
  exportedAt: number;
  records: readonly Pick<StoredRecord, 'key' | 'crm' | 'kind' | 'name' | 'url' | 'lastRungId'>[];
  /** The template an answer belongs to, when the export says (version 2 on). */
  criteria: readonly (Pick<CriterionState, 'recordKey' | 'criterionId' | 'status' | 'verifiedAt'> & { templateId?: string | undefined })[];
  conversations: readonly (Pick<Conversation, 'recordKey' | 'at' | 'loggedAt'> & { outcome: { kind: OutcomeKind } })[];
  followUps: readonly Pick<FollowUp, 'recordKey' | 'dueAt' | 'status'>[];
  settings: readonly AnySetting[];
}

/** The settings a team report reads: the ladder, staleness and which checklist the rep used. */
const REPORT_SETTINGS: ReadonlySet<string> = new Set(['ladder', 'stalenessDays', 'templateId', 'templates', 'retiredRungs']);

/** The part of an export the team database keeps: one pass, fields named one by one. */
export function slimSource(data: ReportSource): ReportSource {
  const records = new Array<ReportSource['records'][number]>(data.records.length);
  for (let i = 0; i < records.length; i++) {
    const r = data.records[i]!;
    records[i] = { key: r.key, crm: r.crm, kind: r.kind, name: r.name, url: r.url, lastRungId: r.lastRungId };
  }
  const criteria = new Array<ReportSource['criteria'][number]>(data.criteria.length);
  for (let i = 0; i < criteria.length; i++) {
    const c = data.criteria[i]!;
    criteria[i] = { recordKey: c.recordKey, criterionId: c.criterionId, status: c.status, verifiedAt: c.verifiedAt, templateId: c.templateId };
  }
  const conversations = new Array<ReportSource['conversations'][number]>(data.conversations.length);
  for (let i = 0; i < conversations.length; i++) {
    const c = data.conversations[i]!;
    conversations[i] = { recordKey: c.recordKey, at: c.at, loggedAt: c.loggedAt, outcome: { kind: c.outcome.kind } };
  }
  const followUps = new Array<ReportSource['followUps'][number]>(data.followUps.length);
  for (let i = 0; i < followUps.length; i++) {
    const f = data.followUps[i]!;
    followUps[i] = { recordKey: f.recordKey, dueAt: f.dueAt, status: f.status };
  }
  const settings = data.settings.filter((s) => REPORT_SETTINGS.has(s.key));
  return { rep: { id: data.rep.id, name: data.rep.name }, exportedAt: data.exportedAt, records, criteria, conversations, followUps, settings };
}

/** How a rep is named in a report when they gave no name: the start of their id. */
export function repLabel(rep: { id: string; name: string }): string {
  return rep.name.trim() || `Rep ${rep.id.slice(0, 8)}`;
}

// --- time slicing ---------------------------------------------------------------------------

/**
 * Long computations (checking a file, rolling up a team) are written as generators that
 * yield how many rows they have done after every small chunk. Run to the end at once for
 * tests and workers, or in slices on a page so it never freezes.
 */
export type Steps<T> = Generator<number, T, void>;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Work this long before giving the page a turn; 30 ms leaves room for a frame. */
  sliceMs?: number | undefined;
  /** How to give the page a turn; a macrotask by default. */
  yieldToMain?: (() => Promise<void>) | undefined;
}

interface Scheduler {
  yield?(): Promise<void>;
}

/**
 * A macrotask: scheduler.yield() where the browser has it (continuation goes first), else
 * a MessageChannel message (setTimeout would be clamped to 4 ms after five nested calls).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs steps in slices of `sliceMs`, giving the page a turn in between. */
export async function runSliced<T>(steps: Steps<T>, total: number, options: SliceOptions = {}): Promise<T> {
  const { signal, onProgress, sliceMs = 30, yieldToMain: pause = yieldToMain } = options;
  signal?.throwIfAborted();
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      onProgress?.(total, total);
      return step.value;
    }
    if (performance.now() - sliceStart >= sliceMs) {
      onProgress?.(step.value, total);
      await pause();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}
