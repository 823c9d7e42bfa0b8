/** Discord's documented limits: message content, embeds, buttons, autocomplete. Stated once, here. */
export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title, description, field names and values, footer and author name together. */
  embedTotal: 6000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  /** Action rows of buttons under one message. */
  actionRows: 5,
  /** A button's `custom_id`. */
  customId: 100,
  /** Autocomplete: choices per answer, and characters per choice name and value. */
  choices: 25,
  choiceLength: 100,
  /** Files attached to one message. */
  attachments: 10,
  /** sockerr's own deadline for downloading one attachment (its size cap is SOCKERR_MAX_FILE_BYTES). */
  attachmentDownloadMs: 15_000,
  /** Downloads at once (of all messages), and how long the others wait their turn (see SLACK_LIMITS). */
  attachmentDownloads: 4,
  attachmentQueueMs: 30_000,
} as const;
