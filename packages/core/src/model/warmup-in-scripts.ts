/**
 * Warmup-named settings that a project's scripts use as something else, read from the scripts' text.
 *
 * - A decay point: the knowledge-graph-embedding lineage (RotatE, HAKE, and the STHGCN models built on its trainer)
 *   names the step at which it divides the rate by ten `warm_up_steps`: `if step >= warm_up_steps:
 *   current_learning_rate = current_learning_rate / 10`. The rate starts at its peak there; nothing warms up.
 * - A phase added to the run: ActionFormer and SnAG train for `epochs` after `warmup_epochs`
 *   (`num_epochs = opt['train']['epochs'] + opt['train']['warmup_epochs']`), so a warmup longer than `epochs` still ends
 *   before training does.
 */
import { SETTING_EXPRESSION as OPERAND, settingNameOf as settingName, withoutCommentLines } from './python-call.js';

const WARMUP_NAME = /warm_?up/i;
/** A step, iteration or epoch counter on the left of `>=` (`global_step`, `step`, `it`, `epoch`). */
const COUNTER = String.raw`(?=[A-Za-z_])[\w.]*?(?:step|iter|it|epoch)\w*`;
const STEP_PASSED = new RegExp(String.raw`^([ \t]*)(?:el)?if\s+(?:${COUNTER}\s*>=?\s*(${OPERAND})|(${OPERAND})\s*<=?\s*${COUNTER})\s*:[ \t]*(?:#.*)?$`);
/** The rate divided or multiplied by a constant: `lr = lr / 10`, `current_learning_rate /= 10`, `g['lr'] *= 0.1`. */
const RATE = String.raw`(?:[\w.]*(?:lr|learning_rate)\w*|[\w.]+\[\s*['"]lr['"]\s*\])`;
const RATE_SCALED = new RegExp(String.raw`^[ \t]*(${RATE})\s*(?:=\s*(${RATE})\s*)?([/*])=?\s*(\d[\d.]*(?:e-?\d+)?)[ \t]*(?:#.*)?$`);
/** How many lines of an `if` body are looked at for the rate's change. */
const BODY_LINES = 3;
/** Longer lines are data or generated code, not the comparisons looked for (and the patterns must not run away on them). */
const MAX_LINE = 400;

/** The warmup-named settings a script compares the step with before scaling the rate down, each with the code that does. */
export function warmupDecayPoints(pythonText: string): ReadonlyMap<string, string> {
  const points = new Map<string, string>();
  if (!WARMUP_NAME.test(pythonText)) return points;
  const lines = withoutCommentLines(pythonText).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE || !line.includes('if') || !WARMUP_NAME.test(line)) continue;
    const m = STEP_PASSED.exec(line.replace(/\s+$/, ''));
    if (!m) continue;
    const name = settingName((m[2] ?? m[3])!);
    if (name === undefined || !WARMUP_NAME.test(name) || points.has(name)) continue;
    const indent = m[1]!.length;
    for (let j = i + 1; j < lines.length && j <= i + BODY_LINES; j++) {
      const body = lines[j]!;
      if (body.trim() === '') continue;
      if (body.length - body.trimStart().length <= indent || body.length > MAX_LINE) break;
      const scaled = RATE_SCALED.exec(body);
      // `lr = lr / 10` scales the rate it had; `lr = base_lr / 10` sets another; `lr *= 10` raises it.
      if (scaled && (scaled[2] === undefined || scaled[2] === scaled[1]) && scalesDown(scaled[3]!, Number(scaled[4]))) {
        points.set(name, `\`${line.trim()}\` then \`${body.trim()}\``);
        break;
      }
    }
  }
  return points;
}

/** Dividing by more than 1 or multiplying by less than 1. */
function scalesDown(operator: string, factor: number): boolean {
  return operator === '/' ? factor > 1 : factor < 1;
}

/** A run's length in epochs or steps as a script names it (`epochs`, `max_epochs`, `num_train_steps`); not a loop counter. */
const RUN_LENGTH_NAME = /^(?:(?:num|max|total|n|train)_)*(?:epochs|steps|iters|iterations)$|^(?:num|max|total|n)_(?:train_)?(?:epoch|step|iter)$/;
const SUM = new RegExp(String.raw`(?<![\w.\]'"])(${OPERAND})\s*\+\s*(${OPERAND})(?![\w(\[.])`, 'g');

/** The warmup-named settings a script adds to the run's length, each with the sum as written. */
export function warmupAddedToRun(pythonText: string): ReadonlyMap<string, string> {
  const added = new Map<string, string>();
  if (!WARMUP_NAME.test(pythonText) || !pythonText.includes('+')) return added;
  for (const line of withoutCommentLines(pythonText).split('\n')) {
    if (line.length > MAX_LINE || !line.includes('+') || !WARMUP_NAME.test(line)) continue;
    for (const m of line.matchAll(SUM)) {
      const a = settingName(m[1]!);
      const b = settingName(m[2]!);
      if (a === undefined || b === undefined) continue;
      const warmup = WARMUP_NAME.test(a) ? a : WARMUP_NAME.test(b) ? b : undefined;
      const length = warmup === a ? b : a;
      if (warmup === undefined || !RUN_LENGTH_NAME.test(length) || added.has(warmup)) continue;
      added.set(warmup, `\`${m[0].replace(/\s+/g, ' ')}\``);
    }
  }
  return added;
}
