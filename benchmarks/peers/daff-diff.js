// The table-diff peer: daff (https://github.com/paulfitz/daff) comparing two CSV exports of a
// catalog with its default flags, as `daff diff old.csv new.csv` would. Prints one JSON line: the
// time to parse both files and to diff them, the peak resident memory, and what the diff reports,
// row by row (added, removed, modified with a changed name = renamed, otherwise edited, moved).
//
//   node daff-diff.js old.csv new.csv
'use strict';
const fs = require('fs');
const daff = require('daff');

const [oldFile, newFile] = process.argv.slice(2);
const NAME_COLUMNS = new Set(['一级事项', '二级事项', '三级事项']);

let start = process.hrtime.bigint();
const csv = new daff.Csv();
const older = csv.makeTable(fs.readFileSync(oldFile, 'utf8'));
const newer = csv.makeTable(fs.readFileSync(newFile, 'utf8'));
const parseMs = Number(process.hrtime.bigint() - start) / 1e6;

start = process.hrtime.bigint();
const flags = new daff.CompareFlags();
const alignment = daff.compareTables(older, newer, flags).align();
const output = new daff.SimpleTable(0, 0);
new daff.TableDiff(alignment, flags).hilite(output);
const diffMs = Number(process.hrtime.bigint() - start) / 1e6;

const counts = { added: 0, removed: 0, renamed: 0, edited: 0, moved: 0 };
let header = [];
for (let r = 0; r < output.get_height(); r++) {
  const action = String(output.getCell(0, r) ?? '');
  const row = [];
  for (let c = 0; c < output.get_width(); c++) row.push(output.getCell(c, r));
  if (action === '@@') {
    header = row.map((cell) => String(cell ?? ''));
  } else if (action === '+++') {
    counts.added++;
  } else if (action === '---') {
    counts.removed++;
  } else if (action.includes('->')) {
    const renamed = row.some(
      (cell, c) => NAME_COLUMNS.has(header[c]) && String(cell ?? '').includes('->'));
    counts[renamed ? 'renamed' : 'edited']++;
  } else if (action.startsWith(':')) {
    counts.moved++;
  }
}
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ parseMs, diffMs, maxRssMb, ...counts }));
