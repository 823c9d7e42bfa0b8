import { describe, expect, it } from 'vitest';
import { readPeers, readSpots } from '../../../../src/core/reply/paste/peers.js';

/** Round 231: browsers' error pages copied as text name the site before or after their own words. */
describe('browser error pages’ hosts', () => {
  it.each([
    // Chrome and Edge run the heading into the host (c231-044, c231-018).
    ['This site can’t be reachedlocalhost refused to connect.', ['localhost'], []],
    ['This site can’t be reached192.168.151.126 took too long to respond.', ['192.168.151.126'], []],
    ["Hmmm… can't reach this page dashboard.pd.local refused to connect.", ['dashboard.pd.local'], []],
    // Firefox names it after its words (c231-028, c18-181), with a port where the site had one.
    ['The server at google.com is taking too long to respond.', ['google.com'], []],
    ['Firefox can’t establish a connection to the server at localhost:9000.', ['localhost'], ['9000']],
    ['We can’t connect to the server at tools.usps.com.', ['tools.usps.com'], []],
    // Not a word of prose before the page's words, nor an application's own deadline.
    ['Instead, the page just refused to connect.', [], []],
    ['The login server took too long to respond.', [], []],
  ])('reads %s', (record, hosts, ports) => {
    const peers = readPeers(record);
    expect(peers.hosts).toEqual(hosts);
    expect(peers.ports).toEqual(ports);
  });

  it('reads the name Chrome’s failed look-up page names as one a resolver was asked for (c231-046)', () => {
    expect(
      readSpots(
        'This site can’t be reached\nblog.local’s server IP address could not be found.\nDNS_PROBE_FINISHED_NXDOMAIN',
      ),
    ).toContainEqual(expect.objectContaining({ host: 'blog.local', lookedUp: true }));
    // Older versions' wording, run into the heading: the host is not read from `reached` on.
    expect(
      readPeers("This site can't be reachedexample.com's DNS address could not be found.").hosts,
    ).toEqual(['example.com']);
  });
});
