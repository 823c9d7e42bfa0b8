/**
 * Text that may have come from a user or a log file, without what a terminal would obey rather than
 * show: the C0 and C1 controls (colours, a moved cursor, a retitled window) and the bidirectional
 * overrides and separators that reorder or break what the eye reads (show-input.ts escapes the same
 * characters where a value is named in a message). Tabs and line breaks stay.
 */
export function stripControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '');
}
