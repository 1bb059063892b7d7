// Numbers for the benchmark table: percentiles, metric entries, budgets and the printout.

/** Nearest-rank percentile (p in 0..100) of a list of numbers. */
export function percentile(values, p) {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

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

const round = (x, digits = 3) => (typeof x === 'number' && Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

/**
 * One row of results.json.
 * - samples: latencies (p50/p95 reported) or `value`: a single figure (sizes).
 * - baseline: { name, samples | value } measured in the same run.
 * - budget: { on: 'p50'|'p95'|'value'|'ratio', max, text } or undefined for figures shown for information.
 * `ratio` is p50 / baseline p50 (or value / baseline value).
 */
export function metric({ id, name, unit, samples, value, baseline, budget, note, extra }) {
  const entry = { id, name, unit };
  if (samples) {
    const s = summarize(samples);
    Object.assign(entry, { p50: round(s.p50), p95: round(s.p95), samples: s.n, min: round(s.min), max: round(s.max) });
  } else {
    entry.value = round(value);
  }
  if (baseline) {
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

/** A metric that could not be measured: reported as failed, with the error. */
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

function fmt(x, unit) {
  if (typeof x !== 'number') return '';
  if (unit === 'bytes') return x >= 1024 ? `${(x / 1024).toFixed(2)} KB` : `${x} B`;
  if (unit === 'MB') return `${x.toFixed(2)} MB`;
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

/** The table printed at the end of a run. */
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
  const line = (cells) => cells.map((c, i) => (i >= 2 && i <= 5 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const notes = entries.filter((e) => e.error || e.note).map((e) => `- ${e.name}: ${e.error ? `ERROR ${e.error}` : e.note}`);
  if (notes.length) out.push('', ...notes);
  return out.join('\n');
}
