/** Replies: the neutral `Reply` model and the builders of every reply core gives. */
export { answerQuery, noFindingsReply, usageReply } from './answer-query.js';
export { describeReading, explainEntry } from './explain.js';
export { headingLine, makeReply } from './make-reply.js';
export type { Reply, ReplyAction, ReplyField, ReplyKind, ReplySection } from './model.js';
export { createPasteStream } from './paste/paste-stream.js';
export { countOccurrences, triageErrors, triagePaste, withCounts } from './triage.js';
