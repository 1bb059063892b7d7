import type { StoreApi } from 'zustand/vanilla';
import { emptyCriterion, type CriterionState } from '../model/checklist';
import type { RecordPage } from '../model/record';
import type { StoredRecord } from '../model/stored-record';
import type { SidebarDrafts } from './drafts';
import { keepEqual } from './keep-equal';
import type { RecordSnapshot } from '../db/record-read';
import type { SidebarState } from './sidebar-state';

/**
 * The record the panel shows: the database's last read of it (or, for a record never written
 * to, a provisional row made from its page) with the rep's drafts laid over it.
 */
export class RecordView {
  private snapshot: RecordSnapshot | undefined;
  /** Shown for a record opened for the first time until its first write lands. */
  private provisional: StoredRecord | undefined;

  constructor(
    private readonly store: StoreApi<SidebarState>,
    private readonly drafts: SidebarDrafts,
  ) {}

  /** A record is being opened: nothing read yet; `provisional` stands in until it is written. */
  open(provisional: StoredRecord): void {
    this.snapshot = undefined;
    this.provisional = provisional;
  }

  /** No record is being opened (the page has none). */
  close(): void {
    this.snapshot = undefined;
  }

  /** The page gained its name: the provisional row takes it, shown at once if it stands in. */
  rename(key: string, name: string): void {
    if (this.provisional?.key !== key) return;
    this.provisional = { ...this.provisional, name };
    if (!this.snapshot?.record) this.publish();
  }

  /** A read of record `key` landed. A record not yet written to keeps the clock of its first visit. */
  take(key: string, value: RecordSnapshot): void {
    this.snapshot = value;
    if (value.visit && this.provisional?.key === key) this.provisional = { ...this.provisional, firstSeen: value.visit.firstSeen };
  }

  /**
   * Lays drafts over the snapshot and publishes it. `arriving` is the page whose first read
   * just landed: it becomes the shown page in the same state change as its data, so a
   * record switch costs one render and never shows one record's name over another's data.
   */
  publish(arriving?: RecordPage): void {
    const { store, drafts, snapshot } = this;
    const key = (arriving ?? store.getState().page)?.key;
    if (!key || !snapshot) return;
    const withDraft = (row: StoredRecord | undefined) => row && drafts.record.over(key, row);
    const criteria: Record<string, CriterionState> = {};
    for (const row of snapshot.criteria) criteria[row.criterionId] = row;
    for (const id of drafts.criteria.ids()) criteria[id] = drafts.criteria.over(id, criteria[id] ?? emptyCriterion(key, id));
    // What did not change since the last publish keeps its identity (the visit write makes the
    // record read again and returns equal rows), so only the sections whose data changed render.
    const shown = store.getState();
    store.setState({
      ...(arriving ? { page: arriving, loaded: true, conversationDraft: undefined, saveError: undefined } : {}),
      record: keepEqual(shown.record, withDraft(snapshot.record ?? this.provisional)),
      criteria: keepEqual(shown.criteria, criteria),
      stakeholders: keepEqual(
        shown.stakeholders,
        snapshot.stakeholders.map((p) => drafts.stakeholders.over(p.id, p)),
      ),
      conversations: keepEqual(shown.conversations, snapshot.conversations),
      followUps: keepEqual(shown.followUps, snapshot.followUps),
    });
  }
}
