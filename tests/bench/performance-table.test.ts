import { describe, expect, it } from 'vitest';
import { renderSummary, renderTable, replaceTable, SUMMARY_END, SUMMARY_START, TABLE_END, TABLE_START } from '../../bench/table.mjs';

const entries = [
  {
    id: 'panel.navigation',
    name: 'in-app navigation → panel shows record',
    unit: 'ms',
    p50: 7.25,
    p95: 14.5,
    baseline: 2.1,
    baselineP95: 3.4,
    baselineName: "the page's navigatesuccess",
    ratio: 3.45,
    budget: 'p95 ≤ 16 ms',
    pass: true,
  },
  { id: 'size.panelEager', name: 'panel JS loaded at once (gzip)', unit: 'bytes', value: 88228, budget: '≤ 60 KB', pass: false },
  { id: 'panel.dayView', name: 'day view | shown', unit: 'ms', budget: 'p95 ≤ 100 ms', pass: false, error: 'the panel set no closeward:day-shown mark' },
  { id: 'run.total', name: 'whole benchmark run', unit: 's', value: 301.4, note: 'Chromium 156', extra: { measuredAt: '2026-12-05T10:01:02.000Z' } },
];

describe('the performance table', () => {
  it('gives each metric its percentiles, baseline, ratio, budget and result', () => {
    const table = renderTable(entries);
    expect(table).toContain(
      "| in-app navigation → panel shows record | 7.25 ms | 14.5 ms | 2.10 ms (3.40 ms): the page's navigatesuccess | 3.45× | p95 ≤ 16 ms | pass |",
    );
    expect(table).toContain('| panel JS loaded at once (gzip) | 86.16 KB |  |  |  | ≤ 60 KB | **over budget** |');
    expect(table).toContain('| day view \\| shown |');
    expect(table).toContain('- day view \\| shown: the panel set no closeward:day-shown mark');
    expect(table).toContain('Whole run: 301 s. Chromium 156. Measured 2026-12-05 10:01 UTC.');
    expect(table).not.toContain('| whole benchmark run |');
  });

  it('refuses results that are not a list of metrics', () => {
    expect(() => renderTable({})).toThrow(/expected an array/);
    expect(() => renderTable([{ p50: 1 }])).toThrow(/without id or name/);
  });

  it('replaces only what lies between the markers', () => {
    const doc = `# Performance\n\nbefore\n${TABLE_START}\nold table\n${TABLE_END}\nafter\n`;
    const next = replaceTable(doc, 'new table');
    expect(next).toBe(`# Performance\n\nbefore\n${TABLE_START}\nnew table\n${TABLE_END}\nafter\n`);
    expect(replaceTable(next, 'new table')).toBe(next);
  });

  it('says which markers are missing instead of writing the table anywhere', () => {
    expect(() => replaceTable('# Performance\n', 'table')).toThrow(/needs the lines/);
    expect(() => replaceTable(`${TABLE_END}\n${TABLE_START}\n`, 'table')).toThrow(/in that order/);
  });

  it("gives the README each budget's figure and result, on the percentile the budget names", () => {
    const summary = renderSummary(entries);
    expect(summary).toContain('| in-app navigation → panel shows record | 14.5 ms p95 | p95 ≤ 16 ms | pass |');
    expect(summary).toContain('| panel JS loaded at once (gzip) | 86.16 KB | ≤ 60 KB | **over budget** |');
    expect(summary).toContain('| day view \\| shown |  | p95 ≤ 100 ms | not measured |');
    expect(summary).toContain('`npm run bench`, 2026-12-05');
    expect(
      renderSummary([{ id: 'recognizer', name: 'recognizer per URL', unit: 'µs', p50: 0.8, p95: 2.7, ratio: 2.41, budget: '≤ 3× new URL()', pass: true }]),
    ).toContain('| recognizer per URL | 2.41× (p50 0.80 µs) | ≤ 3× new URL() | pass |');
    expect(summary).not.toContain('whole benchmark run');
    const readme = `# Closeward\n${SUMMARY_START}\nold\n${SUMMARY_END}\n`;
    expect(replaceTable(readme, summary, SUMMARY_START, SUMMARY_END)).toBe(`# Closeward\n${SUMMARY_START}\n${summary}\n${SUMMARY_END}\n`);
  });
});
