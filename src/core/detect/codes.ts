import type { FactTables } from './fact-tables.js';
import type { Confidence } from './finding.js';
import { capConfidence, type Hit } from './hit.js';
import { PATTERNS } from './patterns.js';

const { hex4: HEX4, hexDecimal: HEX_DECIMAL, nameAfter: NAME_AFTER } = PATTERNS;

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** `0x80072746` (an HRESULT) or libpq's `(0x0000274D/10061)`, right after their keyword. */
export function readHexCode(
  kind: 'hresult' | 'hex-decimal',
  text: string,
  start: number,
  end: number,
  byCode: ReadonlyMap<number, string>,
): Hit | null {
  const pattern = kind === 'hresult' ? HEX4 : HEX_DECIMAL;
  const m = sticky(pattern, text, end);
  if (!m) return null;
  const code = kind === 'hresult' ? Number.parseInt(m[0], 16) : Number(m[2]);
  if (kind === 'hex-decimal' && Number.parseInt(m[1] as string, 16) !== code) return null;
  const id = byCode.get(code);
  if (id === undefined) return null;
  const form = kind === 'hresult' ? 'hresult' : 'code';
  return { id, start, end: pattern.lastIndex, form, confidence: 'high', variant: `${form}:${code}` };
}

/** A .NET SocketError member or a Rust ErrorKind after its label: `SocketErrorCode: ConnectionReset`. */
export interface NameMention {
  ids: readonly string[];
  end: number;
  confidence: Confidence;
}

/**
 * Rust's io::Error Debug prints an OS error as `Os { code: 111, kind: ConnectionRefused, … }`; the
 * two other forms carry no OS error: `Kind(ConnectionReset)` (an error made from the bare kind, as
 * h2 and hyper rebuild one) and `Custom { kind: TimedOut, error: … }` (io::Error::new by the
 * program, quinn's idle timeout wrapped by an application). Their kind is the program's category.
 */
function isKindWithoutOsCode(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 0x4b && text.charCodeAt(end) === 0x28) return true; // `Kind(`
  return /\bCustom\s*\{\s*$/.test(text.slice(Math.max(0, start - 24), start));
}

/** Reads the member or kind name after `end`; .NET members are socket errors, Rust kinds less surely. */
export function readName(
  table: 'dotnet' | 'rust',
  text: string,
  start: number,
  end: number,
  tables: FactTables,
): NameMention | null {
  const m = sticky(NAME_AFTER, text, end);
  const ids = m
    ? (table === 'dotnet' ? tables.dotnetMembers : tables.rustKinds).get(m[1] as string)
    : undefined;
  if (!m || !ids) return null;
  const id = ids[0] as string;
  const confidence =
    table === 'dotnet'
      ? 'high'
      : isKindWithoutOsCode(text, start, end)
        ? 'low'
        : capConfidence(ids.length === 1 ? 'high' : 'medium', tables.cap(id));
  return { ids, end: NAME_AFTER.lastIndex, confidence };
}
