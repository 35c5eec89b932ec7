/**
 * Settings a script tests for -1 or 0 and then replaces: `if args.batch_size == -1: args.batch_size = len(dataset)`
 * (full-batch training in PINN and VAE programs), `lr = lr_for_mode[mode] if args.lr == -1 else args.lr`. In such a
 * program the value is its own switch, not a count or a rate out of range, so the range rules leave it alone (see
 * sentinels.ts). Only what shows that the program goes on with another value is taken:
 * - an `if`/`elif` whose condition holds `<setting> == -1`, `== 0`, `< 0` or `<= 0`, unless its body refuses the value
 *   (`raise`, `assert`, `sys.exit`): `if args.batch_size <= 0: raise ValueError(...)` is a check, not a switch;
 * - an `if`/`elif` whose condition holds `!= 0`, `> 0` or `>= 0` (or -1) and no `or`, followed directly by an `else:`
 *   that does not refuse: the `else` takes the sentinel (QCNN-Metrics' `if params.batch_size != 0:` samples a batch,
 *   its `else:` trains on all the data);
 * - a conditional expression, `len(data) if args.batch_size == -1 else args.batch_size`, whichever way it compares
 *   (`args.batch_size if args.batch_size > 0 else len(data)`).
 * `assert` lines and `while` loops are not read.
 */
import { SETTING_EXPRESSION as OPERAND, blockLinesBelow, settingNameOf, withoutCommentLines } from './python-call.js';

/** Which numbers a test singles out: exactly one value, those below it, or those at or below it. */
export interface SentinelTest {
  readonly values: 'equal' | 'below' | 'at-most';
  readonly bound: -1 | 0;
  /** The comparison as written (`args.batch_size == -1`). */
  readonly comparison: string;
}

