import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Bioinformatics tools' network failures (SRA Toolkit, BLAST+, Entrez clients, pipelines), from real pastes of corpus round 139. */
describe("detectErrors leaves wget's own read timeout alone", () => {
  it('reads no error in the header read that hit the 900 s deadline (c139-048)', () => {
    const text =
      'Connecting to hgdownload.cse.ucsc.edu|128.114.119.163|:80... connected.\nHTTP request sent, awaiting response... Read error (Connection timed out) in headers.\nRetrying.';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads a reset in wget's header read", () => {
    const text =
      'HTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.\nRetrying.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("still reads wget's failed connect as a timeout (c139-049)", () => {
    const text =
      'Connecting to clinsv.s3.ccia.org.au (clinsv.s3.ccia.org.au)|103.144.124.158|:443... failed: Connection timed out.';
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe('detectErrors reads the socket errors bioinformatics clients print', () => {
  it("reads BioPerl's LWP failure with the OS reason in parentheses (c139-013)", () => {
    const text =
      "MSG: WebDBSeqI Request Error:\n500 Can't connect to eutils.ncbi.nlm.nih.gov:443 (Network is unreachable)";
    expect(highIds(text)).toEqual(['10051']);
  });

  it("reads Singularity's refused pull from the Galaxy depot under Nextflow (c139-034)", () => {
    const text =
      'FATAL:   Error making http request: Head "https://depot.galaxyproject.org/singularity/ucsc-gtftogenepred:447--h954228d_0": dial tcp 128.118.250.14:443: connect: connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Nextflow's cause when the JDK says the network is unreachable (c139-029)", () => {
    const text = 'WARN: Cannot read project manifest -- Cause: Network is unreachable';
    expect(highIds(text)).toEqual(['10051']);
  });

  it("reads mbed TLS's reset text in the SRA Toolkit when the console did not wrap it (c139-001 unwrapped)", () => {
    const text =
      'prefetch.2.9.2 sys: connection canceled while reading file within network system module - mbedtls_ssl_read returned -80 ( NET - Connection was reset by peer )';
    expect(highIds(text)).toEqual(['10054']);
  });
});

describe("detectErrors leaves the tools' own wording, deadlines and protocol codes alone", () => {
  it("leaves the SRA Toolkit's rc texts and mbed TLS's unnamed read failure (c139-002, c139-004)", () => {
    expect(
      anyIds(
        'fasterq-dump.2.9.1 sys: timeout exhausted while reading file within network system module - mbedtls_ssl_read returned -76 ( NET - Reading information from the socket failed )',
      ),
    ).toEqual([]);
    expect(
      anyIds('fastq-dump.2.8.2 err: connection not found while validating within network system module'),
    ).toEqual([]);
  });

  it("leaves BLAST+'s own TLS hello deadline (c139-010)", () => {
    const text =
      'Error: (302.26) [blastp] SSOCK#59000[5]@130.14.29.110:443: [SOCK::Connect]  Failed SSL hello: Timeout[30.000000] {error=-26880,SSL - No data of requested type currently available on underlying transport}';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves R's and libcurl's own download deadlines (c139-023, c139-026)", () => {
    expect(anyIds("URL 'https://bioconductor.org/config.yaml': Timeout of 60 seconds was reached")).toEqual(
      [],
    );
    expect(
      anyIds(
        'Error in curl::curl_fetch_memory(url, handle = h) : \n  Timeout was reached: Connection timed out after 10000 milliseconds',
      ),
    ).toEqual([]);
  });

  it("leaves the datasets CLI's HTTP/2 stream reset and a Python TimeoutError raised by the tool (c139-021, c139-045)", () => {
    expect(
      anyIds('Error: Download error: stream error: stream ID 391; INTERNAL_ERROR; received from peer'),
    ).toEqual([]);
    expect(anyIds('TimeoutError: Internet connection is slow or server does not respond!')).toEqual([]);
  });
});
