/**
 * Detection in process: `createDetector` (through core's public door) over a generated log, against
 * the floor any regex-based detector pays: one pass of a single alternation of every catalog symbol
 * over the same text. Interleaved rounds, medians. Then the pasted trace of the Slack rows, with its
 * caches cold against warm (see cold-paste.ts). `npm run bench` runs it as two rows (with `--json`);
 * alone: `npx tsx bench/detect.bench.ts [--mb 8] [--runs 9] [--paste-rounds 100]` also lists the findings.
 */
import { readSlackText } from '../src/adapters/slack/read-text.js';
import { createDetector } from '../src/core/index.js';
import { loadDetectionRules, loadFacts } from '../src/infra/data/index.js';
import eventFixture from '../test/fixtures/slack/event-message.json' with { type: 'json' };
import { EVICT_BYTES, timeColdPaste } from './lib/cold-paste.js';
import { generateLog } from './lib/generate-log.js';
import { median } from './lib/stats.js';
import { catalogSymbols, symbolAlternation } from './lib/symbols.js';

const argValue = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const json = process.argv.includes('--json');
const megabytesWanted = argValue('--mb', 8);
const runs = argValue('--runs', 9);
const pasteRounds = argValue('--paste-rounds', 100);
/**
 * Untimed rounds first: V8 needs about ten passes over a log of megabytes before the detector's
 * functions are optimized for good (each pass until then runs partly unoptimized code, 2–10× slower).
 * A chat process runs for days in that settled state, so that is what the row measures; what the
 * first passes cost is in the whole-process `sockerr scan` row.
 */
const warmups = 10;

/**
 * Times two jobs in alternation, so both see the same machine load (the host may be shared), and
 * returns the median time of each and the median of the per-round ratios.
 */
function timePair(a: () => unknown, b: () => unknown): { aMs: number; bMs: number; ratio: number } {
  for (let i = 0; i < warmups; i++) {
    a();
    b();
  }
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    aTimes.push(performance.now() - t0);
    t0 = performance.now();
    b();
    bTimes.push(performance.now() - t0);
  }
  // a is the floor, b the detector: the detector's speed relative to the floor is aTime / bTime.
  const ratios = aTimes.map((t, i) => t / (bTimes[i] as number));
  return { aMs: median(aTimes), bMs: median(bTimes), ratio: median(ratios) };
}

const facts = loadFacts();
const buildStart = performance.now();
const detect = createDetector(facts, loadDetectionRules());
const buildMs = performance.now() - buildStart;
const log = generateLog(megabytesWanted * 1024 * 1024);
const megabytes = log.length / (1024 * 1024);

const symbols = catalogSymbols();
const floor = new RegExp(symbolAlternation(symbols), 'g');
let floorMatches = 0;
let findings = detect(log);
const timing = timePair(
  () => {
    floorMatches = 0;
    floor.lastIndex = 0;
    while (floor.exec(log) !== null) floorMatches++;
  },
  () => {
    findings = detect(log);
  },
);

// The paste as the Slack adapter reads it (Slack sends `<module>` as `&lt;module&gt;`).
const paste = readSlackText(eventFixture.event.text);
const pasteTiming = timeColdPaste((text) => detect.withMentions(text), paste, pasteRounds);

// The work the confirming step gets: candidates per MB (the speed issue asks for it to be measured).
const candidatesPerMb = detect.countCandidates(log) / megabytes;

const rate = (ms: number) => megabytes / (ms / 1000);
const result = {
  megabytes,
  lines: log.split('\n').length,
  buildMs,
  runs,
  detectMbPerS: rate(timing.bMs),
  floorMbPerS: rate(timing.aMs),
  ratio: timing.ratio,
  findings: findings.length,
  candidatesPerMb,
  occurrences: findings.reduce((sum, f) => sum + f.count, 0),
  floorMatches,
  symbols: symbols.length,
  pasteChars: paste.length,
  pasteRounds,
  pasteEvictMegabytes: EVICT_BYTES / (1024 * 1024),
  pasteColdUs: pasteTiming.coldUs,
  pasteWarmUs: pasteTiming.warmUs,
  pasteRatio: pasteTiming.ratio,
};

if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  console.log(
    `log: ${megabytes.toFixed(1)} MB, ${result.lines} lines (detector built in ${buildMs.toFixed(0)} ms)`,
  );
  console.log(
    `floor  (one alternation regex of ${symbols.length} symbols): ${result.floorMbPerS.toFixed(1)} MB/s, ${floorMatches} matches`,
  );
  console.log(
    `detect (all forms, merged findings):       ${result.detectMbPerS.toFixed(1)} MB/s, ${findings.length} findings, ${candidatesPerMb.toFixed(0)} candidates/MB`,
  );
  console.log(
    `ratio detect/floor: ${timing.ratio.toFixed(2)} (median of ${runs} interleaved rounds; goal ≥ 0.5)`,
  );
  console.log(
    `one pasted trace (${paste.length} characters): ${pasteTiming.coldUs.toFixed(0)} µs with cold caches, ${pasteTiming.warmUs.toFixed(0)} µs warm (×${pasteTiming.ratio.toFixed(1)}, median of ${pasteRounds})`,
  );
  for (const f of findings)
    console.log(
      `  ${f.id.padEnd(6)} ×${String(f.count).padEnd(5)} ${f.confidence.padEnd(6)} ${f.form.padEnd(7)} ${JSON.stringify(f.match)}`,
    );
}
