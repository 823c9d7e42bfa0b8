import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createLineReader, PASTE_END, PASTE_START } from '../../../src/adapters/terminal/listeners.js';

/** A chained Python traceback: blank lines inside, one failure. */
const TRACEBACK = [
  'Traceback (most recent call last):',
  '  File "client.py", line 3, in <module>',
  'ConnectionRefusedError: [Errno 111] Connection refused',
  '',
  'During handling of the above exception, another exception occurred:',
  '',
  'Traceback (most recent call last):',
  '  File "client.py", line 5, in <module>',
  'urllib3.exceptions.NewConnectionError: Failed to establish a new connection: [Errno 111] Connection refused',
];

function reader(quietMs = 30) {
  const said: { kind: 'message' | 'command' | 'quit'; text: string }[] = [];
  const lines = createLineReader(
    {
      message: (text) => said.push({ kind: 'message', text }),
      command: (text) => said.push({ kind: 'command', text }),
      quit: () => said.push({ kind: 'quit', text: '' }),
    },
    { quietMs },
  );
  return { lines, said };
}

describe('the shell line reader', () => {
  it('takes a bracketed paste as one message, blank lines included, as soon as it ends', () => {
    const { lines, said } = reader(10_000);
    const [first, ...rest] = TRACEBACK;
    lines.line(`${PASTE_START}${first}`);
    for (const line of rest.slice(0, -1)) lines.line(line);
    lines.line(`${rest.at(-1)}${PASTE_END}`);
    expect(said).toEqual([{ kind: 'message', text: TRACEBACK.join('\n') }]);
  });

  it('takes the paste brackets readline reports as keypresses, and a paste that ends mid-line at Enter', () => {
    const { lines, said } = reader(10_000);
    lines.pasteStart();
    for (const line of TRACEBACK.slice(0, -1)) lines.line(line);
    lines.pasteEnd(true);
    expect(said).toEqual([]);
    lines.line(TRACEBACK.at(-1) as string);
    expect(said).toEqual([{ kind: 'message', text: TRACEBACK.join('\n') }]);
  });

  it('takes a pasted /sockerr with a trace as one command', () => {
    const { lines, said } = reader(10_000);
    lines.pasteStart();
    lines.line('/sockerr read ECONNRESET');
    lines.line('');
    lines.line('connect ECONNREFUSED 127.0.0.1:5432');
    lines.pasteEnd();
    expect(said).toEqual([
      { kind: 'command', text: 'read ECONNRESET\n\nconnect ECONNREFUSED 127.0.0.1:5432' },
    ]);
  });

  it('without brackets, gathers a burst of lines, blank ones too, until a short pause', async () => {
    const { lines, said } = reader(30);
    for (const line of TRACEBACK) lines.line(line);
    expect(said).toEqual([]);
    await delay(80);
    expect(said).toEqual([{ kind: 'message', text: TRACEBACK.join('\n') }]);
    lines.line('next message');
    await delay(80);
    expect(said.at(-1)).toEqual({ kind: 'message', text: 'next message' });
  });

  it('answers a typed /sockerr line at once, after what was gathered before it', () => {
    const { lines, said } = reader(10_000);
    lines.line('read ECONNRESET');
    lines.line('/sockerr 10053');
    lines.line('/quit');
    expect(said).toEqual([
      { kind: 'message', text: 'read ECONNRESET' },
      { kind: 'command', text: '10053' },
      { kind: 'quit', text: '' },
    ]);
  });

  it('hands over what it gathered when the input ends, and ignores blank input', () => {
    const { lines, said } = reader(10_000);
    lines.line('');
    lines.line('   ');
    lines.flush();
    expect(said).toEqual([]);
    lines.line('read ECONNRESET');
    lines.flush();
    expect(said).toEqual([{ kind: 'message', text: 'read ECONNRESET' }]);
  });
});
