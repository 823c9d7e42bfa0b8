import { describe, expect, it } from 'vitest';
import { corpusPaste } from '../../helpers/corpus.js';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * French 'connexion' is also signing in: `Connexion refusée` is a refused login as often as glibc's fr
 * ECONNREFUSED text (corpus round 229). With a password or user name near it and no program's colon or
 * bracket before it, it is the login; the OS text as programs print it stays read.
 */
describe('a refused login in French', () => {
  it("reads nothing in a title 'Connexion refusée' over a login with a long password (KaneRoot/dnsmanager #20, c229-071)", () => {
    expect(anyIds(corpusPaste('c229-071'))).toEqual([]);
  });

  // Verbatim lines of public code (find_string index ids 22340356334, 71615603024).
  it.each([
    [
      'a login dialog',
      '                    title: "Connexion Refusée",\n                    text: "Le couple identifiant / mot de passe n\'existe pas ou est incorrecte.",',
    ],
    [
      "a mail client's authentication error",
      '            "Connexion refusée par le serveur mail : vérifiez l\'adresse et le mot de passe "',
    ],
  ])('reads nothing in %s', (_label, text) => {
    expect(anyIds(text)).toEqual([]);
  });
});

describe("glibc's fr ECONNREFUSED text as programs print it keeps its reading", () => {
  it("reads wget's 'échec : Connexion refusée.' at high (YunoHost, c17-006)", () => {
    expect(highIds(corpusPaste('c17-006'))).toEqual(['10061']);
  });

  it('reads it after a colon at high with a password named on the next line', () => {
    expect(highIds('wget: échec : Connexion refusée.\nIdentifiant et mot de passe dans ~/.netrc')).toEqual([
      '10061',
    ]);
  });

  it('reads it in brackets at high with a password named near', () => {
    expect(
      highIds("500 Can't connect to paste.example.net:443 (Connexion refusée) - mot de passe non envoyé"),
    ).toEqual(['10061']);
  });
});
