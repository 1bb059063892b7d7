/** The page's localStorage (edits waiting to be written, what is kept for the next opening); undefined when the browser blocks it. */
export function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
