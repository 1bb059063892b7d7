// Numbers for the benchmark table: percentiles, metric entries, budgets and the printout.

/**
 * @typedef {{ on: 'p50' | 'p95' | 'value' | 'ratio', max: number, text: string }} Budget
 * @typedef {{ id: string, name: string, unit: string, budget?: Budget }} Descriptor What a metric is, before it is measured.
 * @typedef {{ name: string, samples?: number[], value?: number }} Baseline
 * @typedef {Descriptor & { samples?: number[], value?: number, baseline?: Baseline | undefined, note?: string, extra?: object }} Measured
 * @typedef {object} Entry One row of results.json.
 * @property {string} id
 * @property {string} name
 * @property {string} unit
 * @property {number} [p50]
 * @property {number} [p95]
 * @property {number} [samples] how many samples
 * @property {number} [min]
 * @property {number} [max]
 * @property {number} [value]
 * @property {number} [baseline] the baseline's p50 or value
 * @property {number} [baselineP95]
 * @property {string} [baselineName]
 * @property {number} [ratio]
 * @property {string} [budget] the budget's text
 * @property {boolean | null} pass null: shown for information
 * @property {string} [note]
 * @property {object} [extra]
 * @property {string} [error] why it could not be measured
 * @typedef {{ descriptor: Descriptor, error: unknown }} Unmeasured A metric of a group that failed while the group's others were measured.
 */

/**
 * Nearest-rank percentile (p in 0..100) of a list of numbers.
 * @param {number[]} values
 * @param {number} p
 * @returns {number | undefined}
 */
export function percentile(values, p) {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

/** @param {number[]} values */
export function summarize(values) {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    min: values.length ? Math.min(...values) : undefined,
    max: values.length ? Math.max(...values) : undefined,
    mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined,
  };
}

/** @type {(x: number | undefined, digits?: number) => number | undefined} */
const round = (x, digits = 3) => (typeof x === 'number' && Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

/**
 * One row of results.json.
 * - samples: latencies (p50/p95 reported) or `value`: a single figure (sizes).
 * - baseline: { name, samples | value } measured in the same run.
 * - budget: { on: 'p50'|'p95'|'value'|'ratio', max, text } or undefined for figures shown for information.
 * `ratio` is p50 / baseline p50 (or value / baseline value).
 *
 * @param {Measured} measured
 * @returns {Entry}
 */
export function metric({ id, name, unit, samples, value, baseline, budget, note, extra }) {
  // `pass` is set below, after the figures: the keys keep this order in results.json.
  const entry = /** @type {Entry} */ ({ id, name, unit });
  if (samples) {
    const s = summarize(samples);
    Object.assign(entry, { p50: round(s.p50), p95: round(s.p95), samples: s.n, min: round(s.min), max: round(s.max) });
  } else {
    entry.value = round(value);
  }
  if (baseline) {
    /** @type {{ p50: number | undefined, p95?: number | undefined }} */
    const b = baseline.samples ? summarize(baseline.samples) : { p50: baseline.value };
    entry.baseline = round(b.p50);
    if (baseline.samples) entry.baselineP95 = round(b.p95);
    entry.baselineName = baseline.name;
    const mine = entry.p50 ?? entry.value;
    entry.ratio = typeof mine === 'number' && b.p50 ? round(mine / b.p50, 2) : undefined;
  }
  if (budget) {
    entry.budget = budget.text;
    const actual = budget.on === 'ratio' ? entry.ratio : entry[budget.on];
    entry.pass = typeof actual === 'number' ? actual <= budget.max : false;
  } else {
    entry.pass = null;
  }
  if (note) entry.note = note;
  if (extra) entry.extra = extra;
  return entry;
}

/**
 * A metric that could not be measured: reported as failed, with the error.
 * @param {Descriptor} descriptor
 * @param {unknown} error
 * @returns {Entry}
 */
export function failed({ id, name, unit, budget }, error) {
  return {
    id,
    name,
    unit,
    budget: budget?.text,
    pass: budget ? false : null,
    error: error instanceof Error ? `${error.message}`.split('\n').slice(0, 6).join(' ') : String(error),
  };
}

/**
 * @param {number | undefined} x
 * @param {string} unit
 */
function fmt(x, unit) {
  if (typeof x !== 'number') return '';
  if (unit === 'bytes') return x >= 1024 ? `${(x / 1024).toFixed(2)} KB` : `${x} B`;
  if (unit === 'MB') return `${x.toFixed(2)} MB`;
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

/**
 * The table printed at the end of a run.
 * @param {Entry[]} entries
 */
export function formatTable(entries) {
  const head = ['metric', 'unit', 'p50 / value', 'p95', 'baseline', 'ratio', 'budget', 'result'];
  const rows = entries.map((e) => [
    e.name,
    e.unit === 'bytes' ? '' : (e.unit ?? ''),
    fmt(e.p50 ?? e.value, e.unit),
    fmt(e.p95, e.unit),
    e.baseline !== undefined ? `${fmt(e.baseline, e.unit)}${e.baselineP95 !== undefined ? ` (p95 ${fmt(e.baselineP95, e.unit)})` : ''}` : '',
    e.ratio !== undefined ? `${e.ratio}×` : '',
    e.budget ?? '',
    e.error ? `ERROR` : e.pass === null ? 'info' : e.pass ? 'pass' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  /** @param {string[]} cells */
  const line = (cells) => cells.map((c, i) => (i >= 2 && i <= 5 ? String(c).padStart(widths[i] ?? 0) : String(c).padEnd(widths[i] ?? 0))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const notes = entries.filter((e) => e.error || e.note).map((e) => `- ${e.name}: ${e.error ? `ERROR ${e.error}` : e.note}`);
  if (notes.length) out.push('', ...notes);
  return out.join('\n');
}
