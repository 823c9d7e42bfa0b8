import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from server control panels and self-hosted business apps, from real pastes of corpus round 184.
 * The round needed no new rule; these pin its readings both ways so a later rule cannot quietly lose a
 * finding here or start flagging the apps' own errno-less failures.
 */
describe('detectErrors reads the socket errors under control panels and business apps', () => {
  it("finds 10061 in the Windows libpq text under Odoo's cron (odoo/odoo issue #19368)", () => {
    const text =
      'OperationalError: could not connect to server: Connection refused (0x0000274D/10061)\n\tIs the server running on host "localhost" (127.0.0.1) and accepting\n\tTCP/IP connections on port 5432?';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("finds 10061 in redis-py's macOS 'Error 61' inside Frappe's tenacity retry (frappe/hrms issue #2660)", () => {
    const text =
      'last result: failed (ConnectionError Error 61 connecting to 127.0.0.1:11002. Connection refused.)>';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("finds 10061 for 1Panel's agent Unix socket that exists but does not accept (1Panel issue #11411)", () => {
    const text =
      '不定期面版服务出现`Bad Gateway: dial unix /etc/1panel/agent.sock: connect: connection refused`报错，持续一分钟左右';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("finds 10060 in aaPanel's API fetch timed out by the OS (aaPanel issue #142)", () => {
    const text =
      "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='brandnew.aapanel.com', port=443): Max retries exceeded with url: /api/panel/getSoftList?status=False&msg=Please+login+with+account+first&environment_info=%7B%7D (Caused by NewConnectionError(': Failed to establish a new connection: [Errno 110] Connection timed out'))";
    expect(highIds(text)).toEqual(['10060']);
  });

  it("finds 10061 in libcurl's refusal inside a PHP fatal from cPanel's xmlapi (CpanelInc/xmlapi-php issue #23)", () => {
    const text =
      "Fatal error:  Uncaught exception 'Exception' with message 'curl_exec threw error \"Failed to connect to xxx.xxx.xxx.xxx port 2082: Connection refused\" for https://xxx.xxx.xxx.xxx:2083/xml-api/cpanel?user=xxxxxxx&cpanel_xmlapi_module=mysql&cpanel_xmlapi_func=adddb&cpanel_xmlapi_apiversion=1&arg-0=ihhemrl7_sitedb' in /home/xxxxxxx/public_html/includes/hooks/xmlapi-copy-2009.php:692";
    expect(highIds(text)).toEqual(['10061']);
  });

  it('finds 10054 when a Webmin user names the Winsock number in prose (webmin/webmin issue #1884)', () => {
    expect(
      anyIds(
        'the programme window shows connection reset error 10054.all it happens after the webmin update',
      ),
    ).toEqual(['10054']);
  });
});

describe("detectErrors reads nothing in the apps' own errno-less failures", () => {
  it("reads nothing in libpq's connection prefix before an authentication failure (odoo/odoo issue #27447)", () => {
    const text =
      'psycopg2.OperationalError: connection to server at "postgres" (192.168.160.3), port 5432 failed: FATAL:  password authentication failed for user';
    expect(anyIds(text)).toEqual([]);
  });

  it('reads nothing in a missing PostgreSQL socket file under Odoo (odoo/odoo issue #40007)', () => {
    const text =
      'psycopg2.OperationalError: could not connect to server: No such file or directory\nIs the server running locally and accepting\nconnections on Unix domain socket "/var/run/postgresql/.s.PGSQL.5432"? - - -';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing in Frappe's Redis Queue hint alone (frappe/erpnext issue #35632)", () => {
    expect(anyIds('Please make sure that Redis Queue runs @ redis://localhost:11000"')).toEqual([]);
  });

  it("reads nothing in redis-rb's own connect timeout under Discourse (GoogleCloudPlatform/community issue #626)", () => {
    expect(
      anyIds('Redis::CannotConnectError: Error connecting to Redis on 10.0.03:6379 (Redis::TimeoutError)'),
    ).toEqual([]);
  });

  it("reads nothing in LiteSpeed's ExtConn timeout behind CyberPanel (usmannasir/cyberpanel issue #251)", () => {
    expect(
      anyIds(
        '2020-02-12 20:07:01.007244 [NOTICE] [147.253.111.237:58598] ExtConn timed out while processing.',
      ),
    ).toEqual([]);
  });

  it("reads nothing in old libcurl's errno-less couldn't connect from a WHM test (boxbilling/boxbilling issue #141)", () => {
    const text =
      'Error code: 9999\ncurl_exec threw error "couldn\'t connect to host" for http://78.138.99.154:2086/json-api/version?';
    expect(anyIds(text)).toEqual([]);
  });

  it('reads nothing in Lumberg’s WHM connection error, which names no errno (envato-archive/lumberg issue #106)', () => {
    const text =
      'Lumberg::WhmConnectionError: xxxxxxxxxxxx.com is either unavailable or is not currently accepting requests. Please try again in a few minutes.';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing in Plesk's API error 1004 or Moodle cron's MySQL gone away", () => {
    expect(
      anyIds(
        'FAILED: Error code: 1004. Error message: Plesk is not configured. Go to the control panel to perform post-installation configuring.',
      ),
    ).toEqual([]);
    expect(
      anyIds('>Default exception handler: Error reading from database Debug: MySQL server has gone away'),
    ).toEqual([]);
  });

  it("reads nothing in aaWAF's HTTP 504 in Chinese (aaPanel/aaWAF issue #130)", () => {
    expect(anyIds('1、当网站响应时间超过60s，会出现504 网关错误')).toEqual([]);
  });
});
