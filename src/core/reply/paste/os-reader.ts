import type { Finding, StreamRegion } from '../../detect/index.js';
import { OSES, type Os, type PasteSetting, PLACES, type Place, SIGNS, settingOf } from './paste-os.js';

/** More than the longest sign: the end of what was read, kept to find a sign a piece cuts. */
const TAIL = 64;
/**
 * How much of a log's start is read whole: any paste fits (Slack's 40,000 characters, a snippet),
 * so `sockerr scan` of one reads it as the paste is read. Past it only the lines around each error
 * are: reading every place's signs over every character doubled the time of a 50 MB scan.
 */
export const OS_HEAD = 256 * 1024;
/** Around an error past the head: the lines of its record before it (a trace, a prefix), its own after. */
const BEFORE = 1024;
const AFTER = 256;
/**
 * Past the head, the lines around this many mentions of each error are read: where a log shows its
 * program's OS, its first failures show it too, and a log of thousands of the same error would
 * otherwise be read again around each.
 */
const AROUND_EACH = 64;

const ANYWHERE = Object.fromEntries(
  PLACES.map((place) => [place, new RegExp(SIGNS[place].source, 'g')]),
) as Record<Place, RegExp>;

/**
 * The setting a log shows (`settingOfPaste`), read as it comes piece by piece (`sockerr scan
 * FILE`), in bounded memory: its first {@link OS_HEAD} characters whole, wherever the pieces cut
 * them (so a text that short gets exactly the paste's answer; a sign that reaches past them is not
 * read there), and past them the lines around the errors the detection stream hands on.
 */
export function createOsReader(): {
  push(piece: string): void;
  region(region: StreamRegion): void;
  end(findings: readonly Finding[]): PasteSetting;
} {
  const shown = new Set<Place>();
  let tail = '';
  /** Characters read before `tail`: when there are some, its first one is no start of the text. */
  let before = 0;
  /** Characters pushed so far: the head is read whole, signs that reach its end excepted. */
  let pushed = 0;
  /** Past the head, where the lines around errors were read up to (whole lines), and around how many of each. */
  let aroundTo = OS_HEAD;
  const around = new Map<string, number>();
  /** Two OSes shown mean none is: no other OS's signs can change that. */
  const noOs = () => OSES.filter((os) => shown.has(os)).length >= 2;
  /** Nothing left to learn: no OS, and the cluster shown. */
  const settled = () => shown.has('kubernetes') && noOs();
  /**
   * Signs in `text` from `from` on. A sign that reaches its end may go on in the next piece (its
   * `\b` not yet known), so it waits for it unless `complete`; one that starts at the first kept
   * character lies in what was read before, where it was already read with what stood before it.
   */
  const read = (text: string, from: number, complete: boolean) => {
    const oses = noOs() ? OSES : [];
    for (const place of PLACES) {
      if (shown.has(place) || oses.includes(place as Os)) continue;
      const re = ANYWHERE[place];
      re.lastIndex = from;
      for (let m = re.exec(text); m && !shown.has(place); m = re.exec(text)) {
        if (complete || m.index + m[0].length < text.length) shown.add(place);
      }
    }
  };
  return {
    push(piece) {
      const room = OS_HEAD - pushed;
      pushed += piece.length;
      if (room <= 0 || settled()) return;
      // The head's end is read as a piece's end that nothing follows, however the pieces cut it.
      const text = tail + (room < piece.length ? piece.slice(0, room) : piece);
      read(text, before > 0 ? 1 : 0, false);
      const kept = text.slice(-TAIL);
      before += text.length - kept.length;
      tail = kept;
    },
    region({ text, base, mentions }) {
      for (const { id, start } of mentions) {
        if (start < OS_HEAD || settled()) continue;
        const times = around.get(id) ?? 0;
        if (times >= AROUND_EACH) continue;
        around.set(id, times + 1);
        const at = start - base;
        // Whole lines, none read twice: a sign never spans a line.
        const from = Math.max(text.lastIndexOf('\n', Math.max(0, at - BEFORE)) + 1, aroundTo - base, 0);
        const newline = text.indexOf('\n', Math.min(text.length, at + AFTER));
        const to = newline < 0 ? text.length : newline;
        if (to <= from) continue;
        read(text.slice(from, to), 0, true);
        aroundTo = base + to;
      }
    },
    end(findings) {
      // A text within the head ends here, so a sign at its very end is whole.
      if (pushed <= OS_HEAD) read(tail, before > 0 ? 1 : 0, true);
      return settingOf(shown, findings);
    },
  };
}
