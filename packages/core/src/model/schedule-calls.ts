/**
 * Whether a project's Python script builds a learning-rate schedule whatever its config says. Many programs write the
 * schedule in code (OpenOOD's trainer always wraps its SGD in a cosine `LambdaLR`; GraSP steps the rate down with its
 * own `PresetLRScheduler`) and keep only the rate in the config, so a config that names no schedule does not mean a
 * constant rate. Only a construction that no `if`, `elif`, `else`, `while` or `except` encloses counts: a scheduler
 * built only when the config asks for one (`if cfg.scheduler == "cosine":`) leaves a config that names none constant.
 * Core has no file system: `@mlconfig/core/node` reads the scripts and asks here what they build.
 */
import { withoutCommentLines } from './python-call.js';

/**
 * The schedulers of torch (`torch.optim.lr_scheduler.X`, `StepLR`, `ReduceLROnPlateau`; not `ConstantLR`), Hugging
 * Face (`get_cosine_schedule_with_warmup`, `get_scheduler`), timm (`create_scheduler`), Keras (`LearningRateScheduler`,
 * `schedules.ExponentialDecay`, `CosineDecay`), optax (`optax.warmup_cosine_decay_schedule`), a project's own
 * scheduler class named after what it does (`PresetLRScheduler`, `WarmupCosineScheduler`), the classic
 * `adjust_learning_rate(optimizer, epoch)` (or a trainer's `self.adjust_learning_rate(...)`), and a function of the project's own named for a decay that is handed the
 * optimizer (`cosine_lr_after_step(optimizer, ...)`).
 */
const SCHEDULER_CALL = new RegExp(
  '(?<![\\w.])(' +
    [
      '(?:[A-Za-z_]\\w*\\s*\\.\\s*)*lr_scheduler\\s*\\.\\s*(?!Constant)[A-Z]\\w*',
      '(?:Lambda|Multiplicative|Step|MultiStep|Linear|Exponential|Polynomial|CosineAnnealing|CosineAnnealingWarmRestarts|Cyclic|OneCycle|Sequential|Chained)LR',
      'ReduceLROnPlateau',
      'get_(?:linear|cosine|cosine_with_hard_restarts|cosine_with_min_lr|polynomial_decay|inverse_sqrt|wsd)_schedule(?:_with_warmup)?',
      'get_scheduler',
      // A project's own builder (DeepErwin's `build_lr_schedule(config.learning_rate, config.lr_schedule)`).
      '(?:build|make|get|create|init)_lr_schedul(?:e|er)s?',
      'create_scheduler(?:_v2)?',
      'LearningRateScheduler',
      '(?:[A-Za-z_]\\w*\\s*\\.\\s*)*schedules\\s*\\.\\s*(?!Constant)[A-Z]\\w*',
      '(?:Exponential|Cosine|PiecewiseConstant|Polynomial|InverseTime)Decay(?:Restarts)?',
      'optax\\s*\\.\\s*(?!constant)\\w*schedule\\w*',
      // timm's classes by module (`timm.scheduler.CosineLRScheduler`, EVAR's finetune.py) as well as imported.
      '(?:[A-Za-z_]\\w*\\s*\\.\\s*)*[A-Z]\\w*(?:LR|Lr|Warm|Cosine|Poly|Step|Plateau)\\w*Scheduler',
      // Also as a trainer's own method (SelfMedMAE's `self.adjust_learning_rate(epoch + i / self.iters_per_epoch, args)`).
      '(?:self\\s*\\.\\s*)?adjust_(?:learning_rate|lr)',
      // A project's own function that sets the optimizer's rate, named for a decay (SoftGroup's and ISBNet's
      // `cosine_lr_after_step(optimizer, cfg.optimizer.lr, epoch, cfg.step_epoch, cfg.epochs)`, the tutorials'
      // `exp_lr_scheduler(optimizer, epoch)`): called with the optimizer, not where it is defined.
      // Bounded, so that a long identifier of such words cannot make the match backtrack without end.
      '(?<!\\bdef\\s+)(?:[a-z][a-z0-9]{0,20}_)?(?:cos|cosine|poly|step|exp|decay|anneal)[a-z0-9_]{0,20}?_lr(?:_[a-z0-9_]{0,30})?(?![\\w])(?=\\s*\\(\\s*(?:self\\s*\\.\\s*)?[a-z_]{0,20}optim\\w{0,20}\\s*[,)])',
    ].join('|') +
    ')\\s*\\(',
  'g',
);
/** Lines that make what they enclose run only sometimes. `if __name__ == "__main__":` is a script's body, not a condition. */
const CONDITIONAL_HEADER = /^\s*(?:(?:el)?if\b(?!\s+__name__\s*==)|else\s*:|while\b|except\b)/;

