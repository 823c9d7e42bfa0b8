/** Whether a channel message gets an auto-reply, and undoing that decision when it cannot be posted. */
export { readAskedQuestion } from './asked-question.js';
export { autoReplyMethods } from './auto-reply-methods.js';
export { claimRequest } from './claim-request.js';
export { warmUpDecision } from './warm-up-decision.js';
