/** Fingerprints of texts (feedback keeps a hash of a message, never the message). */
export { hashText } from './hash-text.js';
