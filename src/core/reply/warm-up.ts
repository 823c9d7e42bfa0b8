import { type Catalog, type ErrorFacts, LOCALES } from '../catalog/index.js';
import type { Detector } from '../detect/index.js';
import { type AnswerDeps, answerQuery } from './answer-query.js';
import { triagePaste } from './triage.js';

/** How many catalog entries the warm-up paste names: enough for the triage of several errors. */
const SAMPLE_ERRORS = 3;

/**
 * How each runtime prints one error, from its facts: .NET's SocketException, Node's error with its
 * fields, Python's traceback and errno, Java's exception and frame, Go's dial error, Rust's `Os`
 * error, the HRESULT and the Winsock name. Each is read by its own part of the detector (a number's
 * context, a symbol, an exception's name, a message, an HRESULT), which V8 compiles on first use: a
 * paste of one form only left the others to the first real paste (a Python traceback's detection
 * took 3.8 ms of CPU as the first after a start, the next one's 0.3 ms; 0.2 ms after this warm-up).
 */
function printedForms(e: ErrorFacts): string[] {
  const strerror = e.posix?.strerror ?? e.systemMessage ?? '';
  // A fact the catalog lacks (an entry added without it) takes the runtime's generic name, or is left out.
  const python = e.python ?? 'OSError';
  const lines = [
    `2024-01-02 10:00:07 ERROR connect to db.internal:5432 failed: System.Net.Sockets.SocketException (${e.code}): ${e.systemMessage}`,
    `Traceback (most recent call last):\n  File "client.py", line 12, in <module>\n${python}: [WinError ${e.code}] ${e.systemMessage}`,
    e.hresult ? `${e.name} (${e.hresult}) on 10.0.0.5:443` : `${e.name} on 10.0.0.5:443`,
  ];
  if (e.libuv)
    lines.push(
      `Error: connect ${e.libuv.code} 10.0.0.5:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n  errno: ${e.libuv.windows},\n  code: '${e.libuv.code}',\n  syscall: 'connect'\n}`,
    );
  if (e.posix)
    lines.push(
      `${python}: [Errno ${e.posix.linux}] ${strerror}`,
      `dial tcp 10.0.0.5:443: connect: ${strerror.toLowerCase()}`,
      `Error: Os { code: ${e.posix.linux}, kind: ${e.rust ?? 'Other'}, message: "${strerror}" }`,
    );
  if (e.java)
    lines.push(
      `${e.java.exception}: ${e.java.message ?? strerror}\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)`,
    );
  return lines;
}

/** A paste like the ones sockerr answers, written from the catalog itself: several errors, each as every runtime prints it. */
export function samplePaste(catalog: Catalog): string {
  // Errors of the network or the remote end that every runtime names: what pastes are full of.
  const entries = catalog.entries
    .filter((e) => (e.group === 'network' || e.group === 'remote') && e.systemMessage && e.posix && e.java)
    .filter((e) => e.code !== null && e.libuv?.code !== 'UNKNOWN')
    .slice(0, SAMPLE_ERRORS);
  return entries.flatMap(printedForms).join('\n');
}

/**
 * Runs each way of answering once, in every language, so that what is built or compiled on first
 * use (string tables, the triage's record splitting, the explanation's lines) is ready before the
 * first message: a reply right after a start is as fast as any later one. Pure: no store, no I/O.
 */
export function warmUpReplies(deps: AnswerDeps & { detect: Detector }): void {
  const paste = samplePaste(deps.catalog);
  const line = paste.split('\n')[0] ?? '';
  // Each text is read once: the languages differ in the replies, not in what detection finds.
  const scanned = [paste, line].map((text) => ({ text, ...deps.detect.withMentions(text) }));
  const [one] = deps.catalog.entries;
  for (const locale of LOCALES) {
    for (const read of scanned) triagePaste(deps, read, locale);
    if (one) answerQuery(deps, one.id, locale, { shareable: true, brief: true });
  }
}
