import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 227: a third set of ordinary pastes of common forms. Go's socket write error shortened to its
 * syscall part, as people retell it in a title (`write: broken pipe`), and Chrome's page for a refused
 * connection without its code (`localhost refused to connect.`).
 */
describe('ordinary pastes: Go’s shortened broken pipe', () => {
  it('reads Go’s `write: broken pipe` alone as EPIPE, sure: only Go’s net package prints it so (c227-003, c22-133)', () => {
    expect(levels('write: broken pipe\n\nTell me why there may be an error **write: broken pipe**?')).toEqual(
      [['EPIPE', 'high']],
    );
    expect(
      levels(
        'after of 1 hour of data loading I get `write: broken pipe` and datanode complaining following:\n ```2019-11-26 14:54:15,470 INFO org.apache.hadoop.hdfs.server.datanode.DataNode: Exception for BP-1891900421-10.123.0.30-1410884922197:blk_3907796936_1102775082918',
      ),
    ).toEqual([['EPIPE', 'high']]);
  });

  it('still reads the whole Go error, and no file’s or shell pipe’s broken pipe', () => {
    expect(levels('write tcp 172.18.0.9:43290->192.168.1.101:3493: write: broken pipe')).toEqual([
      ['EPIPE', 'high'],
    ]);
    // Go names a file it wrote (`write /dev/stdout: broken pipe`, `write |1: broken pipe`); C's perror
    // and coreutils print glibc's capital (`write: Broken pipe`, `yes: standard output: Broken pipe`).
    expect(anyIds('panic: write /dev/stdout: broken pipe')).toEqual([]);
    expect(anyIds('exec: write |1: broken pipe')).toEqual([]);
    expect(anyIds('cat big.log | ./filter | head\nwrite: Broken pipe')).toEqual([]);
    expect(anyIds('yes: standard output: Broken pipe')).toEqual([]);
  });
});
