import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * PHP content management and e-commerce platforms: WordPress, WP-CLI, WooCommerce, Magento,
 * Drupal, Moodle, Joomla, PrestaShop (corpus round 152). No rule was added for this round; these
 * pin the forms it showed, so a later rule cannot drift on them unseen.
 */
describe("libcurl's own deadlines under WordPress are not socket errors", () => {
  it("leaves Site Health's 'Operation timed out after N milliseconds' alone (c152-001)", () => {
    const text = [
      'The loopback request to your site failed, this means features relying on them are not currently working as expected.',
      'Error: [] cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves cURL's 'Connection timed out after N milliseconds' and 'Resolving timed out' alone (c152-006, c152-009)", () => {
    expect(
      anyIds(
        '✕ wp_remote_post() failed. Many advanced features may not function. Contact your hosting provider. Error: cURL error 28: Connection timed out after 10001 milliseconds',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "Error: Failed to get url 'https://api.wordpress.org/core/version-check/1.6/?locale=en_US': cURL error 28: Resolving timed out after 10004 milliseconds",
      ),
    ).toEqual([]);
  });

  it("reads the OS's ETIMEDOUT text that libcurl appends to code 28 on a connect (c152-002)", () => {
    expect(
      highIds(
        '`Error: cURL error 28: Failed to connect to example.org port 443: Operation timed out (http_request_failed)`',
      ),
    ).toEqual(['10060']);
  });
});

describe("the platforms' database and cache clients", () => {
  it("reads PDO's [2002] with the OS's refusal, in Linux's and Windows' words (c152-019, c152-018)", () => {
    expect(
      highIds('Error from Setup Application Cron Script:\nSQLSTATE[HY000] [2002] Connection refused'),
    ).toEqual(['10061']);
    expect(
      highIds(
        '"SQLSTATE[HY000] [2002] No connection could be made because the target machine actively refused\nit."',
      ),
    ).toEqual(['10061']);
  });

  it('leaves [2002] on a missing socket file alone (c152-021)', () => {
    expect(
      anyIds(
        '  [PDOException]                                    \n  SQLSTATE[HY000] [2002] No such file or directory',
      ),
    ).toEqual([]);
  });

  it("reads Credis's last error and leaves its bare summary alone (c152-026, c152-028)", () => {
    expect(
      highIds(
        'main.CRITICAL: Connection to Redis 127.0.0.1:6379 failed after 2 failures.Last Error : (111) Connection refused',
      ),
    ).toEqual(['10061']);
    expect(
      anyIds(
        '`a:4:{i:0;s:44:"Connection to Redis failed after 2 failures.";i:1;s:1340:"#0 /home/meuposternovo/public_html/lib/Credis/Client.php(439): Credis_Client->connect()',
      ),
    ).toEqual([]);
  });
});

describe('search back ends and update servers', () => {
  it("reads libcurl's Winsock text 'Bad access' through Solarium on Windows (c152-037)", () => {
    expect(
      highIds(
        "Fatal error: Uncaught exception 'Solarium\\Exception\\HttpException' with message 'Solr HTTP error: HTTP request failed, Failed to connect to 127.0.0.1 port 8983: Bad access' in D:\\home\\site\\wwwroot\\vendor\\solarium\\solarium\\library\\Solarium\\Core\\Client\\Adapter\\Curl.php:195",
      ),
    ).toEqual(['10013']);
  });

  it("leaves Elastica's bare curl code and elasticsearch-php's pool summary alone (c152-038, c152-030)", () => {
    expect(
      anyIds(
        '`Warning: Unexpected connection error communicating with Elasticsearch. Curl code: 6 [Called from ElasticaConnection::{closure} in /var/www/html/extensions/Elastica/ElasticaConnection.php at line 112]',
      ),
    ).toEqual([]);
    expect(
      anyIds('Could not validate a connection to Elasticsearch. No alive nodes found in your cluster'),
    ).toEqual([]);
  });

  it("leaves Guzzle's cURL error 7 with an empty message alone (c152-033)", () => {
    expect(
      anyIds(
        '` Fatal error: Uncaught GuzzleHttp\\Exception\\ConnectException: cURL error 7: (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) in /home/www/testing.com/wp-content/themes/testingspace/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:200',
      ),
    ).toEqual([]);
  });
});