/**
 * The first schedule the script builds unconditionally, as written up to its `(` (`torch.optim.lr_scheduler.LambdaLR`),
 * or undefined.
 */
export function unconditionalScheduleCall(pythonText: string): string | undefined {
  return unconditionalSchedules(pythonText)[0]?.call;
}

/** A schedule a script builds unconditionally. */
export interface ScheduleBuild {
  /** As written up to its `(` (`optim.lr_scheduler.ExponentialLR`). */
  readonly call: string;
  /**
   * The name the schedule is assigned to when the script never mentions it again (MID's and TrackSSM's
   * `self.scheduler = optim.lr_scheduler.ExponentialLR(...)` with no `self.scheduler.step()`): such a schedule changes
   * the rate only if another script steps it under that name.
   */
  readonly idle?: string;
  /** How evidence shows it, when that is not the call with `(…)`: a rate set by hand (see handSetRates). */
  readonly shown?: string;
}

/** Builds a script makes, in order; a few are enough to find one that is used. */
const MAX_BUILDS = 8;
/** `name = ` or `self.name = ` before a call on its line. */
const ASSIGNED_TO = /^([ \t]*)(self[ \t]*\.[ \t]*)?([A-Za-z_]\w*)[ \t]*=[ \t]*$/;

/** The schedules the script builds unconditionally (see `unconditionalScheduleCall`), each with the name it is kept under when the script never uses it. */
export function unconditionalSchedules(pythonText: string): ScheduleBuild[] {
  if (!pythonText.includes('chedule') && !pythonText.includes('LR') && !pythonText.includes('adjust_') && !pythonText.includes('_lr') && !pythonText.includes('param_groups')) return [];
  const code = withoutCommentLines(pythonText);
  const builds: ScheduleBuild[] = [];
  for (const m of code.matchAll(SCHEDULER_CALL)) {
    if (isConditional(code, m.index)) continue;
    const idle = setsRateInPlace(m[1]!) ? undefined : idleTarget(code, m.index);
    builds.push({ call: m[1].replace(/\s+/g, ''), ...(idle !== undefined ? { idle } : {}) });
    if (builds.length >= MAX_BUILDS) break;
  }
  if (builds.length < MAX_BUILDS) builds.push(...handSetRates(code).slice(0, MAX_BUILDS - builds.length));
  return builds;
}

