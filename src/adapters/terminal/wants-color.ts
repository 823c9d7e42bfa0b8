/**
 * Whether output to `stream` gets colour: only a terminal does, and never when the user set
 * `NO_COLOR` to anything but the empty string (https://no-color.org).
 */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}
