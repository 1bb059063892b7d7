/** 0.456 → "46%"; null (nothing to divide by) → "–". */
export function percent(share: number | null): string {
  return share === null || !Number.isFinite(share) ? '–' : `${Math.round(share * 100)}%`;
}

/** A share of a whole, guarded against an empty whole. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function count(n: number): string {
  return n.toLocaleString();
}
