/**
 * PyYAML reads a flow collection whose continuation lines are not indented past its block parent,
 * which YAML 1.2 and the `yaml` package reject ("Flow map in block collection must be sufficiently
 * indented"). Point-BERT/Point-MAE-style configs are written that way:
 *
 *     optimizer : {
 *       type: AdamW,
 *       kwargs: {
 *       lr : 0.001,
 *     }}
 *
 * Inside a flow collection line breaks mean no more than spaces, so this turns them into spaces (and
 * comments there into blanks), which puts each collection on one line while every offset stays where
 * it was: positions computed from the original text remain exact. What PyYAML refuses inside a flow
 * collection (tabs, a key and its `:` on different lines) is left for the parser to refuse.
 */

import type { ParseProblem } from '../document/types.js';
import { closingQuote } from './yaml-quoted-fold.js';

const LINE_BREAK = /[\n\r]/;

/** `yaml`'s error for a flow collection not indented past its block parent, which PyYAML reads. */
export function isUnderIndentedFlow(problem: ParseProblem): boolean {
  return problem.code === 'BAD_INDENT' && /^Flow (?:sequence|map|mapping) in block collection/.test(problem.message);
}

/** The text with flow collections folded onto one line, or undefined when there is none to fold. */
export function foldFlowCollections(text: string): string | undefined {
  const out = text.split('');
  let depth = 0;
  let comment = false;
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (comment) {
      if (!LINE_BREAK.test(c)) {
        if (depth > 0) out[i] = ' ';
        continue;
      }
      comment = false;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      comment = true;
      if (depth > 0) {
        out[i] = ' ';
        changed = true;
      }
      continue;
    }
    if (depth === 0) {
      if ((c === '{' || c === '[') && startsNode(text, i)) depth = 1;
      // A quoted scalar's line breaks fold with the next line's indentation trimmed; left as they are.
      else if ((c === '"' || c === "'") && startsNode(text, i)) i = closingQuote(text, i) ?? text.length;
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if ((c === '"' || c === "'") && startsNode(text, i)) i = closingQuote(text, i) ?? text.length;
    // PyYAML refuses these too: a tab where a token starts, a key whose `:` is on the next line.
    else if (c === '\t' || (LINE_BREAK.test(c) && /^[\n\r ]*:/.test(text.slice(i + 1, i + 200)))) return undefined;
    else if (LINE_BREAK.test(c)) {
      out[i] = ' ';
      changed = true;
    }
  }
  return changed ? out.join('') : undefined;
}

/** Whether a node can start at `i`: at the start of a line, or after an indicator (`key: `, `- `, `, `, `{`, `[`). */
function startsNode(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || LINE_BREAK.test(text[j]!) || ':-,?[{'.includes(text[j]!);
}
