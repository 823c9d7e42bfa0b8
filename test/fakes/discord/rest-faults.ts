/** A scripted answer for matching requests: a status with body and headers, or no answer at all. */
export interface RestFault {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (a hung Discord): the client's own timeout has to end the request. */
  hang?: boolean;
  /**
   * The request takes effect (a message is created) but its answer is lost: the fault (a 502 from
   * Cloudflare, a hang) is what the client gets.
   */
  commit?: boolean;
}

/** Discord's documented 429: a JSON body with `retry_after` (seconds) and the same in `Retry-After`. */
export function rateLimitedFault(retryAfterSec: number): RestFault {
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfterSec, global: false },
    headers: { 'retry-after': String(retryAfterSec), 'x-ratelimit-scope': 'user' },
  };
}

/** The faults a test scripted, each matching a method and a path, for a number of requests or until healed. */
export function createRestFaults() {
  const faults: { method: string; path: RegExp; fault: RestFault; left: number }[] = [];
  return {
    fail(method: string, path: RegExp, fault: RestFault, times = Number.POSITIVE_INFINITY): void {
      faults.push({ method, path, fault, left: times });
    },
    heal: (): void => void faults.splice(0),
    /** The fault for this request, if one matches, counting it against its remaining uses. */
    scripted(method: string, path: string): RestFault | undefined {
      const found = faults.find((f) => f.method === method && f.path.test(path) && f.left > 0);
      if (found) found.left -= 1;
      return found?.fault;
    },
  };
}
