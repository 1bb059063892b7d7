// Writes the table of docs/performance.md from bench/results.json (the last `npm run bench`),
// between its marker comments. --check: changes nothing, exits 1 if the table is not the one
// results.json gives.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderTable, replaceTable } from '../bench/table.mjs';

const root = resolve(import.meta.dirname, '..');
const resultsFile = join(root, 'bench', 'results.json');
const docFile = join(root, 'docs', 'performance.md');

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
if (process.argv.includes('--check')) {
  if (next !== doc) {
    console.error('docs/performance.md does not show bench/results.json: run `node scripts/performance-table.mjs`.');
    process.exit(1);
  }
  console.log('docs/performance.md shows bench/results.json.');
} else {
  writeFileSync(docFile, next);
  console.log(`Wrote the table of docs/performance.md from bench/results.json (${entries.length} entries).`);
}
