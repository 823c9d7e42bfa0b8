import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/core/detect/hit.js';
import { createUnixSocketCheck, dropUnixSocketFileErrors } from '../../../src/core/detect/unix-socket.js';
import { realData } from '../../helpers/core.js';
import { anyIds, highIds } from '../../helpers/detect.js';

const check = createUnixSocketCheck(realData().catalog.entries, ['unix:/', '.sock'], ['EACCES']);
const near = (text: string) => {
  const start = text.indexOf('Permission denied');
  return check.near(text, start, start + 'Permission denied'.length);
};

describe('createUnixSocketCheck', () => {
  it('names the ids of the POSIX errors it is given', () => {
    expect([...check.ids]).toEqual(['10013']);
  });

  it('sees a sign before or after the error on its line', () => {
    expect(near('connect() to unix:/run/php-fpm.sock failed (13: Permission denied)')).toBe(true);
    expect(near('Permission denied while trying to connect to the daemon at unix:///var/run/x')).toBe(true);
  });

  it('sees a sign on the next line, where a message goes on, and not on the line before', () => {
    expect(near('could not connect: Permission denied\n\ton unix:/tmp/x')).toBe(true);
    expect(near('could not connect: Permission denied\n12:00:01 [77]    on unix:/tmp/x')).toBe(true);
    expect(near('API listen on /var/run/docker.sock\nbind: Permission denied')).toBe(false);
    expect(near('Permission denied\nnext\nunix:/tmp/x')).toBe(false);
  });

  it('takes `.sock` only as a whole word, not the start of `Socket`', () => {
    expect(near('java.net.SocketException: Permission denied')).toBe(false);
  });

  it('looks no further than 160 characters along the line', () => {
    expect(near(`unix:/x ${'y'.repeat(170)} Permission denied`)).toBe(false);
  });

  it("sees a path printed right after the error, as Node prints a pipe's, with or without libuv's text", () => {
    const bare = createUnixSocketCheck(realData().catalog.entries, ['unix:/'], ['EACCES']);
    const atCode = (text: string) => {
      const start = text.indexOf('EACCES');
      return bare.near(text, start, start + 'EACCES'.length);
    };
    expect(atCode('Error: listen EACCES: permission denied /tmp/nitro/worker-1')).toBe(true);
    expect(atCode('Error: listen EACCES ~/.tmp/Code-eaa8ce-1.7.1.sock')).toBe(true);
    expect(atCode('Error: connect EACCES /run/user/1000/bus')).toBe(true);
    expect(atCode('Error: listen EACCES: permission denied 0.0.0.0:80')).toBe(false);
  });

  it('returns the same hits when none has one of its ids', () => {
    const hits: Hit[] = [
      { id: '10054', start: 0, end: 5, form: 'message', confidence: 'high', variant: 'message:x' },
    ];
    expect(dropUnixSocketFileErrors(check, 'x.sock reset', hits)).toBe(hits);
  });
});

describe('detectErrors reads EACCES on a Unix-domain socket as the socket file’s permission', () => {
  it('ignores nginx’s denied connect to a php-fpm socket', () => {
    const text =
      '2024/01/01 10:00:00 [crit] 123#123: *1 connect() to unix:/run/php/php7.4-fpm.sock failed (13: Permission denied) while connecting to upstream, client: 1.2.3.4';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads nginx’s refused connect to a Unix socket', () => {
    const text =
      '[error] 747#0: *3 connect() to unix:/home/app/shared/tmp/sockets/puma.sock failed (111: Connection refused) while connecting to upstream';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('ignores Go’s dial unix to a socket file of any name, and Ruby’s connect(2) for a path', () => {
    expect(anyIds('dial unix /run/user/1000/podman/podman.socket: connect: permission denied')).toEqual([]);
    expect(anyIds('Errno::EACCES: Permission denied - connect(2) for /var/run/docker.sock')).toEqual([]);
  });

  it('ignores psql’s denied socket, with its hint indented below or its newer one-line form', () => {
    expect(
      anyIds(
        'psql: could not connect to server: Permission denied\n\tIs the server running locally and accepting\n\tconnections on Unix domain socket "/var/run/postgresql/.s.PGSQL.5432"?',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: Permission denied',
      ),
    ).toEqual([]);
  });

  it('ignores Node’s EACCES on a pipe path that no mark names, and keeps it on a port', () => {
    expect(anyIds('Error: connect EACCES /run/user/1000/bus')).toEqual([]);
    expect(highIds('Error: listen EACCES: permission denied 0.0.0.0:80')).toEqual(['10013']);
  });

  it('ignores MySQL’s denied local socket', () => {
    expect(
      anyIds("Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (13)"),
    ).toEqual([]);
  });

  it('still reads a TCP bind’s EACCES on the line after a socket path', () => {
    const text =
      'level=info msg="API listen on /var/run/docker.sock"\nError starting userland proxy: listen tcp4 0.0.0.0:80: bind: permission denied';
    expect(highIds(text)).toEqual(['10013']);
  });
});
