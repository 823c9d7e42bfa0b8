import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Healthcare integration software: DICOM toolkits and PACS, HL7 v2 over MLLP, FHIR clients (corpus round 123). */
describe("fo-dicom's socket error while reading or writing a PDU", () => {
  it('reads the SocketError member and its Winsock number on a read (c123-004)', () => {
    const text =
      'Occasionally, we get the "Socket error while reading PDU: ConnectionReset [10054]" error in the log and it loses a few instances.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('reads the write-side twin in a DicomService log (c123-003)', () => {
    const text = [
      'Transfer Syntax: Explicit VR Little Endian',
      '[INFO] Socket error while writing PDU: ConnectionAborted [10053]',
      '[INFO] Connection closed',
    ].join('\n');
    expect(highIds(text)).toEqual(['10053']);
  });

  it('leaves fo-dicom’s association rejections and aborts alone (c123-031, c123-028)', () => {
    expect(
      anyIds(
        'Dicom.Network.DicomAssociationRejectedException: Association rejected [result: Permanent; source: ServiceProviderPresentation; reason: 56]',
      ),
    ).toEqual([]);
    expect(anyIds('Association Abort [source: ServiceUser; reason: NotSpecified]')).toEqual([]);
  });
});

describe("Apache HttpClient's connect timeout with its class dropped by a wrapper", () => {
  it("reads the FHIR core client's 'Error sending Http Request: Connect to … timed out' (c123-020)", () => {
    const text =
      'Caused by: org.hl7.fhir.dstu3.utils.client.EFhirClientException: Error sending Http Request: Connect to tx.fhir.org:443 timed out';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("leaves HttpClient 4.3+'s 'failed: ' form to its cause, and a read deadline alone", () => {
    expect(
      highIds(
        'Error sending Http Request: Connect to tx.fhir.org:443 [tx.fhir.org/1.2.3.4] failed: Read timed out',
      ),
    ).toEqual([]);
    expect(anyIds('Error sending Http Request: Read timed out')).toEqual([]);
  });

  it('still reads the OS error the FHIR client wraps (c123-019)', () => {
    const text =
      'Exception in thread "main" org.hl7.fhir.dstu3.utils.client.EFhirClientException: Error sending Http Request: Software caused connection abort (connect failed)';
    expect(highIds(text)).toEqual(['10053']);
  });
});

describe('the rest of the round, both ways', () => {
  it("reads pynetdicom's TCP error under a failed association request (c123-001)", () => {
    const text = [
      '> E: Association request failed: unable to connect to remote',
      '> E: TCP Initialisation Error: Connection refused',
      '> E: Association Aborted',
    ].join('\n');
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads MLLP clients’ OS errors (c123-014, c123-017)', () => {
    expect(
      highIds(
        'PHP Warning:  socket_connect(): unable to connect [111]: Connection refused in ....../aranyasen/hl7/src/HL7/Connection.php on line 66',
      ),
    ).toEqual(['10061']);
    expect(
      highIds('    self.socket.connect((host, port))\nTimeoutError: [Errno 110] Connection timed out'),
    ).toEqual(['10060']);
  });

  it("leaves DICOM rejections, pynetdicom's deadlines and HL7 NACKs alone (c123-034, c123-035, c123-046, c123-039)", () => {
    const texts = [
      'F: Association Rejected:\nF: Result: Rejected Permanent, Source: Service User\nF: Reason: Called AE Title Not Recognized',
      '`pynetdicom.acse ERROR ACSE timeout reached while waiting for response to association request` is printed out',
      'MSA|AR|MESA4b141a5c|No local AE with AE Title OTHER_AE associated with HL7 Application: *\nERR|||206|E||||No local AE',
      'ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException: HAPI-1360: java.lang.IllegalStateException: Connection pool shut down',
    ];
    for (const text of texts) expect(anyIds(text)).toEqual([]);
  });

  it('leaves a DICOM TLS handshake failure alone (c123-047)', () => {
    const text = [
      'storescu: Received fatal alert: handshake_failure',
      'javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });
});
