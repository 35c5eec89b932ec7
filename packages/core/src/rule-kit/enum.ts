/**
 * Checking a string setting against the values a framework accepts, with a "did you mean" that
 * becomes a suggestion (a fix a person confirms: the closest name is usually, not always, meant).
 */
import type { Field } from '../classify/classify.js';
import type { Fix, RuleContext } from './types.js';
import { didYouMean } from './suggest.js';
import { replaceScalar } from './edits.js';
import { fieldName } from './helpers.js';
import { specialKind } from '../loader/special-values.js';

export interface EnumCheck {
  /** What the value names, for messages: "optimizer", "scheduler". */
  readonly what: string;
  /** Who refuses the value: "HF Trainer", "DeepSpeed". */
  readonly framework: string;
  readonly allowed: readonly string[];
  readonly caseInsensitive?: boolean;
  /** The framework's own error message, quoted in the explanation. */
  readonly error: string;
  /** Extra advice appended to the explanation. */
  readonly advice?: string;
  /** Also check numbers, compared as text (Lightning's `precision: 16`). */
  readonly numbers?: boolean;
}

/** Reports `field` when its string value is not one of `check.allowed`. Returns whether it reported. */
export function checkEnum(ctx: RuleContext<object>, field: Field, check: EnumCheck): boolean {
  const node = field.value;
  if (node.kind !== 'scalar' || specialKind(node)) return false;
  const number = typeof node.value === 'number' && check.numbers;
  const value = number ? String(node.value) : node.value;
  if (typeof value !== 'string' || value.trim() === '') return false;
  // A number is shown as written (`.nan`, `1e308`, `16.0`), not as JavaScript spells it (`NaN`, `1e+308`, `16`).
  const shown = number ? node.raw : value;
  const norm = (s: string): string => (check.caseInsensitive ? s.toLowerCase() : s);
  if (check.allowed.some((a) => norm(a) === norm(value))) return false;
  const lowered = check.caseInsensitive ? undefined : check.allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  const suggestion = lowered ?? didYouMean(norm(value), check.allowed.map(norm));
  const canonical = suggestion === undefined ? undefined : check.allowed.find((a) => norm(a) === suggestion) ?? suggestion;
  const suggestions: Fix[] = canonical ? [{ description: `Use \`${canonical}\``, edits: [replaceScalar(node, canonical)] }] : [];
  const listed = check.allowed.length <= 14 ? ` Accepted values: ${check.allowed.map((a) => `\`${a}\``).join(', ')}.` : '';
  ctx.report({
    field,
    message: `${check.framework} has no ${check.what} "${shown}"${canonical ? `; did you mean "${canonical}"` : ''}.`,
    explanation:
      `${fieldName(field)} is "${shown}", which ${check.framework} does not accept: it raises ${check.error} before training starts.` +
      (canonical ? ` The closest accepted value is \`${canonical}\`.` : '') +
      listed +
      (check.advice ? ` ${check.advice}` : ''),
    ...(suggestions.length > 0 ? { suggestions } : {}),
  });
  return true;
}
