/** One thing that must be up for sockerr to take work: a platform connection, the store. */
export interface ReadinessProbe {
  name: string;
  /** Resolves (or returns) when up; throws or rejects, with the reason, when not. */
  check(): Promise<void> | void;
  /**
   * A dependency every instance shares (Redis): reported, but its outage leaves this instance
   * ready. Counted, it would take every instance out of the load balancer at once, and with them
   * the slash commands, which are still answered without it (with default settings).
   */
  shared?: boolean;
}

/**
 * What `GET /readyz` reports. It may be served to anyone (Slack over HTTP serves it on the port
 * Slack's events reach): each probe is only `ok` or `down`; why it is down (a Redis address, a
 * server's error) goes to the log, where operators look.
 */
interface ReadinessReport {
  ready: boolean;
  /** `starting`, `ready`, `degraded` (ready, a shared probe down), `not ready` or `draining`. */
  status: string;
  /** Each probe: `ok` or `down`. */
  checks: Record<string, 'ok' | 'down'>;
}

/** Whether sockerr should get traffic now: started, not draining, and every probe up. */
export interface Readiness {
  /** Core is built (the detector too) and the store is open: sockerr can do its work, `/healthz` says so. */
  markWorking(): void;
  /** True from {@link markWorking} on (also while draining). */
  readonly working: boolean;
  /** Start-up finished: `/readyz` follows the probes from now on. */
  markStarted(): void;
  /** A stop began: `/readyz` answers 503 from now on, so load balancers drain this instance. */
  markDraining(): void;
  readonly draining: boolean;
  check(): Promise<ReadinessReport>;
}

export interface ReadinessOptions {
  probes: readonly ReadinessProbe[];
  /** A probe that does not answer in this time counts as down (a hung store must not hang /readyz). */
  timeoutMs?: number;
  /**
   * False while core is still being built: `/healthz` answers 503 until {@link Readiness.markWorking}.
   * Default true (a composition that builds everything before it serves).
   */
  working?: boolean;
  /**
   * Told why a probe is down when that changes (`undefined`: up again), once started: the
   * reasons the public report leaves out.
   */
  onChange?: (name: string, reason: string | undefined) => void;
}

export function createReadiness(options: ReadinessOptions): Readiness {
  const timeoutMs = options.timeoutMs ?? 2_000;
  let phase: 'starting' | 'running' | 'draining' = 'starting';
  let working = options.working ?? true;
  /** Each probe's last reason told to `onChange`; a probe missing here was last up. */
  const told = new Map<string, string>();
  const tell = (name: string, result: string) => {
    const reason = result === 'ok' ? undefined : result;
    if (told.get(name) === reason) return;
    if (reason === undefined) told.delete(name);
    else told.set(name, reason);
    options.onChange?.(name, reason);
  };

  const probe = async ({ check }: ReadinessProbe): Promise<string> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
    });
    const run = (async () => {
      await check();
      return 'ok';
    })().catch((error: unknown) => (error instanceof Error ? error.message : String(error)) || 'down');
    try {
      return await Promise.race([run, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    markWorking() {
      working = true;
    },
    get working() {
      return working;
    },
    markStarted() {
      if (phase === 'starting') phase = 'running';
    },
    markDraining() {
      phase = 'draining';
    },
    get draining() {
      return phase === 'draining';
    },
    async check() {
      const results = await Promise.all(options.probes.map(async (p) => ({ p, result: await probe(p) })));
      const checks = Object.fromEntries(
        results.map(({ p, result }) => [p.name, result === 'ok' ? 'ok' : 'down'] as const),
      );
      const down = results.filter(({ result }) => result !== 'ok');
      // While starting, a platform not yet connected is expected: nothing to tell.
      if (phase === 'running') for (const { p, result } of results) tell(p.name, result);
      if (phase !== 'running') return { ready: false, status: phase, checks };
      if (down.length === 0) return { ready: true, status: 'ready', checks };
      const ready = down.every(({ p }) => p.shared === true);
      return { ready, status: ready ? 'degraded' : 'not ready', checks };
    },
  };
}
