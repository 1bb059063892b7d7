/** How often writes refused for want of space are tried again while the tab stays open. */
export const RETRY_MS = 30_000;

/**
 * Debounced writes keyed by what they write (e.g. "criterion:budget:evidence"): a newer
 * edit of the same thing replaces the waiting one. `flush()` runs everything waiting now
 * (on pagehide, before switching records). Failures are reported, never swallowed.
 *
 * A write the browser refused for want of space is kept and tried again every RETRY_MS
 * and with the next edit, so text typed on a full disk is saved once space comes back,
 * without a reload. A newer edit of the same thing replaces it.
 */
export class Saver {
  private waiting = new Map<string, () => Promise<unknown>>();
  private failed = new Map<string, () => Promise<unknown>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = new Set<Promise<unknown>>();
  /** Refused writes were put back to be tried again, and nothing has failed since. */
  private retrying = false;

  constructor(
    private readonly delayMs: number,
    private readonly onError: (error: unknown) => void,
    /** Nothing is waiting or being written; `recovered` when writes refused earlier have all landed now. */
    private readonly onIdle: (recovered: boolean) => void = () => {},
    private readonly retryMs = RETRY_MS,
  ) {}

  schedule(id: string, write: () => Promise<unknown>, immediate = false): void {
    this.failed.delete(id);
    this.waiting.set(id, write);
    // The next edit is a good moment to try the refused writes again.
    this.retryFailed();
    if (immediate) {
      void this.flush();
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  get pending(): boolean {
    return this.waiting.size > 0 || this.inFlight.size > 0;
  }

  /** Writes refused for want of space, waiting for their next try: their text is not saved yet. */
  get unsaved(): number {
    return this.failed.size;
  }

  has(id: string): boolean {
    return this.waiting.has(id);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const writes = [...this.waiting];
    this.waiting.clear();
    const runs = writes.map(([id, write]) => {
      const run = write()
        .catch((error: unknown) => {
          this.retrying = false;
          if (isQuotaError(error) && !this.waiting.has(id)) this.keepForRetry(id, write);
          this.onError(error);
        })
        .finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
      return run;
    });
    await Promise.all([...this.inFlight, ...runs]);
    if (this.pending) return;
    const recovered = this.retrying && this.failed.size === 0;
    if (recovered) this.retrying = false;
    this.onIdle(recovered);
  }

  /** Tries the refused writes again now (also what the retry timer does). */
  retry(): Promise<void> {
    this.retryFailed();
    return this.flush();
  }

  /** Stops the retry timer (the store is disposed); what is unsaved stays in the journal. */
  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private keepForRetry(id: string, write: () => Promise<unknown>): void {
    this.failed.set(id, write);
    this.retryTimer ??= setTimeout(() => {
      this.retryTimer = undefined;
      void this.retry();
    }, this.retryMs);
  }

  private retryFailed(): void {
    if (this.failed.size) this.retrying = true;
    for (const [id, write] of this.failed) if (!this.waiting.has(id)) this.waiting.set(id, write);
    this.failed.clear();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}

/** Whether IndexedDB (or Dexie, which wraps its errors) refused a write for want of space. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { inner?: unknown }).inner, depth++) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return /quota/i.test(String(error));
}

/** A message a rep can act on, from whatever IndexedDB threw. */
export function describeSaveError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'Not saved: the browser has no storage space left for Closeward. Your text is kept and saved as soon as there is space; free disk space to save it.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Not saved: the local database refused the change (${detail}). Your text is still here; try again.`;
}
