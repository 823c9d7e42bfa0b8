/** A scripted answer for the next call(s) of a method. */
export interface FakeFailure {
  status?: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  /** Never answer (a hung Slack): the request stays open until the client gives up. */
  hang?: boolean;
  /** Do what was asked (post the message), then reset the connection before answering: the answer is lost. */
  resetAfterAnswering?: boolean;
}

/** The failures and delays a test scripts per Web API method, kept apart from the answers themselves. */
export function createScriptedFailures() {
  const failures = new Map<string, FakeFailure[]>();
  const always = new Map<string, FakeFailure>();
  const delays = new Map<string, number>();
  return {
    /** The failure scripted for this call of `method`, if any: queued ones first, then a standing one. */
    next: (method: string): FakeFailure | undefined => failures.get(method)?.shift() ?? always.get(method),
    delayOf: (method: string): number => delays.get(method) ?? 0,
    failNext(method: string, failure: FakeFailure, times = 1): void {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i += 1) queue.push(failure);
      failures.set(method, queue);
    },
    failAlways: (method: string, failure: FakeFailure): void => void always.set(method, failure),
    heal(method?: string): void {
      for (const map of [failures, always]) {
        if (method === undefined) map.clear();
        else map.delete(method);
      }
    },
    delay: (method: string, ms: number): void => void delays.set(method, ms),
  };
}
