/**
 * One plain IndexedDB request as a promise, settled by the request's own success or error
 * event: for the reads and writes that go under Dexie on its connection
 * (docs/decisions/015-raw-indexeddb-reads.md).
 */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('An IndexedDB request failed without an error.'));
  });
}
