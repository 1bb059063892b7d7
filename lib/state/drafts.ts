import type { CriterionFields } from '../model/checklist';
import type { StakeholderFields } from '../model/stakeholder';
import type { RecordFields } from '../model/stored-record';

/**
 * Edits typed but not yet in the database, per entity (a criterion, a person, the record):
 * laid over what the database says so a live update never undoes a keystroke.
 */
export class Drafts<F extends object> {
  private byId = new Map<string, Partial<F>>();

  set(id: string, changes: Partial<F>): void {
    this.byId.set(id, { ...this.byId.get(id), ...changes });
  }

  /** The database now holds `value` for `field`: forget it, unless the rep typed on meanwhile. */
  settle<K extends keyof F>(id: string, field: K, value: Partial<F>[K]): void {
    const draft = this.byId.get(id);
    if (!draft || draft[field] !== value) return;
    delete draft[field];
    if (Object.keys(draft).length === 0) this.byId.delete(id);
  }

  get(id: string): Partial<F> | undefined {
    return this.byId.get(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** `row` with this entity's draft laid over it. */
  over<T extends F>(id: string, row: T): T {
    const draft = this.byId.get(id);
    return draft ? { ...row, ...draft } : row;
  }

  drop(id: string): void {
    this.byId.delete(id);
  }

  clear(): void {
    this.byId.clear();
  }
}

/** The panel's drafts: one layer per kind of row the rep edits. */
export interface SidebarDrafts {
  criteria: Drafts<CriterionFields>;
  record: Drafts<RecordFields>;
  stakeholders: Drafts<StakeholderFields>;
}

export function createSidebarDrafts(): SidebarDrafts {
  return { criteria: new Drafts<CriterionFields>(), record: new Drafts<RecordFields>(), stakeholders: new Drafts<StakeholderFields>() };
}

/** Forgets every draft (the edits belong to a record no longer shown, or are written). */
export function clearDrafts(drafts: SidebarDrafts): void {
  for (const layer of Object.values(drafts)) layer.clear();
}
