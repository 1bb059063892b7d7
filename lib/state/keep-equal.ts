/**
 * `next`, with every part deeply equal to the same part of `prev` replaced by `prev`'s
 * (structural sharing). Every read of a record hands back new objects, even when only
 * `lastVisited` changed; sharing what did not change lets memoized sections see the same
 * props and skip their render. For plain data as IndexedDB returns it: objects, arrays and
 * primitives; anything else is compared by identity.
 */
export function keepEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    const out = new Array<unknown>(next.length);
    for (let i = 0; i < next.length; i++) {
      out[i] = keepEqual(prev[i], next[i]);
      if (out[i] !== prev[i]) same = false;
    }
    return (same ? prev : out) as T;
  }
  if (isPlain(next) && isPlain(prev)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = keepEqual(prev[key], next[key]);
      out[key] = value;
      if (value !== prev[key] || !(key in prev)) same = false;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
