import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 232: Discord's JSON error codes 10001-10071 are 'Unknown <object>', and 21 of them share a
 * Winsock number (10004, 10013, 10014, 10060 to 10071…). Bot libraries print them after 'Error', so
 * `DiscordAPIError[10062]: Unknown interaction`, the commonest error a bot developer pastes, was a
 * sure WSAELOOP. The code is the API's: no socket failed.
 */
describe('Discord’s API error codes beside the Winsock numbers they share', () => {
  it('reads no error in discord.js’s and Eris’s error classes (c232-049, c232-052, c232-057)', () => {
    expect(
      anyIds(
        "DiscordAPIError[10062]: Unknown interaction\n    at handleErrors (/home/container/node_modules/@discordjs/rest/dist/index.js:727:13)\n    at process.processTicksAndRejections (node:internal/process/task_queues:105:5) {\n  rawError: { message: 'Unknown interaction', code: 10062 },\n  code: 10062,\n  status: 404,",
      ),
    ).toEqual([]);
    expect(anyIds('**Description:**\nUnknown interaction\n\nDiscordAPIError[10062]\n\nhandleErrors')).toEqual(
      [],
    );
    expect(
      anyIds(
        'DiscordAPIError[10013]: Unknown User\nat handleErrors (/app/node_modules/@discordjs/rest/dist/index.js:640:13)',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'DiscordRESTError [10062]: Unknown interaction\n    at RequestHandler.request (/app/node_modules/eris/lib/rest/RequestHandler.js:71:15)',
      ),
    ).toEqual([]);
  });

  it('reads no error in discord.py’s and Discord.Net’s wording of the code (c232-050)', () => {
    expect(anyIds('discord.errors.NotFound: 404 Not Found (error code: 10062): Unknown interaction')).toEqual(
      [],
    );
    expect(
      anyIds('Command raised an exception: NotFound: 404 Not Found (error code: 10013): Unknown User'),
    ).toEqual([]);
    expect(
      anyIds('Discord.Net.HttpException: The server responded with error 10062: Unknown interaction'),
    ).toEqual([]);
  });

  it('reads no error in a text that names the code with Discord’s message or as an HTTP API’s (c232-051, c232-062)', () => {
    expect(anyIds('Now, error code `10004 Unknown guild` is reported.')).toEqual([]);
    expect(anyIds('Add HTTP error code 10062')).toEqual([]);
    expect(anyIds('Add API error code 10062, which is defined as "Unknown interaction."')).toEqual([]);
  });

  it('still reads a Winsock number after error, with MSVC’s “Unknown error” text or a Winsock API label', () => {
    expect(levels('recv failed with error 10054')).toEqual([['10054', 'high']]);
    expect(levels('socket error 10060: Unknown error')).toEqual([['10060', 'high']]);
    expect(levels('Winsock API ERROR: 10048')).toEqual([['10048', 'high']]);
    expect(levels('Error 10062')).toEqual([['10062', 'high']]);
  });
});
