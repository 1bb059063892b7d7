import type { ClosewardDb } from '../db/database';
import { noteVisit } from '../db/visits';
import type { RecordPage } from '../model/record';

/**
 * The visit (lastVisited, or the record's first sight) of the page asked for last: written
 * once, after the record's first read, so the read does not queue behind the write. A name
 * that arrives before that read joins the one write.
 */
export class VisitWrite {
  private started = false;
  private markDone: () => void = () => {};
  /** Settles when the visit's write has landed or failed (failures go to `fail`). */
  readonly done = new Promise<void>((resolve) => (this.markDone = resolve));

  constructor(
    private readonly database: ClosewardDb,
    /** The latest page of this key (it may have gained its name meanwhile) and its URL. */
    public page: RecordPage,
    private url: string,
    private readonly fail: (error: unknown) => void,
  ) {}

  get key(): string {
    return this.page.key;
  }

  /** Writes the visit, the first time only. */
  write(): void {
    if (this.started) return;
    this.started = true;
    void noteVisit(this.database, this.page, this.url).catch(this.fail).finally(this.markDone);
  }

  /**
   * A newer page of the same record (it gained its name). Before the first read the one write
   * takes it (a write now would delay the read behind it); after, the visit is written again.
   */
  async renamed(page: RecordPage, url: string): Promise<void> {
    if (this.started) {
      await noteVisit(this.database, page, url).catch(this.fail);
      return;
    }
    this.page = page;
    this.url = url;
    await this.done;
  }
}
