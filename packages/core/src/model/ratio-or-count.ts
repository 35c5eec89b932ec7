/**
 * Settings a script reads two ways by comparing them with 1: a value below 1 is a fraction of the run, one above is a
 * count (EnriCo's `if warmup_ratio < 1: num_warmup_steps = int(num_steps * warmup_ratio) else: num_warmup_steps =
 * int(warmup_ratio)`; transformers 5 reads its own `warmup_steps` the same way). A config of such a program may write
 * `warmup_ratio: 1000` on purpose, so only a name that reads as a fraction (ratio, fraction, proportion, percent,
 * warmup) is recorded: the rules that would call the value out of range ask for nothing else.
 */
import { SETTING_EXPRESSION as OPERAND, settingNameOf, withoutCommentLines } from './python-call.js';

const ONE = String.raw`1(?:\.0*)?(?![\w.])`;
const COMPARED_WITH_ONE = new RegExp(String.raw`(?<![\w.\]])(${OPERAND})\s*(?:<=?|>=?)\s*${ONE}|(?<![\w.])${ONE}\s*(?:<=?|>=?)\s*(${OPERAND})`, 'g');
const FRACTION_NAME = /ratio|fraction|frac\b|proportion|percent|pct|warmup/i;

/** The names of the fraction-like settings the script compares with 1, each with the comparison as written. */
export function ratioOrCountKeys(pythonText: string): ReadonlyMap<string, string> {
  const keys = new Map<string, string>();
  if (!pythonText.includes('1')) return keys;
  for (const m of withoutCommentLines(pythonText).matchAll(COMPARED_WITH_ONE)) {
    const operand = (m[1] ?? m[2])!;
    // A bare name (`warmup_ratio`, a function's parameter) is the setting itself.
    const name = settingNameOf(operand);
    if (name === undefined || !FRACTION_NAME.test(name) || keys.has(name)) continue;
    keys.set(name, m[0].replace(/\s+/g, ' '));
  }
  return keys;
}
