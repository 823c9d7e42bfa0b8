/**
 * The first `max` UTF-16 code units of `text`, one fewer where the cut would keep the first half of
 * a surrogate pair alone: an emoji cut in two shows as `�` in Slack, Discord and a terminal, and a
 * lone surrogate is not valid UTF-8 to send at all.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = max > 0 && isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, Math.max(0, end));
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
