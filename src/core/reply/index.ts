/** Replies: the neutral `Reply` model and the builders of every reply core gives. */
export { type AnswerCache, createAnswerCache } from './answer-cache.js';
export {
  answerQuery,
  briefAnswersOn,
  noFindingsReply,
  usageReply,
} from './answer-query.js';
export { explainButtonValue } from './entry-page.js';
export { describeReading } from './explain.js';
export { readKeptContext } from './kept-context.js';
export { headingLine, makeReply } from './make-reply.js';
export type { Reply, ReplyAction, ReplyField, ReplyKind, ReplySection } from './model.js';
export { createOsReader } from './paste/os-reader.js';
export { createPasteStream } from './paste/paste-stream.js';
export type { PasteContext } from './placeholders.js';
export { countOccurrences, triageErrors, triagePaste, withCounts } from './triage.js';
export { type UnreadFile, type UnreadReason, withUnreadFiles } from './unread-files.js';
export { warmUpReplies } from './warm-up.js';
export { localizedOf, type WindowsTexts, windowsTextsFrom } from './windows-texts.js';
