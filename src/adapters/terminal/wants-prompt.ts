/**
 * Whether the shell talks with a person at a terminal: a prompt, keys read one by one, bracketed
 * paste. Both ends must be the terminal: readline then turns the terminal's own echo off and
 * echoes what is typed to its output, so with the replies going to a file (`npm start >
 * session.log`) the person typed blind while the file filled with prompts and escape codes.
 * Otherwise lines are read as they come, and the terminal echoes them itself.
 */
export function wantsPrompt(input: { isTTY?: boolean }, output: { isTTY?: boolean }): boolean {
  return Boolean(input.isTTY) && Boolean(output.isTTY);
}
