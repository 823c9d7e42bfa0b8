// Preloaded (NODE_OPTIONS=--require) into the processes of the `scan` row: when the process exits it
// writes its peak resident set size (getrusage ru_maxrss, in kB) to BENCH_PEAK_RSS_FILE.
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
