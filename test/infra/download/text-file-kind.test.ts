import { describe, expect, it } from 'vitest';
import { classifyTextFile } from '../../../src/infra/download/index.js';

const text = { read: true, gzip: false };
const gzip = { read: true, gzip: true };

describe('classifyTextFile', () => {
  it('reads the logs and captured streams people attach, whatever type the platform gave them', () => {
    for (const name of [
      'api.log',
      'notes.TXT',
      'job.out',
      'job.err',
      'worker.stderr',
      'worker.stdout',
      'jvm.trace',
    ])
      expect(classifyTextFile({ name, mimetype: 'application/octet-stream' }), name).toEqual(text);
  });

  it('reads structured logs and text data: JSON, JSON lines, YAML, XML, CSV and HAR captures', () => {
    for (const name of [
      'events.json',
      'app.jsonl',
      'app.ndjson',
      'values.yaml',
      'k8s.yml',
      'pom.xml',
      'errors.csv',
      'errors.tsv',
      'chrome.har',
    ])
      expect(classifyTextFile({ name }), name).toEqual(text);
    for (const mimetype of [
      'application/json',
      'application/x-ndjson',
      'application/json; charset=utf-8',
      'application/har+json',
      'application/xml',
      'application/yaml',
      'text/csv',
    ])
      expect(classifyTextFile({ name: 'download', mimetype }), mimetype).toEqual(text);
  });

  it('reads rotated logs: logrotate’s numbered and dated names, log4j’s dated ones, syslog’s own', () => {
    for (const name of [
      'app.log.1',
      'syslog',
      'syslog.2',
      'messages-20260105',
      'app.log.2026-01-05',
      'dmesg.0',
    ])
      expect(classifyTextFile({ name }), name).toEqual(text);
    expect(classifyTextFile({ name: 'release-2.1' })).toEqual({ read: false, reason: 'binary' });
  });

  it('reads Slack’s text filetypes when the name and mimetype say nothing useful', () => {
    for (const filetype of ['text', 'csv', 'tsv', 'json', 'xml', 'yaml'])
      expect(classifyTextFile({ name: 'Untitled', mimetype: 'application/octet-stream', filetype })).toEqual(
        text,
      );
    expect(classifyTextFile({ name: 'Untitled', filetype: 'binary' })).toEqual({
      read: false,
      reason: 'binary',
    });
  });

  it('marks gzip by name first, since Discord types x.log.gz by its inner extension', () => {
    for (const name of ['app.log.gz', 'syslog.2.gz', 'dump.GZ'])
      expect(classifyTextFile({ name, mimetype: 'text/x-log' }), name).toEqual(gzip);
    for (const mimetype of ['application/gzip', 'application/x-gzip'])
      expect(classifyTextFile({ name: 'download', mimetype }), mimetype).toEqual(gzip);
    expect(classifyTextFile({ name: 'Untitled', filetype: 'gzip' })).toEqual(gzip);
  });

  it('leaves archives and other compression unread, and says which', () => {
    for (const name of ['logs.zip', 'logs.tar.gz', 'logs.tgz', 'logs.tar', 'logs.7z'])
      expect(classifyTextFile({ name, mimetype: 'application/gzip' }), name).toEqual({
        read: false,
        reason: 'archive',
      });
    expect(classifyTextFile({ name: 'x', mimetype: 'application/zip' })).toEqual({
      read: false,
      reason: 'archive',
    });
    expect(classifyTextFile({ name: 'x', filetype: 'zip' })).toEqual({ read: false, reason: 'archive' });
    for (const name of ['app.log.bz2', 'app.log.xz', 'app.log.zst'])
      expect(classifyTextFile({ name }), name).toEqual({ read: false, reason: 'unsupported-compression' });
  });

  it('leaves images, documents and unnamed untyped files unread as binary', () => {
    expect(classifyTextFile({ name: 'graph.png', mimetype: 'image/png', filetype: 'png' })).toEqual({
      read: false,
      reason: 'binary',
    });
    expect(classifyTextFile({ name: 'runbook.pdf', mimetype: 'application/pdf' }).read).toBe(false);
    expect(classifyTextFile({}).read).toBe(false);
  });
});
