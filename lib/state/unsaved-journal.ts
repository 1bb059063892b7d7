import { z } from 'zod/mini';
import { CriterionChange } from '../model/checklist';
import { clampField } from '../model/limits';
import { StakeholderChange } from '../model/stakeholder';
import { RecordChange } from '../model/stored-record';
import type { ClosewardDb } from '../db/database';
import { patchCriterion } from '../db/criteria';
import { patchRecord } from '../db/records';
import { patchStakeholder } from '../db/stakeholders';

/** One edit typed but not yet in IndexedDB, as kept in localStorage. */
export const UnsavedEdit = z.object({
  target: z.enum(['criterion', 'record', 'stakeholder']),
  recordKey: z.string(),
  /** Criterion id, stakeholder id, or the record key. */
  id: z.string(),
  field: z.string(),
  value: z.optional(z.unknown()),
  at: z.number(),
});
export type UnsavedEdit = z.infer<typeof UnsavedEdit>;

const PREFIX = 'closeward:unsaved:';

/**
 * Closing a tab right after typing must keep the edit, but Chromium may abort an IndexedDB
 * transaction begun in pagehide. So every edit waiting for its write is also noted,
 * synchronously, in localStorage (one key per sidebar instance), and stays noted until its
 * write lands; the next sidebar to open replays what was left with the original
 * timestamps, so the per-field merge still lets newer writes win.
 *
 * localStorage can be full too. Then `unjournaled` counts the edits that a closed tab
 * would lose (noted here, neither written nor in localStorage), and listeners hear of each
 * change, so the page can warn before it is left.
 */
export class UnsavedJournal {
  private readonly entries = new Map<string, UnsavedEdit>();
  private readonly listeners = new Set<(unjournaled: number) => void>();
  private failing = false;
  /** This sidebar's own key: its edits are its own saver's to write. */
  readonly key: string;

  constructor(
    private readonly webStorage: Storage | undefined,
    databaseName: string,
  ) {
    this.key = `${PREFIX}${databaseName}:${crypto.randomUUID()}`;
  }

  /** Edits kept only in this page's memory: neither written to the database nor in localStorage. */
  get unjournaled(): number {
    return this.failing || !this.webStorage ? this.entries.size : 0;
  }

  /** Edits noted and not yet written (whether or not localStorage holds them). */
  get unsaved(): number {
    return this.entries.size;
  }

  /** Calls `listener` with the unjournaled count whenever it may have changed; returns the unsubscribe. */
  subscribe(listener: (unjournaled: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  note(saverId: string, edit: UnsavedEdit): void {
    this.entries.set(saverId, edit);
    this.persist();
  }

  /** The write of `saverId` stamped `at` landed; a newer edit of it stays noted. */
  saved(saverId: string, at: number): void {
    if (this.entries.get(saverId)?.at !== at) return;
    this.entries.delete(saverId);
    this.persist();
  }

  private persist(): void {
    const before = this.unjournaled;
    try {
      if (this.entries.size) this.webStorage?.setItem(this.key, JSON.stringify([...this.entries.values()]));
      else this.webStorage?.removeItem(this.key);
      this.failing = false;
    } catch {
      // Full or blocked storage: the edits live on in memory (and in the saver, which keeps
      // trying); the count tells the page to warn before it is closed.
      this.failing = true;
    }
    const after = this.unjournaled;
    if (after !== before || after > 0) for (const listener of this.listeners) listener(after);
  }
}

/** Where a batch of leftovers came from, to take them out once they are written. */
interface Source {
  key: string;
  raw: string;
  edits: UnsavedEdit[];
}
const sources = new WeakMap<readonly UnsavedEdit[], { webStorage: Storage; from: Source[] }>();

/**
 * Reads the edits left by other sidebars of this database, typically closed too soon.
 * They stay in localStorage until replayLeftovers has written them: a sidebar that cannot
 * write (a full disk) never discards another's journal, whichever tab opens next.
 */
export function takeLeftovers(webStorage: Storage | undefined, databaseName: string, ownKey = ''): UnsavedEdit[] {
  if (!webStorage) return [];
  const prefix = `${PREFIX}${databaseName}:`;
  const keys = Array.from({ length: webStorage.length }, (_, i) => webStorage.key(i)).filter(
    (k): k is string => k !== null && k !== ownKey && k.startsWith(prefix),
  );
  const edits: UnsavedEdit[] = [];
  const from: Source[] = [];
  for (const key of keys) {
    const raw = webStorage.getItem(key);
    if (raw === null) continue;
    let parsed: UnsavedEdit[] = [];
    try {
      const result = z.array(UnsavedEdit).safeParse(JSON.parse(raw));
      if (result.success) parsed = result.data;
    } catch {
      // Not JSON: nothing recoverable in it; taken out below like a replayed batch.
    }
    edits.push(...parsed);
    from.push({ key, raw, edits: parsed });
  }
  sources.set(edits, { webStorage, from });
  return edits;
}

/**
 * Writes leftover edits, each as the single-field patch it was, at its original time. For
 * leftovers from takeLeftovers, each sidebar's batch is taken out of localStorage once all
 * of it is written (unless that sidebar, still open, noted more since). A batch with a
 * failed write stays whole for the next try; the first failure is thrown at the end.
 */
export async function replayLeftovers(database: ClosewardDb, edits: readonly UnsavedEdit[]): Promise<void> {
  const known = sources.get(edits);
  const batches = known?.from ?? [{ key: '', raw: '', edits: [...edits] }];
  let failure: { error: unknown } | undefined;
  for (const batch of batches) {
    try {
      for (const edit of batch.edits) await replayOne(database, edit);
    } catch (error) {
      failure ??= { error };
      continue;
    }
    if (known && known.webStorage.getItem(batch.key) === batch.raw) known.webStorage.removeItem(batch.key);
  }
  if (failure) throw failure.error;
}

async function replayOne(database: ClosewardDb, edit: UnsavedEdit): Promise<void> {
  // Cut to the field's limit as any write is: an over-long value is kept, shortened, not dropped.
  const change = { [edit.field]: clampField(edit.field, edit.value) };
  if (edit.target === 'criterion') {
    const parsed = CriterionChange.safeParse(change);
    if (parsed.success) await patchCriterion(database, edit.recordKey, edit.id, parsed.data, edit.at);
  } else if (edit.target === 'record') {
    const parsed = RecordChange.safeParse(change);
    if (!parsed.success) return;
    try {
      await patchRecord(database, edit.recordKey, parsed.data, edit.at);
    } catch (error) {
      // A record neither stored nor visited here has nowhere to go (patchRecord's own
      // refusal); anything else (a full disk) keeps the edit for the next try.
      if (!(error instanceof Error && error.message.endsWith('is not in the database'))) throw error;
    }
  } else {
    const parsed = StakeholderChange.safeParse(change);
    if (parsed.success) await patchStakeholder(database, edit.id, parsed.data, edit.at);
  }
}
