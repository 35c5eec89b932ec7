import type { ParseProblem } from '../document/types.js';

export function nestingTooDeep(offset: number, limit: number): ParseProblem {
  return {
    message: `The document is nested more than ${limit} levels deep; mlconfig does not read structures this deep.`,
    range: [offset, offset],
    code: 'NESTING_TOO_DEEP',
  };
}

/**
 * Where flow nesting (`[`, `{`) first goes deeper than `limit`, ignoring quoted strings: used to give a
 * position when a parser runs out of stack on hostile input. Returns -1 when the text never gets that deep.
 */
export function findDeepNesting(text: string, limit: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92 /* \ */ && quote === 34) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 34 /* " */ || c === 39 /* ' */) quote = c;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return -1;
}
