import { describe, expect, it } from 'vitest';
import { nodeErrorHeadOf } from '../../../src/core/detect/node-error-fields.js';

const inspected =
  "Error: write EPIPE\n    at afterWriteDispatched (internal/stream_base_commons.js:156:25)\nEmitted 'error' event on Socket instance at:\n    at Socket.onerror (_stream_readable.js:754:14) {\n  errno: -32,\n  code: 'EPIPE',\n  syscall: 'write'\n}";

describe('nodeErrorHeadOf', () => {
  it('finds the head line of the error whose inspected fields hold a position, across its stack', () => {
    expect(nodeErrorHeadOf(inspected, inspected.indexOf('-32'))).toBe(0);
    expect(nodeErrorHeadOf(inspected, inspected.indexOf("'write'"))).toBe(0);
    const logged = `some log line\n${inspected}`;
    expect(nodeErrorHeadOf(logged, logged.indexOf('-32'))).toBe('some log line\n'.length);
  });

  it('finds the head of an error printed with its fields and no stack', () => {
    const text = "Error: read ETIMEDOUT {\r\n  errno: -60,\r\n  code: 'ETIMEDOUT'\r\n}";
    expect(nodeErrorHeadOf(text, text.indexOf('-60'))).toBe(0);
  });

  it('finds none outside a field line, or where no brace opens the fields', () => {
    expect(nodeErrorHeadOf(inspected, inspected.indexOf('EPIPE'))).toBe(-1);
    expect(nodeErrorHeadOf(inspected, inspected.indexOf('stream_base'))).toBe(-1);
    const config = 'const options = [\n  retries: 3,\n  errno: -32,\n]';
    expect(nodeErrorHeadOf(config, config.indexOf('-32'))).toBe(-1);
  });

  it('looks a bounded way back on a long line, so many positions cost little', () => {
    const line = `${'x'.repeat(1_000_000)}  errno: -32,`;
    const began = performance.now();
    for (let pos = 0; pos < line.length; pos += 100) nodeErrorHeadOf(line, pos);
    expect(performance.now() - began).toBeLessThan(2000);
  });
});
