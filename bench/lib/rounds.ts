/**
 * Runs `rounds` rounds of sockerr's job and its baseline's, alternating which goes first (ABBA…),
 * so drift in the machine's load (a shared host, a warming cache) falls on both alike.
 */
export async function interleave<A, B = A>(
  rounds: number,
  sockerr: () => Promise<A>,
  baseline: () => Promise<B>,
): Promise<{ sockerr: A[]; baseline: B[] }> {
  const a: A[] = [];
  const b: B[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      a.push(await sockerr());
      b.push(await baseline());
    } else {
      b.push(await baseline());
      a.push(await sockerr());
    }
  }
  return { sockerr: a, baseline: b };
}
