/**
 * What a learning-rate schedule does after warmup, from its name in any framework (HF
 * `lr_scheduler_type`, DeepSpeed `scheduler.type`, NeMo `sched.name`, Composer `scheduler.name`,
 * torch class paths, Ludwig `decay`, detectron2 `LR_SCHEDULER_NAME`).
 */
export type ScheduleShape =
  /** The learning rate stays at its peak (possibly after a warmup). */
  | 'constant'
  /** It decays (linear, cosine, step, exponential, inverse square root, WSD). */
  | 'decaying'
  /** It cycles or follows a one-cycle policy whose peak is `max_lr`. */
  | 'cyclic'
  /** It drops when a metric stops improving. */
  | 'plateau'
  /** The configured `lr` is a multiplier of a formula (Noam), not a learning rate. */
  | 'multiplier'
  | 'unknown';

const SHAPES: readonly [RegExp, ScheduleShape][] = [
  [/noam/, 'multiplier'],
  [/plateau|newbob/, 'plateau'],
  [/one_?cycle|cyclic|lrrangetest|lr_range_test|triangular/, 'cyclic'],
  [/^(?:constant(?:_?lr)?|constant_with_warmup|constantwithwarmup|warmuplr|warmup_constant|fixed|none|null|no|const|warmup|linear_warmup|constant_schedule_with_warmup|constantlrscheduler)$/, 'constant'],
  [/linear|cosine|cos\b|poly|exponential|exp\b|step|multistep|inverse_sqrt|invsqrt|rsqrt|wsd|warmup_stable_decay|decay|anneal|lambda|sqrt|squareroot|hold|piecewise|sgdr|restarts|cosineannealing|warmupcosine|warmupdecay|polynomial|trapezoid|inverse_square|whitening|tri_stage|tristage|cosannealing|staircase/, 'decaying'],
];

export function scheduleShape(name: string | undefined): ScheduleShape {
  if (name === undefined) return 'unknown';
  // ESPnet's and WeNet's `scheduler: warmuplr` is `lr × warmup^0.5 × min(step^-0.5, step × warmup^-1.5)`: it peaks at
  // the end of the warmup and then decays with the inverse square root of the step. DeepSpeed's `WarmupLR`, which holds
  // the peak, is named by a case-sensitive class name, never all lowercase.
  if (name.trim() === 'warmuplr') return 'decaying';
  const n = name.toLowerCase().replace(/^.*\./, '').replace(/[\s-]+/g, '_');
  for (const [re, shape] of SHAPES) if (re.test(n)) return shape;
  return 'unknown';
}

/** Schedule names that read a `T_max` (torch's `CosineAnnealingLR`, `WarmupCosLR`, timm's `cosine`, SGDR). */
const COSINE_NAME = /cos|sgdr|anneal/i;

/** Whether the schedule a config names reads a cosine period (`T_max`); a step or plateau schedule reads none. */
export function readsCosinePeriod(name: string): boolean {
  return COSINE_NAME.test(name);
}

/** Schedules that multiply the rate by a factor (StepLR, MultiStepLR, ExponentialLR, ReduceLROnPlateau, their warmup variants). */
const MULTIPLICATIVE_SCHEDULE = /step|exp|plateau|multiplicative|gamma/i;
/** Schedules with no such factor: cosine, linear, polynomial, one-cycle, cyclic, constant, inverse square root. */
const FACTORLESS_SCHEDULE = /cos|linear|poly|one_?cycle|cyclic|constant|inverse_?sqrt|invsqrt|noam|wsd|triangular/i;

/**
 * Whether the schedule a config names has no multiplicative decay factor (`gamma`, `factor`) to read. A `LambdaLR` may
 * read one in its function, so it is not one of them.
 */
export function readsNoDecayFactor(name: string): boolean {
  return FACTORLESS_SCHEDULE.test(name) && !MULTIPLICATIVE_SCHEDULE.test(name);
}
