/** Another rep's export that holds most of the records of the one being added. */
export interface Overlap {
  repId: string;
  name: string;
  /** Records of the new export the other one has too, and their share of the new export. */
  shared: number;
  share: number;
}

/** More than this share of records in common looks like one rep's data under another id. */
export const DUPLICATE_SHARE = 0.5;

/**
 * The other rep (not `repId` itself: a re-export of the same rep replaces it) whose records
 * overlap the new export's by more than half; the largest overlap when several do.
 */
export function findOverlap(
  incoming: { repId: string; keys: readonly string[] },
  others: readonly { repId: string; name: string; keys: ReadonlySet<string> }[],
): Overlap | undefined {
  const keys = new Set(incoming.keys);
  const total = keys.size;
  if (!total) return undefined;
  let best: Overlap | undefined;
  for (const other of others) {
    if (other.repId === incoming.repId) continue;
    let shared = 0;
    for (const key of keys) if (other.keys.has(key)) shared++;
    const share = shared / total;
    if (share > DUPLICATE_SHARE && (!best || shared > best.shared)) best = { repId: other.repId, name: other.name, shared, share };
  }
  return best;
}
