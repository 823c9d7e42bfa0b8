import type { ServerResponse } from 'node:http';

/**
 * What a slash command that reaches a stopping process is answered, only to the person who sent it.
 * Slack sends a command once: a 503 would show "dispatch_failed", as if sockerr were broken, and
 * lose the question; this says what happened and what to do. Events are refused (503) instead:
 * Slack sends those again by itself.
 */
const RESTARTING_TEXT =
  'sockerr is restarting and did not run this command. Please send it again in a few seconds.';

/** Answers a slash command while draining; false for any other request (it is refused with 503). */
export function answerCommandWhileDraining(
  res: ServerResponse,
  form: Record<string, unknown> | undefined,
): boolean {
  if (typeof form?.command !== 'string') return false;
  res
    .writeHead(200, { 'content-type': 'application/json' })
    .end(JSON.stringify({ response_type: 'ephemeral', text: RESTARTING_TEXT }));
  return true;
}
