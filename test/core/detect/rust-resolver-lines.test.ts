import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Rust's failed name lookups as reqwest and hyper print them, from real pastes of corpus round 16. */
describe("detectErrors reads musl's resolver text after Rust's lookup wording", () => {
  it("reads 'failed to lookup address information: Try again' as a temporary resolver failure (cargo-binstall issue #779, c16-058)", () => {
    const text =
      ' WARN resolve: Error while checking fetcher invalid url: could not HEAD https://github.com/cargo-bins/cargo-binstall: error sending request for url (https://github.com/cargo-bins/cargo-binstall): error trying to connect: dns error: failed to lookup address information: Try again';
    expect(highIds(text)).toEqual(['11002']);
  });

  it('reads the bare io::Error at the end of an error chain (DeterminateSystems/nix-installer issue #417, c16-059)', () => {
    expect(highIds('   8: failed to lookup address information: Try again')).toEqual(['11002']);
  });

  it("leaves 'Try again' alone anywhere else", () => {
    expect(anyIds('Upload failed. Try again')).toEqual([]);
    expect(anyIds('error: could not lock config file: Resource busy. Try again later')).toEqual([]);
  });
});
