/**
 * Python's `json.dump` writes `NaN`, `Infinity` and `-Infinity` for non-finite floats (its default
 * `allow_nan=True`), and `json.load` reads them back, so saved arguments (`"max_grad_norm": Infinity`)
 * carry them. They are not JSON: jsonc-parser, like `JSON.parse`, jq and editors, stops at them. The parse
 * error stays (nothing after it can be checked), with a message that says what the word is.
 */
import type { ParseProblem } from '../document/types.js';

const PYTHON_CONSTANT = /^-?(?:NaN|Infinity)\b/;

export function explainPythonConstants(text: string, problems: ParseProblem[]): ParseProblem[] {
  return problems.map((p) => {
    if (p.code !== 'InvalidSymbol') return p;
    const word = PYTHON_CONSTANT.exec(text.slice(p.range[0], p.range[0] + 10))?.[0];
    if (word === undefined) return p;
    return {
      ...p,
      message: `\`${word}\` is not JSON, though Python's json module writes and reads it.`,
      hint:
        `Python's \`json.dump\` writes a non-finite float as \`${word}\` unless called with \`allow_nan=False\`, and \`json.load\` reads it back, but JSON has no such value: ` +
        'JSON.parse, jq, editors and mlconfig stop there, so nothing after it is checked. Write a finite number or `null` (and let the program treat it as "no limit"), or quote it if the program converts strings.',
      range: [p.range[0], p.range[0] + word.length],
    };
  });
}
