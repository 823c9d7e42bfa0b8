import { rankOf } from './hit.js';
import type { MessageMention } from './message-mention.js';

const conditioned = (m: MessageMention) => (m.conditioned ? 1 : 0);
/** An application's own wording (a `notErrors` text) on exactly the characters a message was read from. */
const ownWording = (m: MessageMention) => (m.variant === 'not-error' ? 1 : 0);
const exact = (m: MessageMention) => (m.loose ? 0 : 1);

/**
 * Drops mentions inside a longer one (`Connection reset` inside `Connection reset by peer`,
 * `Host not found` inside `Nonauthoritative host not found`): the longer text is the error. Of two
 * on the same text, a `notErrors` wording wins (a long message read loosely can cover exactly the
 * user's own words, `연결이 되지 않습니다`), then a text read exactly wins over another read loosely
 * there (glibc's ru ENOTCONN `Конечная точка передачи не подсоединена` is one word from EISCONN's
 * `… уже подсоединена`, a slip the loose read forgives), then a runtime phrase whose conditions
 * held wins over the bare catalog text.
 */
export function dropContained(mentions: MessageMention[]): MessageMention[] {
  mentions.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      ownWording(b) - ownWording(a) ||
      exact(b) - exact(a) ||
      rankOf(b.confidence) - rankOf(a.confidence) ||
      conditioned(b) - conditioned(a),
  );
  const kept: MessageMention[] = [];
  let coverEnd = -1;
  for (const m of mentions) {
    if (m.end <= coverEnd) continue;
    kept.push(m);
    coverEnd = m.end;
  }
  return kept;
}
