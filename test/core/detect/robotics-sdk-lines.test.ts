import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Robot-arm SDKs, ROS 1's own resolver lines, MAVLink tools, LiDAR drivers and drone SDKs: real pastes
 * of corpus round 170. Four general forms were added: libfranka's sentence for a refused FCI connect,
 * roscpp's (xmlrpcpp's) and roslaunch's own words for a failed getaddrinfo, and Qt's text for EACCES
 * on bind(), 'The address is protected'. The rest pin forms already read and the tools' own words left.
 */
describe("detectErrors reads libfranka's refused FCI connect", () => {
  it('reads the sentence libfranka throws for Poco ConnectionRefusedException (libfranka issue #154)', () => {
    const text =
      './communication_test 172.16.3.69\nlibfranka: Connection to FCI refused. Please install FCI feature or enable FCI mode in Desk.';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads it under franky and an uncaught NetworkException', () => {
    const text =
      "terminate called after throwing an instance of 'franka::NetworkException'\n  what():  libfranka: Connection to FCI refused. Please install FCI feature or enable FCI mode in Desk.";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("leaves the words without libfranka's prefix alone", () => {
    expect(anyIds('Our request for a Connection to FCI refused by the vendor')).toEqual([]);
  });

  it.each([
    [
      '**hcr@Panda-PC:~/catkin_ws/src/libfranka/build$ ./examples/echo_robot_state 172.16.0.2\nlibfranka: Connection timeout**',
    ],
    ['`libfranka: Connection timeout. Please check your network connection or settings.`'],
    ['franky._franky.NetworkException: libfranka: Connection error: Net Exception'],
    ['  what():  libfranka: server closed connection'],
  ])("leaves libfranka's own deadline, causeless wrapper and clean close %j alone", (text) => {
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the older 'Connection error: Connection refused' (justagist/franka_ros_interface issue #15)", () => {
    expect(highIds('  what():  libfranka: Connection error: Connection refused')).toEqual(['10061']);
  });
});

describe("detectErrors reads ROS 1's own words for a failed host lookup", () => {
  it.each([
    ["$ rosrun roscpp_tutorials listener\nCouldn't find an AF_INET address for [foo]"],
    ["Couldn't find an AF_INET address for []"],
    ["Couldn't find an AF_INET6 address for [robot.local]"],
  ])("reads xmlrpcpp's getaddrinfo failure %j as host not found", (text) => {
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads roslaunch's gaierror wrapper (ryuichiueda/raspimouse_book_info issue #22)", () => {
    const text =
      ' cannot resolve host address for machine [localhost]\n The traceback for the exception was written to the log file';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('lets a more specific resolver text in the same mention win over the default', () => {
    const text =
      'RLException: cannot resolve host address for machine [robot2]: Temporary failure in name resolution';
    expect(highIds(text)).toEqual(['11002']);
  });

  it('leaves the master registration retry line alone, as round 47 did', () => {
    const text =
      'Unable to register with master node [http://localhost:11311]: master may not be running yet. Will keep trying.';
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors reads Qt's text for EACCES on bind()", () => {
  it("reads QGroundControl's 'error binding UDP port' (DroneBridge/ESP32 issue #51)", () => {
    expect(highIds('QGC error binding UDP port: The address is protected')).toEqual(['10013']);
  });

  it('keeps the bare words at medium, never high', () => {
    const findings = detectErrors('Note: The address is protected by a firewall rule.');
    expect(findings.filter((f) => f.confidence === 'high')).toEqual([]);
  });

  it("leaves APM Planner's errno-less bind failure alone", () => {
    expect(
      anyIds('ERROR 2016-02-08T20:59:00.537 bind failed!   QHostAddress(QHostAddress::Any)  : 14556 '),
    ).toEqual([]);
  });
});

describe('detectErrors reads the socket errors of MAVLink tools, drone SDKs and DDS', () => {
  it.each([
    ['OSError: [Errno 99] Cannot assign requested address', '10049'],
    ['[02:56:01|Error] connect error: Connection refused (tcp_connection.cpp:87)', '10061'],
    ['bind error: Address already in use (udp_connection.cpp:85)', '10048'],
    ['OSError: [WinError 10048] 一次只能用一個通訊端位址 (通訊協定/網路位址/連接埠)。', '10048'],
    [
      '[RTPS_MSG_OUT Info] UDPv4 Error binding at port: (26000) with msg: set_option: No buffer space available -> Function OpenAndBindInputSockets',
      '10055',
    ],
    [
      "[ERROR] [1516661727.384124332]: Failed to connect to server, rc: -1. Error: 'Connection refused' (errno: 111)",
      '10061',
    ],
    ['[2021-05-19 09:51:39] [info] asio listen error: system:13 (Permission denied)', '10013'],
  ])('reads %j', (text, id) => {
    expect(highIds(text)).toEqual([id]);
  });

  it.each([
    ['[04:44:12|Info ] heartbeats timed out (system_impl.cpp:263)'],
    ['[FATAL] []: FCU: DeviceError:serial:open: Operation not permitted'],
    [
      "New subscription discovered on topic '/scan', requesting incompatible QoS. No messages will be sent to it. Last incompatible policy: RELIABILITY_QOS_POLICY",
    ],
    [
      '[component_container_mt-16] 1769256670.700802 [0] component_: Failed to find a free participant index for domain 0',
    ],
    ['djitellopy.tello.TelloException: Did not receive a state packet from the Tello'],
    ['    more = self.__sock.recv(4096)\nsocket.timeout: timed out'],
  ])("leaves the tools' own timers, serial-port and DDS errors %j alone", (text) => {
    expect(anyIds(text)).toEqual([]);
  });
});
