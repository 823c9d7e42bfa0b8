import { join } from 'node:path';
import {
  type DetectionRules,
  type LocalizedMessage,
  parseDetectionRules,
  parseLocalizedMessages,
} from '../../core/index.js';
import { DEFAULT_DATA_DIR } from './data-dir.js';
import { readDataFile } from './read-json.js';

/** Loads and validates `data/detection/*.json`; throws `CatalogError` naming the file and field. */
export function loadDetectionRules(dataDir: string = DEFAULT_DATA_DIR): DetectionRules {
  const dir = join(dataDir, 'detection');
  const read = (name: string) => readDataFile(join(dir, name));
  return parseDetectionRules({
    phrases: read('runtime-phrases.json'),
    context: read('context-rules.json'),
    numbers: read('number-contexts.json'),
    localized: read('localized-messages.json'),
    glibc: read('glibc-messages.json'),
  });
}

/** Loads and validates `data/detection/localized-messages.json` alone (explanations quote its texts). */
export function loadLocalizedMessages(dataDir: string = DEFAULT_DATA_DIR): LocalizedMessage[] {
  return parseLocalizedMessages(readDataFile(join(dataDir, 'detection', 'localized-messages.json')));
}
