// Writes the table of docs/performance.md and the README's short one from bench/results.json
// (the last `npm run bench`), between their marker comments. --check: changes nothing, exits 1
// if either is not the one results.json gives.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderSummary, renderTable, replaceTable, SUMMARY_END, SUMMARY_START } from '../bench/table.mjs';

const root = resolve(import.meta.dirname, '..');
const resultsFile = join(root, 'bench', 'results.json');
const docFile = join(root, 'docs', 'performance.md');
const readmeFile = join(root, 'README.md');

if (!existsSync(resultsFile)) {
  console.error('No bench/results.json: run `npm run bench` first.');
  process.exit(2);
}
let entries;
try {
  entries = JSON.parse(readFileSync(resultsFile, 'utf8'));
} catch (error) {
  console.error(`bench/results.json is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const doc = readFileSync(docFile, 'utf8');
const next = replaceTable(doc, renderTable(entries));
const readme = readFileSync(readmeFile, 'utf8');
const nextReadme = replaceTable(readme, renderSummary(entries), SUMMARY_START, SUMMARY_END);
if (process.argv.includes('--check')) {
  if (next !== doc || nextReadme !== readme) {
    console.error('docs/performance.md or README.md does not show bench/results.json: run `node scripts/performance-table.mjs`.');
    process.exit(1);
  }
  console.log('docs/performance.md and README.md show bench/results.json.');
} else {
  writeFileSync(docFile, next);
  writeFileSync(readmeFile, nextReadme);
  console.log(`Wrote the tables of docs/performance.md and README.md from bench/results.json (${entries.length} entries).`);
}
