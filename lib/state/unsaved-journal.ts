import { z } from 'zod/mini';
import { CriterionChange } from '../model/checklist';
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
 * transaction begun in pagehide. So every edit waiting for its debounced write is also
 * noted, synchronously, in localStorage (one key per sidebar instance); the next sidebar
 * to open replays what was left with the original timestamps, so the per-field merge
 * still lets newer writes win. The journal is a backstop: if storage refuses it, the
 * debounced write still runs and reports its own failure.
 */
export class UnsavedJournal {
  private readonly entries = new Map<string, UnsavedEdit>();
  /** This sidebar's own key: its edits are its own saver's to write. */
  readonly key: string;

  constructor(
    private readonly webStorage: Storage | undefined,
    databaseName: string,
  ) {
    this.key = `${PREFIX}${databaseName}:${crypto.randomUUID()}`;
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
    try {
      if (this.entries.size) this.webStorage?.setItem(this.key, JSON.stringify([...this.entries.values()]));
      else this.webStorage?.removeItem(this.key);
    } catch {
      // Full or blocked storage: only the backstop is lost, the write itself still runs.
    }
  }
}

/**
 * Takes (reads and removes) the edits left by other sidebars of this database, typically
 * closed too soon. A sidebar still open loses nothing: its own saver still writes them.
 */
export function takeLeftovers(webStorage: Storage | undefined, databaseName: string, ownKey = ''): UnsavedEdit[] {
  if (!webStorage) return [];
  const prefix = `${PREFIX}${databaseName}:`;
  const keys = Array.from({ length: webStorage.length }, (_, i) => webStorage.key(i)).filter(
    (k): k is string => k !== null && k !== ownKey && k.startsWith(prefix),
  );
  const edits: UnsavedEdit[] = [];
  for (const key of keys) {
    const raw = webStorage.getItem(key);
    webStorage.removeItem(key);
    try {
      const parsed = z.array(UnsavedEdit).safeParse(JSON.parse(raw ?? '[]'));
      if (parsed.success) edits.push(...parsed.data);
    } catch {
      // Not JSON: nothing recoverable in it.
    }
  }
  return edits;
}

/** Writes leftover edits, each as the single-field patch it was, at its original time. */
export async function replayLeftovers(database: ClosewardDb, edits: readonly UnsavedEdit[]): Promise<void> {
  for (const edit of edits) {
    const change = { [edit.field]: edit.value };
    if (edit.target === 'criterion') {
      const parsed = CriterionChange.safeParse(change);
      if (parsed.success) await patchCriterion(database, edit.recordKey, edit.id, parsed.data, edit.at);
    } else if (edit.target === 'record') {
      const parsed = RecordChange.safeParse(change);
      if (parsed.success && (await database.records.get(edit.recordKey))) await patchRecord(database, edit.recordKey, parsed.data, edit.at);
    } else {
      const parsed = StakeholderChange.safeParse(change);
      if (parsed.success) await patchStakeholder(database, edit.id, parsed.data, edit.at);
    }
  }
}
