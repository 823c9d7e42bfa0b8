import { OSES } from './paste/paste-os.js';
import type { PasteContext } from './placeholders.js';

/**
 * A reply's buttons rebuild it from their value alone (`en:10061`): the hosts and ports the paste
 * showed do not fit there (a Discord `custom_id` is short: the adapters' limits files say how
 * short), so core keeps them in its store under a short key that the value carries
 * (`en~<key>:10061`), and a press reads them back.
 */

/** Hex digits of the key: 80 bits, so two contexts kept at once never share one, and short enough for any button. */
const KEY_LENGTH = 20;
const KEY = new RegExp(`^[0-9a-f]{${KEY_LENGTH}}$`);
/** The fields a context has, in the order they are kept (so the same context is always the same text). */
const FIELDS = [
  'host',
  'address',
  'port',
  'dnsServer',
  'os',
  'cluster',
  'transport',
  'phase',
] as const satisfies readonly (keyof PasteContext)[];
/** Longest value read back: detection reads hosts of at most about 600 characters; anything longer is not ours. */
const MAX_VALUE_LENGTH = 1000;

/** What a reply keeps for its buttons: the context's text, under its key. */
export interface KeptContext {
  key: string;
  value: string;
}

/**
 * The context as kept, and its key: a digest of it (`digest`, SHA-256 hex), so the same paste
 * always gets the same key and an answer kept in core's cache keeps working. A key is seen only
 * by the asker, in the buttons of their private answer (a shared post has none). Undefined when
 * there is nothing to keep.
 */
export function keepContext(
  context: PasteContext | undefined,
  digest: ((text: string) => string) | undefined,
): KeptContext | undefined {
  if (!context || !digest) return undefined;
  const kept = Object.fromEntries(
    FIELDS.flatMap((field) => (context[field] ? [[field, context[field]]] : [])),
  );
  if (Object.keys(kept).length === 0) return undefined;
  const value = JSON.stringify(kept);
  return { key: digest(value).slice(0, KEY_LENGTH), value };
}

/** Whether `text` has the shape of a key {@link keepContext} makes. */
export function isContextKey(text: string): boolean {
  return KEY.test(text);
}

/** The context kept as `value`, or undefined when it is not one (nothing a press can use). */
export function readKeptContext(value: string | undefined): PasteContext | undefined {
  if (!value) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const context: PasteContext = {};
  for (const field of FIELDS) {
    const v = (parsed as Record<string, unknown>)[field];
    if (typeof v !== 'string' || v === '' || v.length > MAX_VALUE_LENGTH) continue;
    // An OS is one of those checks know; anything else kept there is not ours.
    if (field === 'os') {
      const os = OSES.find((known) => known === v);
      if (os) context.os = os;
    } else if (field === 'cluster') {
      if (v === 'kubernetes') context.cluster = v;
    } else if (field === 'transport') {
      if (v === 'udp') context.transport = v;
    } else if (field === 'phase') {
      if (v === 'established' || v === 'listening' || v === 'connecting') context.phase = v;
    } else context[field] = v;
  }
  return Object.keys(context).length > 0 ? context : undefined;
}
