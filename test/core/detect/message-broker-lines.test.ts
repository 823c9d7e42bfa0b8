import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from message brokers and their clients (ZeroMQ, NATS, Pulsar, MQTT), from real pastes of corpus round 75. */
describe("detectErrors leaves libzmq's own EPROTONOSUPPORT for a transport it was built without alone", () => {
  it('finds nothing in pyzmq binding ipc:// on Windows (zeromq/pyzmq issue #1886)', () => {
    const text =
      '  File "zmq\\backend\\cython\\checkrc.pxd", line 28, in zmq.backend.cython.checkrc._check_rc\nzmq.error.ZMQError: Protocol not supported (addr=\'ipc:///tmp_stream\')';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in the same error without the address (MISP/misp-dashboard issue #125)', () => {
    const text =
      '    socket.connect(zmqurl)\n  File "zmq\\backend\\cython\\socket.pyx", line 583, in zmq.backend.cython.socket.Socket.connect\n  File "zmq\\backend\\cython\\checkrc.pxd", line 25, in zmq.backend.cython.checkrc._check_rc\nzmq.error.ZMQError: Protocol not supported';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads a socket() that fails with EPROTONOSUPPORT in another program's words", () => {
    expect(highIds('charon: 00[KNL] unable to create netlink socket: Protocol not supported (93)')).toEqual([
      '10043',
    ]);
  });

  it("still reads pyzmq's real socket errors (MISP/MISP issue #2929)", () => {
    const text =
      '  File "zmq/backend/cython/checkrc.pxd", line 25, in zmq.backend.cython.checkrc._check_rc\nzmq.error.ZMQError: Address already in use';
    expect(highIds(text)).toEqual(['10048']);
  });
});

describe('detectErrors reads ZeroMQ prose by the same rule', () => {
  it("finds nothing in a title that names zeromq's ipc transport (jehna/humanify pull #7)", () => {
    expect(anyIds('zeromq ipc Protocol not supported error')).toEqual([]);
  });

  it('still reads EPROTONOSUPPORT with no ZeroMQ in reach', () => {
    expect(highIds('socket: Protocol not supported')).toEqual(['10043']);
  });
});
