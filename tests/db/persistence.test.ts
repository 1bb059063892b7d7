import { describe, expect, it } from 'vitest';
import { requestPersistence } from '../../lib/db/persistence';

function manager(persisted: boolean, grants: boolean | Error) {
  const calls: string[] = [];
  const storage = {
    persisted: async () => {
      calls.push('persisted');
      return persisted;
    },
    persist: async () => {
      calls.push('persist');
      if (grants instanceof Error) throw grants;
      return grants;
    },
  } as unknown as StorageManager;
  return { storage, calls };
}

describe('asking the browser to keep the storage', () => {
  it('does not ask again when the storage is persisted already', async () => {
    const { storage, calls } = manager(true, false);
    expect(await requestPersistence(storage)).toBe('persisted');
    expect(calls).toEqual(['persisted']);
  });

  it('asks, and says what the browser answered', async () => {
    expect(await requestPersistence(manager(false, true).storage)).toBe('persisted');
    expect(await requestPersistence(manager(false, false).storage)).toBe('refused');
    expect(await requestPersistence(manager(false, new DOMException('no', 'InvalidStateError')).storage)).toBe('refused');
  });

  it('says so where the API is missing (workers, older browsers)', async () => {
    expect(await requestPersistence({} as StorageManager)).toBe('unsupported');
  });
});
