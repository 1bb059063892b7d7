// The table of docs/performance.md, made from bench/results.json: one row per metric with its
// percentiles, the same run's baseline, the ratio and the budget. Pure functions, shared by
// scripts/performance-table.mjs and its test.

export const TABLE_START = '<!-- bench-table:start (scripts/performance-table.mjs writes this part) -->';
export const TABLE_END = '<!-- bench-table:end -->';
export const SUMMARY_START = '<!-- bench-summary:start (scripts/performance-table.mjs writes this part) -->';
export const SUMMARY_END = '<!-- bench-summary:end -->';

function number(x, unit) {
  if (typeof x !== 'number') return '';
  if (unit === 'bytes') return `${(x / 1024).toFixed(2)} KB`;
  if (unit === 'MB') return `${x.toFixed(2)} MB`;
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  return `${x.toFixed(digits)}${unit && unit !== 's' ? ` ${unit}` : unit === 's' ? ' s' : ''}`;
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function result(entry) {
  if (entry.error) return 'not measured';
  if (entry.pass === null || entry.pass === undefined) return 'info';
  return entry.pass ? 'pass' : '**over budget**';
}

/** The markdown table of a results.json array, with the run's conditions under it. */
export function renderTable(entries) {
  if (!Array.isArray(entries)) throw new Error('bench/results.json: expected an array of metric entries');
  const run = entries.find((e) => e.id === 'run.total');
  const rows = entries.filter((e) => e !== run);
  const lines = ['| metric | p50 / value | p95 | baseline p50 (p95) | ratio | budget | result |', '| --- | ---: | ---: | --- | ---: | --- | --- |'];
  for (const e of rows) {
    if (typeof e.id !== 'string' || typeof e.name !== 'string')
      throw new Error(`bench/results.json: an entry without id or name (${JSON.stringify(e).slice(0, 80)})`);
    const baseline =
      e.baseline !== undefined
        ? `${number(e.baseline, e.unit)}${e.baselineP95 !== undefined ? ` (${number(e.baselineP95, e.unit)})` : ''}: ${e.baselineName}`
        : '';
    lines.push(
      `| ${cell(e.name)} | ${number(e.p50 ?? e.value, e.unit)} | ${number(e.p95, e.unit)} | ${cell(baseline)} | ${e.ratio !== undefined ? `${e.ratio}×` : ''} | ${cell(e.budget ?? '')} | ${result(e)} |`,
    );
  }
  const notMeasured = rows.filter((e) => e.error);
  if (notMeasured.length) lines.push('', 'Not measured in this run:', '', ...notMeasured.map((e) => `- ${cell(e.name)}: ${cell(e.error)}`));
  if (run) {
    const note = cell(run.note ?? '').replace(/([^.])$/, '$1.');
    lines.push(
      '',
      `Whole run: ${number(run.value, 's')}. ${note}${run.extra?.measuredAt ? ` Measured ${run.extra.measuredAt.slice(0, 16).replace('T', ' ')} UTC.` : ''}`,
    );
  }
  return lines.join('\n');
}

/**
 * The short table of the README: each metric with a budget, the figure the budget is on (p95,
 * or the value) and whether it holds, with the run's date.
 */
export function renderSummary(entries) {
  if (!Array.isArray(entries)) throw new Error('bench/results.json: expected an array of metric entries');
  const run = entries.find((e) => e.id === 'run.total');
  const lines = ['| what | measured | budget | result |', '| --- | ---: | --- | --- |'];
  for (const e of entries) {
    if (e === run || !e.budget) continue;
    const onP95 = /^p95/.test(e.budget) && e.p95 !== undefined;
    // A budget against the baseline ("≤ 3× new URL()") is on the ratio.
    const onRatio = e.budget.includes('×') && e.ratio !== undefined;
    const figure = e.error
      ? ''
      : onRatio
        ? `${e.ratio}× (p50 ${number(e.p50, e.unit)})`
        : `${number(onP95 ? e.p95 : (e.value ?? e.p50), e.unit)}${onP95 ? ' p95' : ''}`;
    lines.push(`| ${cell(e.name)} | ${figure} | ${cell(e.budget)} | ${result(e)} |`);
  }
  if (run?.extra?.measuredAt)
    lines.push('', `\`npm run bench\`, ${run.extra.measuredAt.slice(0, 10)}; every figure with its same-run baseline in [performance](docs/performance.md).`);
  return lines.join('\n');
}

/**
 * `doc` with the part between the markers replaced by `table`; throws if the markers are missing.
 * @param {string} [startMarker]
 * @param {string} [endMarker]
 */
export function replaceTable(doc, table, startMarker = TABLE_START, endMarker = TABLE_END) {
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker);
  if (start === -1 || end === -1 || end < start) throw new Error(`the document needs the lines ${startMarker} and ${endMarker}, in that order`);
  return `${doc.slice(0, start + startMarker.length)}\n${table}\n${doc.slice(end)}`;
}
