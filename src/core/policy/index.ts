/** Whether a channel message gets an auto-reply, and undoing that decision when it cannot be posted. */
export { decideAutoReply, releaseAutoReply } from './auto-reply.js';
export { claimRequest } from './claim-request.js';
export { warmUpDecision } from './warm-up-decision.js';
