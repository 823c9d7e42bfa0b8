import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { compileDetectorTables, type SavedTables } from '../../core/index.js';
import { DEFAULT_DATA_DIR } from './data-dir.js';
import { loadFacts } from './load-catalog.js';
import { loadDetectionRules } from './load-detection-rules.js';
import { PACKAGE_ROOT } from './package-root.js';

/**
 * Where `npm run build` saves the detector's compiled automata and its index's data:
 * `dist/detector-tables/` at the package root, whichever way the code runs. Generated, never
 * committed (dist/ is ignored).
 */
const DETECTOR_TABLES_DIR = join(PACKAGE_ROOT, 'dist', 'detector-tables');

const FILES = { ascii: 'ascii.bin', full: 'full.bin', index: 'index.bin' } as const;

/**
 * The saved automata and index data, each file read when the detector first asks for it. A file that
 * cannot be read (not built yet, removed) is no error: the detector builds that part, as it checks
 * every file it is given and builds instead of using one that is stale or damaged.
 */
export function readDetectorTables(dir: string = DETECTOR_TABLES_DIR): SavedTables {
  const read = (name: string) => (into?: (size: number) => Uint8Array | null) => {
    try {
      return (into && readInto(join(dir, name), into)) ?? readFileSync(join(dir, name));
    } catch {
      return null;
    }
  };
  return {
    ascii: read(FILES.ascii),
    full: read(FILES.full),
    // V8's own serialization keeps the snapshot's maps, sets, patterns and shared objects as they
    // were; a file from another V8 that it cannot read, or a damaged one, reads as none.
    index: () => {
      try {
        return deserialize(readFileSync(join(dir, FILES.index)));
      } catch {
        return null;
      }
    },
  };
}

/**
 * The file read into the room `into` offers for its size (the detector's WebAssembly memory: the
 * table is then not read into a buffer of its own and copied), or null when it offers none.
 * A file shorter than its size said (rewritten meanwhile) gives what was read: the detector
 * refuses it and compiles.
 */
function readInto(file: string, into: (size: number) => Uint8Array | null): Uint8Array | null {
  const fd = openSync(file, 'r');
  try {
    const room = into(fstatSync(fd).size);
    if (room === null) return null;
    let n = 0;
    for (let got = 1; n < room.length && got > 0; n += got) got = readSync(fd, room, n, room.length - n, n);
    return room.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Compiles the detector from `data/` and saves its automata and index data in `dir`. Each file is
 * written beside its place and renamed into it, so a reader never sees half a file. Throws
 * `CatalogError` on bad data (the build then fails, as start-up would).
 */
export function writeDetectorTables(
  dataDir: string = DEFAULT_DATA_DIR,
  dir: string = DETECTOR_TABLES_DIR,
): void {
  const tables = compileDetectorTables(loadFacts(dataDir), loadDetectionRules(dataDir));
  mkdirSync(dir, { recursive: true });
  const bytes = { ascii: tables.ascii, full: tables.full, index: serialize(tables.index) };
  for (const part of ['ascii', 'full', 'index'] as const) {
    const file = join(dir, FILES[part]);
    writeFileSync(`${file}.${process.pid}.tmp`, bytes[part]);
    renameSync(`${file}.${process.pid}.tmp`, file);
  }
}