const BOUND = String.raw`(-[ \t]*1|0)(?![\w.])`;
const OPERATOR = String.raw`(==|!=|<=|>=|<|>)`;
const COMPARISON = String.raw`(?<![\w.\]])(${OPERAND})[ \t]*${OPERATOR}[ \t]*${BOUND}`;
/** An `if`/`elif` statement's line, with its condition and what follows the colon. */
const IF_STATEMENT = /^([ \t]*)(?:el)?if\b([^\n]*):([^\n]*)$/gm;
const COMPARISON_IN = new RegExp(COMPARISON, 'g');
/** `… if <setting> <op> <bound> else …` on one line. */
const CONDITIONAL_EXPRESSION = new RegExp(String.raw`\bif[ \t]+${COMPARISON}[ \t]+else\b`, 'g');
/** A body that refuses the value instead of replacing it. */
const REFUSES = /^[ \t]*(?:raise\b|assert\b|(?:sys\.)?exit[ \t]*\(|quit[ \t]*\(|os\._exit[ \t]*\()/;

/** The settings the script tests for a sentinel, by name, each with the tests found (first one first). */
export function sentinelTests(pythonText: string): ReadonlyMap<string, readonly SentinelTest[]> {
  const found = new Map<string, SentinelTest[]>();
  if (!/[=<>][ \t]*(?:-[ \t]*1|0)/.test(pythonText)) return found;
  const text = withoutCommentLines(pythonText);
  const add = (operand: string, operator: string, bound: string, comparison: string): void => {
    const name = settingNameOf(operand);
    const test = name === undefined ? undefined : testOf(operator, bound === '0' ? 0 : -1, comparison.replace(/\s+/g, ' '));
    if (name === undefined || test === undefined) return;
    const tests = found.get(name) ?? [];
    if (!tests.some((t) => t.values === test.values && t.bound === test.bound)) tests.push(test);
    found.set(name, tests);
  };
  let lines: LineTable | undefined;
  for (const m of text.matchAll(IF_STATEMENT)) {
    const condition = m[2]!;
    // `if not args.x == -1` and `if a == -1 else b` inside an expression are read elsewhere or not at all.
    if (/\bnot\b|\belse\b/.test(condition) || refuses(m[3]!, text, m.index + m[0].length, m[1]!.length)) continue;
    const comparisons = [...condition.matchAll(COMPARISON_IN)];
    if (comparisons.length === 0) continue;
    // In a statement, the body runs for the values `==`, `<` and `<=` name; `!=`, `>` and `>=` leave them to the
    // `else`, which counts only when it directly follows and does not refuse them. With an `or`, the body may run
    // for the sentinel too.
    const elseTakes = !/\bor\b/.test(condition) && elseReplaces(text, (lines ??= lineTable(text)), m.index);
    for (const c of comparisons) {
      const toBody = c[2] === '==' || c[2] === '<' || c[2] === '<=';
      if (toBody || elseTakes) add(c[1]!, c[2]!, c[3]!.replace(/[ \t]/g, ''), c[0]);
    }
  }
  for (const m of text.matchAll(CONDITIONAL_EXPRESSION)) add(m[1]!, m[2]!, m[3]!.replace(/[ \t]/g, ''), m[0].slice(m[0].indexOf(m[1]!), m[0].search(/[ \t]+else$/)));
  return found;
}

/** Whether the value the test names leaves numbers below the bound, at or below it, or one number to another branch. */
function testOf(operator: string, bound: -1 | 0, comparison: string): SentinelTest | undefined {
  switch (operator) {
    case '==':
    case '!=':
      return { values: 'equal', bound, comparison };
    case '<':
    case '>=':
      return { values: 'below', bound, comparison };
    case '<=':
    case '>':
      return { values: 'at-most', bound, comparison };
    default:
      return undefined;
  }
}

/** Lines of an `if` body read for a refusal: a message printed or logged first (`print(...)`, then `sys.exit(1)`). */
const BODY_LINES_READ = 3;

/** Whether the body of the `if` (after its colon, or its first lines below) refuses the value. */
function refuses(afterColon: string, text: string, lineEnd: number, indent: number): boolean {
  if (afterColon.trim() !== '') return afterColon.split(';').some((statement) => REFUSES.test(statement));
  let read = 0;
  for (const line of blockLinesBelow(text, lineEnd, indent)) {
    if (REFUSES.test(line)) return true;
    if (++read === BODY_LINES_READ) return false;
  }
  return false;
}

/** The `else:` line at the header's indent right after the body of an `if`. */
const ELSE_LINE = /^([ \t]*)else[ \t]*:([^\n]*)$/;

/**
 * The script's non-blank lines, each with its indent and the next line at or left of that indent (where the block it
 * heads ends), found in one pass so that nested `if`s cost no more than flat ones.
 */
interface LineTable {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly indents: readonly number[];
  readonly blockEnd: Int32Array;
}

function lineTable(text: string): LineTable {
  const starts: number[] = [], ends: number[] = [], indents: number[] = [];
  for (let at = 0; at < text.length;) {
    const next = text.indexOf('\n', at);
    const end = next === -1 ? text.length : next;
    let indent = at;
    while (indent < end && (text[indent] === ' ' || text[indent] === '\t')) indent++;
    if (indent < end && text[indent] !== '\r') {
      starts.push(at);
      ends.push(end);
      indents.push(indent - at);
    }
    at = end + 1;
  }
  const blockEnd = new Int32Array(starts.length).fill(-1);
  const open: number[] = [];
  for (let j = 0; j < starts.length; j++) {
    while (open.length > 0 && indents[open[open.length - 1]!]! >= indents[j]!) blockEnd[open.pop()!] = j;
    open.push(j);
  }
  return { starts, ends, indents, blockEnd };
}

/** Whether an `else:` directly follows the body of the `if` whose line starts at `headerStart`, and goes on instead of refusing. */
function elseReplaces(text: string, lines: LineTable, headerStart: number): boolean {
  let low = 0, high = lines.starts.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lines.starts[mid]! < headerStart) low = mid + 1;
    else high = mid;
  }
  if (lines.starts[low] !== headerStart) return false;
  const after = lines.blockEnd[low]!;
  if (after === -1 || lines.indents[after] !== lines.indents[low]) return false;
  const found = ELSE_LINE.exec(text.slice(lines.starts[after], lines.ends[after]));
  return found !== null && !refuses(found[2]!, text, lines.ends[after]!, lines.indents[low]!);
}

/** A test as the scripts' facts carry it: the values it singles out, and where it is written. */
export type TestedSentinel = Pick<SentinelTest, 'values' | 'bound'> & { readonly evidence: string };

/** Whether the test singles out the value: the program replaces it with another. */
export function testCovers(test: Pick<SentinelTest, 'values' | 'bound'>, value: number): boolean {
  switch (test.values) {
    case 'equal':
      return value === test.bound;
    case 'below':
      return value < test.bound;
    case 'at-most':
      return value <= test.bound;
  }
}
