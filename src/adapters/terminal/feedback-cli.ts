import type { Core, FeedbackReport } from '../../core/index.js';
import { EXIT } from './exit-codes.js';
import { showInput, showText } from './show-input.js';
import { stripControls } from './strip-controls.js';

/** A core over the store the environment configures (SQLite or Redis), and how to let it go. */
export interface FeedbackSource {
  core: Core;
  close(): Promise<void>;
}

export interface FeedbackIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => number;
  open: () => Promise<FeedbackSource>;
}

const UNITS: Readonly<Record<string, number>> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** `24h`, `7d`, `2w` as milliseconds, or null. */
export function parsePeriod(raw: string): number | null {
  const match = /^(\d{1,4})\s*([hdw])$/i.exec(raw.trim());
  if (!match) return null;
  const ms = Number(match[1]) * (UNITS[(match[2] as string).toLowerCase()] ?? 0);
  return ms > 0 ? ms : null;
}

const iso = (ms: number) => new Date(ms).toISOString();
const minute = (ms: number) => `${iso(ms).slice(0, 16).replace('T', ' ')} UTC`;

/**
 * `sockerr feedback [--json] [--since 7d]`: the auto-replies marked "Not this error" in that
 * period, each with what was found and the excerpt kept of the message, so each can become a
 * corpus case; and how many replies were marked helpful. Exit 0 when something was marked wrong.
 */
export async function runFeedback(options: { json: boolean; since?: string | undefined }, io: FeedbackIo) {
  const period = parsePeriod(options.since ?? '7d');
  if (period === null) {
    io.stderr(
      `sockerr: --since takes a period such as 24h, 7d or 2w, not "${showInput(options.since ?? '')}"\n`,
    );
    return EXIT.usage;
  }
  const since = io.now() - period;
  let source: FeedbackSource | undefined;
  let report: FeedbackReport;
  try {
    source = await io.open();
    report = await source.core.feedbackReport(since);
  } catch (error) {
    io.stderr(
      `sockerr: cannot read the feedback: ${showText(error instanceof Error ? error.message : String(error))}\n`,
    );
    return EXIT.usage;
  } finally {
    await source?.close().catch(() => undefined);
  }
  if (options.json) {
    const wrong = report.wrong.map((e) => ({
      at: iso(e.at),
      channel: e.channel,
      replyId: e.replyId,
      userId: e.userId,
      findings: e.findings.map((id, i) => ({ id, label: e.labels[i] ?? id })),
      textHash: e.textHash,
      excerpt: e.excerpt,
      removed: e.removed,
    }));
    io.stdout(`${JSON.stringify({ since: iso(since), helpful: report.helpful, wrong }, null, 2)}\n`);
  } else {
    io.stdout(`${describe(report, since)}\n`);
  }
  return report.wrong.length > 0 ? EXIT.found : EXIT.nothing;
}

function describe(report: FeedbackReport, since: number): string {
  const count = report.wrong.length;
  const lines = [
    `${count} ${count === 1 ? 'reply' : 'replies'} marked "Not this error" since ${minute(since)}` +
      ` (${report.helpful} marked helpful)`,
  ];
  for (const e of report.wrong) {
    lines.push(
      '',
      `${minute(e.at)} · ${e.channel} · reply ${e.replyId} · by ${e.userId}${e.removed ? ' (removed)' : ''}`,
      `  found: ${e.labels.join(', ') || '(not known any more)'}`,
      ...(e.textHash ? [`  text sha256: ${e.textHash}`] : []),
      '  excerpt:',
      // A stored excerpt is text from a chat: none of it may act on the terminal or reorder the line.
      ...stripControls(e.excerpt || '(none kept)')
        .split('\n')
        .map((l) => `    │ ${l}`),
    );
  }
  return lines.join('\n');
}
