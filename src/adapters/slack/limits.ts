/** The Block Kit limits a message must respect, or Slack rejects it (`invalid_blocks`). */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextText: 3000,
  buttonText: 75,
  /** The text of a select menu's option. */
  optionText: 75,
  buttonValue: 2000,
  /**
   * Not in Slack's reference, but enforced: a message whose blocks hold more than about
   * 13,000 characters fails with `msg_blocks_too_long` (slackapi/bolt-js#2509).
   */
  totalText: 12_000,
  /** The plain `text` that notifications show; kept short, the blocks carry the reply. */
  fallbackText: 3000,
  /**
   * `text` alone (a reply whose blocks Slack refused): Slack truncates past 40,000 characters and
   * advises at most 4,000 (chat.postMessage, "Truncating really long messages").
   */
  textOnly: 4000,
  /** How much of a reply's opening paragraphs (title, subtitle, summary) goes in `text` beside blocks. */
  fallbackLead: 400,
  /**
   * What sockerr reads of an incoming message, at most: Slack allows 50 blocks and 100
   * attachments per message; more (or longer ids) can only come from a malformed payload.
   */
  inbound: { blocks: 50, attachments: 100, fields: 100, elements: 100, id: 255, files: 10 },
  /** A file download: the whole of it (sockerr's own deadline; the size cap is SOCKERR_MAX_FILE_BYTES). */
  fileDownloadMs: 15_000,
  /**
   * Downloads at once (of all messages); the others wait their turn, at most `fileQueueMs`. A few
   * keep the link busy: more only split it, so that a burst of shared logs all time out together.
   */
  fileDownloads: 4,
  fileQueueMs: 30_000,
  /** App Home: Slack shows at most 100 blocks in a view; a shared channel takes two (name, controls). */
  homeBlocks: 100,
  homeChannels: 30,
  /** Slack shows the user an error when a slash command or an interaction is not acknowledged within this. */
  ackMs: 3000,
  /** Largest request body accepted on `/slack/events`; Slack's are a few kilobytes (a 40,000-character message and its blocks fit). */
  requestBodyBytes: 1024 * 1024,
} as const;
