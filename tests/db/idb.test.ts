import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from '../../lib/db/idb';

let db: IDBDatabase;
const NAME = 'closeward-idb-test';

beforeEach(async () => {
  const open = indexedDB.open(NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
  db = await request(open);
});

afterEach(async () => {
  db.close();
  await request(indexedDB.deleteDatabase(NAME));
});

describe('request', () => {
  it('resolves with what the request read', async () => {
    const tx = db.transaction('rows', 'readwrite');
    await request(tx.objectStore('rows').put({ id: 'a', n: 1 }));
    expect(await request(tx.objectStore('rows').get('a'))).toEqual({ id: 'a', n: 1 });
    expect(await request(tx.objectStore('rows').get('missing'))).toBeUndefined();
  });

  it("rejects with the request's own error", async () => {
    const tx = db.transaction('rows', 'readwrite');
    tx.onerror = (event) => event.preventDefault(); // the transaction outlives the failed add
    await request(tx.objectStore('rows').add({ id: 'a' }));
    await expect(request(tx.objectStore('rows').add({ id: 'a' }))).rejects.toMatchObject({ name: 'ConstraintError' });
  });
});
