/**
 * Debounced writes keyed by what they write (e.g. "criterion:budget:evidence"): a newer
 * edit of the same thing replaces the waiting one. `flush()` runs everything waiting now
 * (on pagehide, before switching records). Failures are reported, never swallowed.
 */
export class Saver {
  private waiting = new Map<string, () => Promise<unknown>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly delayMs: number,
    private readonly onError: (error: unknown) => void,
    private readonly onIdle: () => void = () => {},
  ) {}

  schedule(id: string, write: () => Promise<unknown>, immediate = false): void {
    this.waiting.set(id, write);
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

  has(id: string): boolean {
    return this.waiting.has(id);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const writes = [...this.waiting.values()];
    this.waiting.clear();
    const runs = writes.map((write) => {
      const run = write().catch(this.onError).finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
      return run;
    });
    await Promise.all([...this.inFlight, ...runs]);
    if (!this.pending) this.onIdle();
  }
}

/** A message a rep can act on, from whatever IndexedDB threw. */
export function describeSaveError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'Not saved: the browser has no storage space left for Closeward. Free disk space, then edit again.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Not saved: the local database refused the change (${detail}). Your text is still here; try again.`;
}
