/**
 * Asks the browser to keep the extension's storage under storage pressure (Storage
 * Standard: a "persistent" bucket is not evicted). Must be called from a page (the side
 * panel, the options page): `persist()` is not exposed to workers. Answers what the
 * browser says, or 'unsupported'. docs/decisions/002-storage-persistence.md has why.
 */
export type Persistence = 'persisted' | 'refused' | 'unsupported';

export async function requestPersistence(manager: StorageManager | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  if (!manager || typeof manager.persist !== 'function') return 'unsupported';
  try {
    if (typeof manager.persisted === 'function' && (await manager.persisted())) return 'persisted';
    return (await manager.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'refused';
  }
}