/** `param_group['lr'] = 0.01`, `g["lr"] *= 0.1`: the rate of one of the optimizer's parameter groups, set by hand. */
const GROUP_RATE = /^([ \t]*)([A-Za-z_]\w*)[ \t]*\[[ \t]*['"]lr['"][ \t]*\][ \t]*[*/]?=(?!=)[^\n]*/gm;
/** What a decay written by hand tests or computes with: the epoch, the step or the iteration (outside string literals). */
const PROGRESS_NAME = /epoch|(?<![a-z])step|(?<![a-z])iter/i;
const testsProgress = (text: string): boolean => PROGRESS_NAME.test(text.replace(/(['"])[^'"\n]*\1/g, ''));

/**
 * A step schedule written inline (PGD_modified's trainers: `if self.epoch >= 80 and self.epoch < 120:` then
 * `for param_group in self.optimizer.param_groups: param_group['lr'] = 0.01`): the rate of each parameter group set in a
 * loop over `param_groups`, where the value or every condition around it tests the epoch, step or iteration. A condition
 * on anything else (`if cfg.scheduler == "step":`) leaves the rate to the config, as for scheduler classes.
 */
function handSetRates(code: string): ScheduleBuild[] {
  if (!code.includes('param_groups')) return [];
  for (const m of code.matchAll(GROUP_RATE)) {
    const headers = enclosingHeaders(code, m.index);
    const loop = new RegExp(`^[ \\t]*for[ \\t]+${m[2]}[ \\t]+in\\b[^\\n]*\\bparam_groups\\b`);
    if (headers.length === 0 || !loop.test(headers[0]!)) continue;
    const conditions = headers.filter((h) => CONDITIONAL_HEADER.test(h));
    if (conditions.some((h) => !testsProgress(h)) || (conditions.length === 0 && !testsProgress(m[0]))) continue;
    const statement = m[0].trim();
    return [{ call: statement, shown: `\`${statement}\` in a loop over the optimizer's \`param_groups\`` }];
  }
  return [];
}

/** The header lines of the blocks that enclose the line at `at`, innermost first. */
function enclosingHeaders(code: string, at: number): string[] {
  const lineStart = code.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = code.indexOf('\n', at);
  let level = indentOf(code.slice(lineStart, lineEnd < 0 ? code.length : lineEnd));
  const headers: string[] = [];
  let end = lineStart - 1;
  while (level > 0 && end > 0) {
    const start = code.lastIndexOf('\n', end - 1) + 1;
    const previous = code.slice(start, end);
    end = start - 1;
    // Blank lines and the closing lines of a bracketed continuation (`)`, `]`) enclose nothing.
    const first = previous.trim()[0];
    if (first === undefined || !/[\w@]/.test(first)) continue;
    const indent = indentOf(previous);
    if (indent >= level) continue;
    headers.push(previous);
    level = indent;
  }
  return headers;
}

/**
 * A function that sets the optimizer's rate itself (`adjust_learning_rate(optimizer, epoch)`, SoftGroup's
 * `cosine_lr_after_step(optimizer, ...)`) works whatever becomes of what it returns; only a schedule object that nobody
 * steps is idle.
 */
function setsRateInPlace(call: string): boolean {
  const name = call.slice(call.lastIndexOf('.') + 1);
  return /^adjust_/.test(name) || (/_lr(?:_|$)/.test(name) && !/schedul/i.test(name));
}

/**
 * The name a schedule built at `at` is assigned to, when the script never mentions that name again. A name at the top
 * of a module may be imported elsewhere, so only one inside a function or method (indented) counts.
 */
function idleTarget(code: string, at: number): string | undefined {
  const lineStart = code.lastIndexOf('\n', at - 1) + 1;
  const target = ASSIGNED_TO.exec(code.slice(lineStart, at));
  if (!target || target[1] === '') return undefined;
  const name = target[3]!;
  // A module on the way to a class is no use of the name (`torch.optim.lr_scheduler.StepLR` beside `self.lr_scheduler`).
  let uses = 0;
  for (const _ of code.matchAll(new RegExp(`(?<![\\w])${name}(?![\\w])(?![ \\t]*\\.[ \\t]*[A-Z])`, 'g'))) if (++uses > 1) return undefined;
  return name;
}

/** Whether the statement at `at` runs only under a condition: a conditional expression, or an enclosing conditional block. */
function isConditional(code: string, at: number): boolean {
  const lineStart = code.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = code.indexOf('\n', at);
  const line = code.slice(lineStart, lineEnd < 0 ? code.length : lineEnd);
  // `sched = StepLR(...) if cfg.decay else None`, `if cfg.decay: sched = StepLR(...)`.
  if (/\bif\b[^\n]*\belse\b/.test(line) || CONDITIONAL_HEADER.test(line)) return true;
  return enclosingHeaders(code, at).some((header) => CONDITIONAL_HEADER.test(header) && !isVariantDispatch(header));
}

/**
 * A branch picked by which model or dataset the config names (knowledge-distillation-pytorch's
 * `if params.model_version == "resnet18": scheduler = StepLR(...)` / `elif ... == "wrn":`): each variant builds its
 * schedule whatever the config says of schedules. A test of a schedule setting (`if cfg.scheduler == "cosine":`) is
 * the config asking for one, and stays a condition.
 */
const VARIANT_DISPATCH = /^\s*(?:el)?if\s+([A-Za-z_][\w.]*(?:\[\s*['"][^'"\n]*['"]\s*\])*)\s*==\s*['"][^'"\n]*['"]\s*:/;
const SCHEDULE_SETTING = /sched|lr|learning|decay|warm|anneal|cosine|step|plateau|cycl|poly|policy/i;

function isVariantDispatch(header: string): boolean {
  const tested = VARIANT_DISPATCH.exec(header)?.[1];
  return tested !== undefined && !SCHEDULE_SETTING.test(tested);
}

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
  return n;
}

/** `name.step(`: the names a script steps something under (`scheduler.step()`, `self.lr_sched.step(epoch)`). */
const STEP_CALL = /\b([A-Za-z_]\w*)\s*\.\s*step\s*\(/g;

/** The names a script calls `.step(` on, for telling whether an idle schedule is stepped from elsewhere. */
export function steppedNames(pythonText: string): string[] {
  if (!pythonText.includes('step')) return [];
  return [...new Set([...withoutCommentLines(pythonText).matchAll(STEP_CALL)].map((m) => m[1]!))];
}
