import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/backup/csv';
import { makeExport, NOW } from '../report/helpers';

/** Every blank a spreadsheet may trim before it reads a cell, and the zero-width ones. */
const BLANKS = [
  ' ',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u00A0',
  '\u1680',
  '\u2000',
  '\u2007',
  '\u200A',
  '\u2028',
  '\u2029',
  '\u202F',
  '\u205F',
  '\u3000',
  '\uFEFF',
  '\u200B',
  '\u2060',
];
const FORMULA = ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\uFF1D1+1', '=HYPERLINK("https://evil.example","x")'];

function nameCells(names: string[]): string[] {
  const data = makeExport(
    { id: 'a', name: 'Ana' },
    names.map((name, i) => ({ id: `r${String(i).padStart(4, '0')}`, name })),
  );
  const rows = Papa.parse<string[]>(toCsv(data, { now: NOW }).slice(1), { skipEmptyLines: true }).data;
  return rows.slice(1).map((row) => row[3]!);
}

describe('CSV formula guard after leading blanks', () => {
  it('guards a formula after any run of blanks', () => {
    const names: string[] = [];
    for (const blank of BLANKS) for (const formula of FORMULA) names.push(blank + formula, blank + blank + ' ' + formula);
    const cells = nameCells(names);
    expect(cells).toHaveLength(names.length);
    cells.forEach((cell, i) => expect(cell, JSON.stringify(names[i])).toBe(`'${names[i]}`));
  });

  it('leaves text that only has blanks before ordinary words, and formula characters later on', () => {
    const names = [' Acme', '\u00A0Acme = big', 'Acme-Corp', 'a@b.example', ' 12 + 3'];
    expect(nameCells(names)).toEqual(names);
  });

  it('still guards a cell starting with a tab or a carriage return whatever follows', () => {
    expect(nameCells(['\tAcme', '\rAcme'])).toEqual(["'\tAcme", "'\rAcme"]);
  });
});
