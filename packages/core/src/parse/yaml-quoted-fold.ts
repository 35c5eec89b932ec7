/**
 * PyYAML reads a quoted scalar whose continuation lines are not indented past its key, which YAML 1.2 and the `yaml`
 * package reject ("Missing closing quote"). Configs write SQL queries and prompts that way (vampnet's `conf/vampnet.yml`):
 *
 *     query: "
 *         SELECT af.path, chunk.offset FROM chunk
 *     "
 *
 * As for flow collections (yaml-flow-fold.ts), the line breaks inside such a scalar are turned into spaces, which puts
 * it on one line while every offset stays where it was, so positions computed from the original text remain exact. The
 * scalar's value is then read again from the original text (`quotedValue`): folding a line break trims the white space
 * around it and keeps an empty line as a line break, which a space in its place would not. Only the scalars `yaml`'s
 * lexer left unclosed are folded, found by where its quoted-scalar tokens start, so a quote inside a block scalar or a
 * comment is never taken for one. What PyYAML refuses too is not folded: a line with `---` or `...` in column 1, and a
 * quoted key written over several lines.
 */
import { parse } from 'yaml';
import type { ParseProblem, Range } from '../document/types.js';

/** `yaml`'s error for a quoted scalar that it ended at a line indented no further than its key. */
export function isUnclosedQuote(problem: ParseProblem): boolean {
  return problem.code === 'MISSING_CHAR' && /^Missing closing ["']quote/.test(problem.message);
}

/** Whether a quoted-scalar token as the lexer cut it (`"…` or `'…`) lacks its closing quote. */
export function isUnclosedQuotedToken(source: string): boolean {
  return closingQuote(source, 0) !== source.length - 1;
}

/**
 * The text with the quoted scalar that opens at `start` put on one line (its line breaks turned into spaces), and where
 * that scalar is; undefined when it does not close, or holds a document marker PyYAML stops at, or is on one line.
 */
export function foldQuotedScalar(text: string, start: number): { readonly text: string; readonly span: Range } | undefined {
  const end = closingQuote(text, start);
  if (end === undefined) return undefined;
  const body = text.slice(start, end + 1);
  if (!/[\n\r]/.test(body) || /[\n\r](?:---|\.\.\.)(?:[ \t\n\r]|$)/.test(body)) return undefined;
  // A key cannot span lines in PyYAML either ("mapping values are not allowed here"; yaml-test-suite JKF3).
  if (/^[ \t]*:(?:[ \t\n\r]|$)/.test(text.slice(end + 1, end + 64))) return undefined;
  return { text: text.slice(0, start) + body.replace(/[\n\r]/g, ' ') + text.slice(end + 1), span: [start, end + 1] };
}

/**
 * The value PyYAML gives a quoted scalar written over several lines (`source` from its opening to its closing quote):
 * `yaml` reads the same value once each continuation line is indented, which changes nothing in a quoted scalar.
 */
export function quotedValue(source: string): string | undefined {
  try {
    const value: unknown = parse(source.replace(/(\r\n|\n|\r)/g, '$1 '));
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Offset of the quote that closes the quoted scalar opening at `start`, as PyYAML scans it; undefined if none. */
export function closingQuote(text: string, start: number): number | undefined {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return undefined;
}
