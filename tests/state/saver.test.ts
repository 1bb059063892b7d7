import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeSaveError, isQuotaError, RETRY_MS, Saver } from '../../lib/state/saver';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A disk that is full until `free()`: writes are recorded once they land. */
function disk() {
  let full = true;
  const landed: string[] = [];
  return {
    landed,
    free: () => (full = false),
    fill: () => (full = true),
    write: (text: string) => async () => {
      if (full) throw quota();
      landed.push(text);
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function saver() {
  const errors: unknown[] = [];
  const idle: boolean[] = [];
  const s = new Saver(
    500,
    (e) => errors.push(e),
    (recovered) => idle.push(recovered),
  );
  return { s, errors, idle };
}

describe('a write refused for want of space', () => {
  it('is tried again every 30 s until space comes back, without a reload', async () => {
    const d = disk();
    const { s, errors, idle } = saver();
    s.schedule('evidence', d.write('Budget signed off'));
    await vi.advanceTimersByTimeAsync(500);
    expect(errors).toHaveLength(1);
    expect(s.unsaved).toBe(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(errors).toHaveLength(2);
    expect(d.landed).toEqual([]);
    d.free();
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(d.landed).toEqual(['Budget signed off']);
    expect(s.unsaved).toBe(0);
    // The store may now take the "Not saved" message down.
    expect(idle.at(-1)).toBe(true);
    // Nothing more to try.
    await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
    expect(d.landed).toHaveLength(1);
    expect(errors).toHaveLength(2);
  });

  it('is tried again with the next edit, of any field', async () => {
    const d = disk();
    const { s } = saver();
    s.schedule('evidence', d.write('first'));
    await vi.advanceTimersByTimeAsync(500);
    d.free();
    s.schedule('status', d.write('second'));
    await vi.advanceTimersByTimeAsync(500);
    expect(d.landed.sort()).toEqual(['first', 'second']);
    expect(s.unsaved).toBe(0);
  });

  it('gives way to a newer edit of the same field', async () => {
    const d = disk();
    const { s } = saver();
    s.schedule('evidence', d.write('older'));
    await vi.advanceTimersByTimeAsync(500);
    d.free();
    s.schedule('evidence', d.write('newer'));
    await vi.advanceTimersByTimeAsync(500);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(d.landed).toEqual(['newer']);
  });

  it('other failures are reported and not tried again', async () => {
    const { s, errors } = saver();
    s.schedule('x', async () => {
      throw new Error('record k is not in the database');
    });
    await vi.advanceTimersByTimeAsync(500);
    expect(errors).toHaveLength(1);
    expect(s.unsaved).toBe(0);
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(errors).toHaveLength(1);
  });

  it('dispose stops the retries', async () => {
    const d = disk();
    const { s, errors } = saver();
    s.schedule('evidence', d.write('x'));
    await vi.advanceTimersByTimeAsync(500);
    s.dispose();
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(errors).toHaveLength(1);
  });
});

describe('quota errors', () => {
  it('are recognized bare, wrapped by Dexie, or by their message', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota() })).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError: disk full'))).toBe(true);
    expect(isQuotaError(new Error('constraint failed'))).toBe(false);
  });

  it('tell the rep the text is kept and will be saved', () => {
    expect(describeSaveError(quota())).toMatch(/^Not saved: .*Your text is kept and saved as soon as there is space/);
  });
});
