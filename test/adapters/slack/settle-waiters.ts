/** Counts the requests the app has finished handling, and lets a test wait for the nth. */
export function createSettleWaiters() {
  let settled = 0;
  let waiters: { count: number; resolve: () => void }[] = [];
  return {
    count: () => settled,
    markSettled(): void {
      settled += 1;
      const done = waiters.filter((w) => w.count <= settled);
      waiters = waiters.filter((w) => w.count > settled);
      for (const w of done) w.resolve();
    },
    at: (count: number) =>
      new Promise<void>((resolve, reject) => {
        if (settled >= count) return resolve();
        const timer = setTimeout(() => reject(new Error(`the app did not finish request #${count}`)), 8000);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      }),
  };
}
