import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Servers and dev servers that cannot bind their port, from real pastes of corpus round 61 (`test/fixtures/corpus/round61.jsonl`, ids c61-…). */
describe("detectErrors reads Django runserver's own texts for a failed bind", () => {
  it("reads 'Error: That port is already in use.' as EADDRINUSE (doccano/doccano issue 279)", () => {
    const text =
      'Starting development server at http://127.0.0.1:8000/\nQuit the server with CONTROL-C.\nError: That port is already in use.';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads runserver's EADDRNOTAVAIL text in its old and new spelling (django/core/management/commands/runserver.py)", () => {
    expect(highIds("Error: That IP address can't be assigned to.")).toEqual(['10049']);
    expect(highIds("Error: That IP address can't be assigned-to.")).toEqual(['10049']);
  });

  it('leaves the same words in prose without the Error: prefix alone', () => {
    expect(anyIds('Is 8000 free? That port is already in use by my other app, I think.')).toEqual([]);
  });
});

describe("detectErrors reads Spring Boot's and Docker's own port-in-use errors", () => {
  it("reads Spring Boot's PortInUseException (RameshMF/spring-mvc-tutorial issue 18)", () => {
    const text =
      'org.springframework.boot.web.server.PortInUseException: Port 8080 is already in use\n\tat org.springframework.boot.web.embedded.tomcat.TomcatWebServer.start(TomcatWebServer.java:228) ~[spring-boot-2.6.0.jar:2.6.0]';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads Docker's 'Bind for <ip>:<port> failed: port is already allocated' (docker/compose issue 4950)", () => {
    const text =
      'ERROR: for db  Cannot start service db: driver failed programming external connectivity on endpoint api_db_1 (41bc38b47b70): Error starting userland proxy: Bind for 0.0.0.0:5432 failed: port is already allocated';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("leaves 'port is already allocated' without Docker's 'Bind for' alone", () => {
    expect(anyIds('the NodePort is already allocated to another service')).toEqual([]);
  });
});

describe("detectErrors reads Node's listen EACCES on a Unix socket path as the file's permission", () => {
  it("leaves 'listen EACCES: permission denied <path>.sock' alone (nuxt/nuxt issue 24108)", () => {
    const text =
      '[nitro] [uncaughtException] Error: listen EACCES: permission denied /tmp/nitro/worker-33289-1.sock\n    at Server.setupListenHandle [as _listen2] (node:net:1855:21)';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves old Node's 'listen EACCES ~/<path>.sock' alone (microsoft/vscode issue 15790)", () => {
    expect(
      anyIds('Error: listen EACCES ~/.tmp/Code-eaa8ce-1.7.1.sock\n    at Server._listen2 (net.js:1240:19)'),
    ).toEqual([]);
  });

  it("still reads 'listen EACCES: permission denied 0.0.0.0:80' on a port", () => {
    expect(highIds('Error: listen EACCES: permission denied 0.0.0.0:80')).toEqual(['10013']);
  });
});
