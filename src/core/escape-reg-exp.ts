/** Regular-expression syntax characters. */
const SYNTAX = /[.*+?^${}()|[\]\\]/g;

/** `text` as a regular expression that matches it literally (data words built into patterns). */
export const escapeRegExp = (text: string) => text.replace(SYNTAX, '\\$&');
