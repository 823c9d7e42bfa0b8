import type { ConfigKey } from './vars.js';

/** The credentials sent in an HTTP header or a signature: printable ASCII, every one of them. */
export const TOKEN_KEYS: readonly ConfigKey[] = [
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DISCORD_TOKEN',
];

/** Characters a copy from a web page, a chat or a document brings along, by name. */
const NAMES: Readonly<Record<number, string>> = {
  160: 'a no-break space',
  8203: 'a zero-width space',
  8204: 'a zero-width non-joiner',
  8205: 'a zero-width joiner',
  8288: 'a word joiner',
  65279: 'a zero-width no-break space',
  8216: 'a typographic quote (‘)',
  8217: 'a typographic quote (’)',
  8220: 'a typographic quote (“)',
  8221: 'a typographic quote (”)',
};

/**
 * A credential with a character no token has: an invisible one (a zero-width space) or a
 * typographic quote, brought along by a copy from a web page, a chat or a document. Left in, it
 * failed far from here: Node refuses it in the Authorization header, which sockerr reported as
 * "Cannot reach the Slack Web API … check the network". Names the character and where it is,
 * never the value.
 */
export function tokenCharacterProblem(key: ConfigKey, value: string): string | undefined {
  const index = value.search(/[^\x20-\x7e]/);
  if (index < 0) return undefined;
  const code = value.codePointAt(index) ?? 0;
  const unicode = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const what = NAMES[code] ? `${NAMES[code]}, ${unicode}` : unicode;
  return `${key} has a character no token has (${what}) at character ${index + 1}: copy it again, or delete that character (copies from web pages, chats and documents bring invisible ones along)`;
}
