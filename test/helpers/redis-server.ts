import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/** Whether `redis-server` is installed (`.ci/run` installs it: `apt-get install -y redis-server`). */
export const HAS_REDIS = spawnSync('redis-server', ['--version']).status === 0;

if (!HAS_REDIS) {
  // In CI a missing server is a broken set-up, not a reason to skip: fail the file loudly.
  if (process.env.CI)
    throw new Error(
      'redis-server is not installed; .ci/run must install it (apt-get install -y redis-server)',
    );
  process.stderr.write(
    'redis-server not found: the Redis tests are skipped (apt-get install -y redis-server)\n',
  );
}

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** Stops the server; with `save`, its data is written first and comes back on `start()`. */
  stop(options?: { save?: boolean }): Promise<void>;
  /** Starts it again on the same port and folder. */
  start(): Promise<void>;
  /** Stops it for good and removes its folder. */
  dispose(): Promise<void>;
}

/**
 * A real `redis-server` on a free port of 127.0.0.1, with no persistence of its own
 * (`--save '' --appendonly no`), in a temporary folder. `extraArgs` add options (TLS);
 * `sentinelOf` makes it a Sentinel watching the Redis on that port instead.
 */
export async function startRedisServer(
  options: { extraArgs?: string[]; port?: number; sentinelOf?: number } = {},
): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-redis-'));
  const args: string[] = [];
  if (options.sentinelOf !== undefined) {
    // A Sentinel reads (and rewrites) a configuration file, which must come first.
    const conf = join(dir, 'sentinel.conf');
    writeFileSync(conf, `sentinel monitor primary 127.0.0.1 ${options.sentinelOf} 1\n`);
    args.push(conf, '--sentinel');
  }
  args.push('--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no');
  args.push('--dir', dir, '--logfile', '', ...(options.extraArgs ?? []));
  let child: ChildProcess | undefined;

  const start = async () => {
    const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        // A Sentinel never says it is ready; its id comes once it listens.
        if (/Ready to accept connections|Sentinel ID is/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      proc.stdout?.on('data', onData);
      proc.stderr?.on('data', onData);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}:\n${output}`));
      });
    });
  };
  const stop = async ({ save = false } = {}) => {
    const proc = child;
    if (!proc || proc.exitCode !== null) return;
    const exited = once(proc, 'exit');
    if (save) {
      // SHUTDOWN SAVE writes dump.rdb into --dir, which the next start loads.
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => {});
      socket.write('SHUTDOWN SAVE\r\n');
    } else {
      proc.kill('SIGKILL');
    }
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
