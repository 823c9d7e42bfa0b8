// The floor for any Node tool that scans a log (the baseline of the `scan` row): read the whole file,
// decode it, and run one regex of every catalog symbol over it. Usage: node regex-floor.js FILE PATTERN_FILE
import { readFileSync } from 'node:fs';

const [file, patternFile] = process.argv.slice(2);
const text = readFileSync(file ?? '', 'utf8');
const regex = new RegExp(readFileSync(patternFile ?? '', 'utf8'), 'g');
let matches = 0;
while (regex.exec(text) !== null) matches += 1;
process.stdout.write(`${matches}\n`);
