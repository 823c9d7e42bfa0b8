/** Languages: interface strings and which language a reply is in. */
export { chooseReplyLocale } from './choose-locale.js';
export { joinList } from './join-list.js';
export { normalizeLocale } from './locale.js';
export { createTranslate, type Translate } from './translate.js';
