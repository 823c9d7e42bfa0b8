import type { DataFile } from '../catalog/index.js';
import { list, reader } from './read-fields.js';
import type { ErrorWord, GlibcMessage, LocalizedMessage } from './rules.js';

const KINDS = ['strerror', 'gai_strerror'] as const;

/**
 * Validates Windows' localized system messages (`data/detection/localized-messages.json`), each with
 * its `sources`. Read alone by explanations, which show the text a Windows in the reply's language prints.
 */
export function parseLocalizedMessages(localizedFile: DataFile): LocalizedMessage[] {
  return list(localizedFile.file, localizedFile.json, 'messages', (entry, where) => {
    const r = reader(localizedFile.file, where, entry);
    r.texts('sources');
    if (r.o.seenAs !== undefined) r.text('seenAs');
    const message: LocalizedMessage = { id: r.text('id'), lang: r.text('lang'), text: r.text('text') };
    const confidence = r.confidence('confidence', true);
    if (confidence) message.confidence = confidence;
    return message;
  });
}

/**
 * Validates the translated texts: Windows' localized system messages (see {@link parseLocalizedMessages})
 * and glibc's translated strerror/gai_strerror texts and words for "error" (the file names the package
 * they were read from; each word names the texts it was taken from).
 */
export function parseTranslations(
  localizedFile: DataFile,
  glibcFile: DataFile,
): { localized: LocalizedMessage[]; glibc: GlibcMessage[]; errorWords: ErrorWord[] } {
  const localized = parseLocalizedMessages(localizedFile);

  const g = reader(glibcFile.file, '(file)', glibcFile.json);
  const source = reader(glibcFile.file, 'source', g.o.source);
  for (const field of ['package', 'version', 'files']) source.text(field);
  const glibc = list(glibcFile.file, glibcFile.json, 'messages', (entry, where) => {
    // Two thousand rows are read at every start: the common case is checked without the reader.
    const o = entry as Record<string, unknown> | null;
    const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
    if (
      o &&
      typeof o === 'object' &&
      filled(o.id) &&
      filled(o.lang) &&
      filled(o.text) &&
      filled(o.msgid) &&
      KINDS.includes(o.kind as (typeof KINDS)[number]) &&
      o.alsoTranslates === undefined
    )
      return {
        id: o.id as string,
        lang: o.lang as string,
        text: o.text as string,
        msgid: o.msgid as string,
        kind: o.kind as GlibcMessage['kind'],
        ambiguous: false,
      };
    const r = reader(glibcFile.file, where, entry);
    const also = r.texts('alsoTranslates', true);
    return {
      id: r.text('id'),
      lang: r.text('lang'),
      text: r.text('text'),
      msgid: r.text('msgid'),
      kind: r.oneOf('kind', KINDS),
      ambiguous: also !== undefined,
    };
  });
  const errorWords = list(glibcFile.file, glibcFile.json, 'errorWords', (entry, where) => {
    const r = reader(glibcFile.file, where, entry);
    r.text('source');
    return { lang: r.text('lang'), word: r.text('word') };
  });
  return { localized, glibc, errorWords };
}
