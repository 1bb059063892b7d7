/** 0.456 → "46%"; null (nothing to divide by) → "–". */
export function percent(share: number | null): string {
  return share === null || !Number.isFinite(share) ? '–' : `${Math.round(share * 100)}%`;
}

/** A share of a whole, guarded against an empty whole. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

// One formatter for every number of the page: n.toLocaleString() would look the locale up
// again for each of the hundreds of numbers a roll-up shows.
const NUMBER = new Intl.NumberFormat();

/** 12345 → "12,345" in the browser's language, as toLocaleString() writes it. */
export function count(n: number): string {
  return NUMBER.format(n);
}
