/**
 * A small reader of regular-expression source that finds the shapes that backtrack badly: an
 * unbounded quantifier (`*`, `+`, `{n,}`) inside another one, or next to another one with only
 * optional items between them (`[ \t]*\(?[ \t]*`). Conservative: a group counts as unbounded when
 * anything inside it is.
 */

interface Item {
  unbounded: boolean;
  optional: boolean;
}

interface Reader {
  source: string;
  at: number;
  problems: string[];
}

function readQuantifier(r: Reader): { min: number; max: number } | null {
  const c = r.source[r.at];
  let q: { min: number; max: number } | null = null;
  if (c === '*') q = { min: 0, max: Number.POSITIVE_INFINITY };
  else if (c === '+') q = { min: 1, max: Number.POSITIVE_INFINITY };
  else if (c === '?') q = { min: 0, max: 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.source.slice(r.at));
    if (!m) return null;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    r.at += m[0].length - 1;
    q = { min, max };
  }
  if (!q) return null;
  r.at++;
  if (r.source[r.at] === '?') r.at++;
  return q;
}

function skipClass(r: Reader): void {
  r.at++;
  if (r.source[r.at] === '^') r.at++;
  if (r.source[r.at] === ']') r.at++;
  while (r.at < r.source.length && r.source[r.at] !== ']') r.at += r.source[r.at] === '\\' ? 2 : 1;
  r.at++;
}

/** Reads alternatives until `)` or the end; returns whether anything inside is unbounded. */
function readSequence(r: Reader): boolean {
  let anyUnbounded = false;
  let lastUnbounded = -1;
  const items: Item[] = [];
  while (r.at < r.source.length && r.source[r.at] !== ')') {
    const c = r.source[r.at] as string;
    if (c === '|') {
      r.at++;
      items.length = 0;
      lastUnbounded = -1;
      continue;
    }
    let inner = false;
    let zeroWidth = false;
    if (c === '(') {
      r.at++;
      const look = /^\?(?:[=!]|<[=!])/.exec(r.source.slice(r.at));
      zeroWidth = look !== null;
      const named = /^\?(?::|<[A-Za-z_]\w*>)/.exec(r.source.slice(r.at));
      r.at += (look ?? named)?.[0].length ?? 0;
      inner = readSequence(r);
      r.at++;
    } else if (c === '[') skipClass(r);
    else if (c === '\\') {
      zeroWidth = r.source[r.at + 1] === 'b' || r.source[r.at + 1] === 'B';
      r.at += 2;
    } else {
      zeroWidth = c === '^' || c === '$';
      r.at++;
    }
    const q = readQuantifier(r) ?? { min: 1, max: 1 };
    const own = q.max === Number.POSITIVE_INFINITY;
    if (own && inner) r.problems.push(`nested unbounded quantifiers before offset ${r.at}`);
    const item = { unbounded: own || inner, optional: zeroWidth || q.min === 0 };
    if (item.unbounded) {
      const between = items.slice(lastUnbounded + 1);
      if (lastUnbounded >= 0 && between.every((i) => i.optional))
        r.problems.push(`adjacent unbounded quantifiers before offset ${r.at}`);
      lastUnbounded = items.length;
      anyUnbounded = true;
    }
    items.push(item);
  }
  return anyUnbounded;
}

/** The backtracking hazards in a pattern's source; empty when there are none. */
export function findBacktrackingHazards(pattern: RegExp): string[] {
  const r: Reader = { source: pattern.source, at: 0, problems: [] };
  while (r.at < r.source.length) {
    readSequence(r);
    r.at++;
  }
  return r.problems;
}
