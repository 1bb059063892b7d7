import type { ClosewardDb } from '../../lib/db/database';

/**
 * Every object store of a database, read with plain IndexedDB in one transaction (keys and
 * values, in key order), as a SHA-256: equal digests mean byte-identical contents.
 */
export async function databaseDigest(database: ClosewardDb): Promise<string> {
  await database.open();
  const idb = database.backendDB();
  const names = [...idb.objectStoreNames].sort();
  const tx = idb.transaction(names, 'readonly');
  const read = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const tables = await Promise.all(
    names.map(async (name) => {
      const store = tx.objectStore(name);
      const [keys, values] = await Promise.all([read(store.getAllKeys()), read(store.getAll())]);
      return [name, keys, values];
    }),
  );
  const bytes = new TextEncoder().encode(JSON.stringify(tables));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * A disk that fills up: the first `allowed` writes (put or add, on any object store) go
 * through, every later one throws a QuotaExceededError, until `restore()`.
 */
export function diskFullAfter(allowed: number): { writes: () => number; restore: () => void } {
  const proto = IDBObjectStore.prototype;
  const put = proto.put;
  const add = proto.add;
  let writes = 0;
  const guard = <A extends unknown[]>(real: (this: IDBObjectStore, ...args: A) => IDBRequest<IDBValidKey>) =>
    function (this: IDBObjectStore, ...args: A): IDBRequest<IDBValidKey> {
      if (++writes > allowed) throw quotaError();
      return real.apply(this, args);
    };
  proto.put = guard(put);
  proto.add = guard(add);
  return {
    writes: () => writes,
    restore() {
      proto.put = put;
      proto.add = add;
    },
  };
}
