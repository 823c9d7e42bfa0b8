/** Exit codes the checks rely on: 0 found, 1 nothing found, 2 bad usage (or state that cannot be read). */
export const EXIT = { found: 0, nothing: 1, usage: 2 } as const;
