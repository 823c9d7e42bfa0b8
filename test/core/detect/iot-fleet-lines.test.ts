import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from IoT fleet and edge runtimes and their device agents, from real pastes of corpus round 96. */
describe("detectErrors reads the AWS Common Runtime's (aws-c-io) own socket error names", () => {
  it('reads AWS_IO_SOCKET_CONNECTION_REFUSED as a refused connect (aws/aws-iot-device-sdk-cpp-v2 issue #8)', () => {
    const text =
      '`Connection failed with error aws-c-io: AWS_IO_SOCKET_CONNECTION_REFUSED, socket connection refused.`';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads the CRT for Java's DNS text in Greengrass v2's nucleus log as host not found (aws/aws-cli issue #6240)", () => {
    const text =
      'Caused by: software.amazon.awssdk.crt.mqtt.MqttException: Host name was invalid for dns resolution.\n        ... 1 more';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads awscrt's AWS_IO_DNS_INVALID_NAME as host not found (awslabs/aws-crt-python issue #377)", () => {
    const text =
      'release-downloader: stderr. awscrt.exceptions.AwsCrtError: AWS_IO_DNS_INVALID_NAME: Host name was invalid for dns resolution.. {scriptName=services.release-downloader.lifecycle.Run.Script}';
    expect(highIds(text)).toEqual(['11001']);
  });
});

describe("detectErrors keeps the CRT's own connect deadline apart from the OS's ETIMEDOUT", () => {
  it('reads no error in AWS_IO_SOCKET_TIMEOUT, the connect_timeout_ms task (aws/aws-iot-device-sdk-cpp-v2 issue #366)', () => {
    const text = 'Connection failed with error aws-c-io: AWS_IO_SOCKET_TIMEOUT, socket operation timed out';
    expect(anyIds(text)).toEqual([]);
  });

  it('reads no error in the Java binding, which prints the text without the code', () => {
    expect(anyIds('software.amazon.awssdk.crt.mqtt.MqttException: socket operation timed out.')).toEqual([]);
  });

  it("still reads macOS's ETIMEDOUT after a connect when no CRT name is near", () => {
    expect(highIds('ssh: connect to host example.com port 22: Operation timed out')).toEqual(['10060']);
  });
});

describe("detectErrors reads the Azure IoT C SDK's socket adapter numbers", () => {
  it("reads 'getaddrinfo failure -3' as glibc's EAI_AGAIN (Azure/azure-iot-sdk-c issue #205)", () => {
    const text =
      'Error: Time:Wed Aug 16 16:36:14 2017 File:/media/extended/jenkins/jobs/MLite-IOT-Device-SDK/workspace/azure-iot-sdk-c/c-utility/adapters/socketio_berkeley.c Func:socketio_open Line:626 Failure: getaddrinfo failure -3.';
    expect(highIds(text)).toEqual(['11002']);
  });

  it("reads glibc's EAI_NONAME (-2) and Windows' WSAGetLastError (11001) after the same words", () => {
    expect(highIds('Func:socketio_open Line:626 Failure: getaddrinfo failure -2.')).toEqual(['11001']);
    expect(highIds('Func:socketio_open Line:340 Failure: getaddrinfo failure 11001.')).toEqual(['11001']);
  });

  it("reads 'connect failure %d' as connect()'s own errno", () => {
    expect(highIds('Func:socketio_open Line:647 Failure: connect failure 111.')).toEqual(['10061']);
  });

  it('reads no error in the line number before them', () => {
    expect(anyIds('Func:socketio_open Line:676 Failure: select failure.')).toEqual([]);
  });
});

describe("detectErrors and the AWS Common Runtime's event-stream errors", () => {
  it('reads no error in its own RPC protocol error (aws-greengrass/aws-greengrass-nucleus issue #889, c96-055)', () => {
    const text =
      "disconnected, reason: AwsCrtError(name='AWS_ERROR_EVENT_STREAM_RPC_PROTOCOL_ERROR', message='event stream rpc connection has encountered a protocol error', code=4105).";
    expect(anyIds(text)).toEqual([]);
    // The OS's own text still reads, with socket words near it.
    expect(anyIds('recv() on the socket failed: Protocol error')).not.toEqual([]);
  });
});
