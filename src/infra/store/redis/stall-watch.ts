/**
 * Says when a connection to Redis that has stopped answering is to be given up for a new one. A
 * connection whose far end vanished without a word (the primary of a failover, a host gone, a
 * NAT entry dropped) takes every command and answers none: no error comes until TCP gives up on
 * the unacknowledged data, about 15 minutes on Linux, and until then every claim missed its
 * deadline and auto-replies stayed paused while Redis itself, reconnected to, was fine. Writes
 * keep the socket's own idle timeout from ever firing, and node-redis's PING has no deadline.
 */
export interface StallWatch {
  /** Redis answered a command (an error reply is an answer too): the connection is alive. */
  answered(): void;
  /** A command sent at `sentAt` (`performance.now()`) had no answer by its deadline. */
  unanswered(sentAt: number): void;
}

export function createStallWatch(
  stallMs: number,
  giveUp: () => void,
  clock: () => number = () => performance.now(),
): StallWatch {
  // When the oldest command still unanswered since the last answer was sent.
  let silentSince: number | undefined;
  return {
    answered() {
      silentSince = undefined;
    },
    unanswered(sentAt) {
      silentSince = Math.min(silentSince ?? sentAt, sentAt);
      // A slow command (a big KEYS, a long script) holds every other one up for a moment: only a
      // silence longer than any of those is taken for a connection that is gone.
      if (clock() - silentSince < stallMs) return;
      silentSince = undefined;
      giveUp();
    },
  };
}
