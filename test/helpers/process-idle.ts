import { readFileSync } from 'node:fs';

/** The CPU time a process has used, in clock ticks (Linux: /proc/<pid>/stat, fields 14 and 15). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Resolves once the process has used no CPU for half a second: started, its modules loaded, and what
 * its input held read, it waits for more (a start never sits idle that long). At most 40 s.
 */
export async function processIdle(pid: number): Promise<void> {
  let last = -1;
  let still = 0;
  for (let i = 0; i < 400 && still < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ticks = cpuTicks(pid);
    still = ticks === last ? still + 1 : 0;
    last = ticks;
  }
}
