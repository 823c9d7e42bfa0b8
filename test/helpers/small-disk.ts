import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A file system small enough to fill, in a temporary folder: a tmpfs, which only root may mount. */
export interface SmallDisk {
  dir: string;
  /** False where the tmpfs could not be mounted (not root): tests of a full disk are skipped. */
  mounted: boolean;
  /** Fills it with files, as many and as big as will go (down to 1 KiB). */
  fill(): void;
  /** Takes those files away again. */
  makeRoom(): void;
  /** Unmounts it and removes the folder. */
  remove(): void;
}

export function mountSmallDisk(prefix: string, size: '1m' | '4m'): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
  return {
    dir,
    mounted,
    fill() {
      for (let kib = 1024; kib >= 1; kib = Math.floor(kib / 2)) {
        for (let i = 0; ; i += 1) {
          try {
            writeFileSync(join(dir, `filler-${kib}-${i}`), new Uint8Array(kib * 1024));
          } catch {
            break;
          }
        }
      }
    },
    makeRoom() {
      for (const name of readdirSync(dir)) if (name.startsWith('filler-')) rmSync(join(dir, name));
    },
    remove() {
      if (mounted) spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
