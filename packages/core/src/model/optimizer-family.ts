/**
 * Optimizer names → families. Families decide which learning rates are unusual, whether weight
 * decay is decoupled, and which rules apply at all (L-BFGS at lr 1, Prodigy at lr 1, Muon at 0.02
 * and Adadelta at 1.0 are the conventional settings, not mistakes).
 */
export type OptimizerFamily =
  | 'adam'
  | 'adamw'
  | 'adafactor'
  | 'lion'
  | 'sgd'
  | 'rmsprop'
  | 'adagrad'
  | 'adadelta'
  | 'lbfgs'
  | 'lars-lamb'
  | 'muon'
  | 'novograd'
  | 'adaptive'
  | 'schedule-free'
  | 'unknown';

const RULES: readonly [RegExp, OptimizerFamily][] = [
  [/schedule_?free|sf_adamw|schedulefree/, 'schedule-free'],
  [/prodigy|dadapt|d_adapt|\bdadam\b|mechanic|dog\b|cocob/, 'adaptive'], // audiocraft's `dadam` is D-Adaptation Adam
  [/lbfgs/, 'lbfgs'],
  [/lars|lamb/, 'lars-lamb'],
  [/muon/, 'muon'],
  [/novograd/, 'novograd'],
  [/adafactor/, 'adafactor'],
  [/adadelta/, 'adadelta'],
  [/adagrad/, 'adagrad'],
  [/rmsprop/, 'rmsprop'],
  [/lion/, 'lion'],
  [/adamw|adam_w|decoupled_?adam|adamwscheduled|stable_adamw|fused_adam|apex.*fusedadam|galore_adamw|lomo|adalomo|apollo/, 'adamw'],
  [/adam|adamax|amsgrad/, 'adam'],
  [/\bsgd|momentum|nesterov/, 'sgd'],
];

/** Family of an optimizer name or class path (`torch.optim.AdamW`, `adamw_bnb_8bit`, `fused_adam`). */
export function optimizerFamily(name: string | undefined): OptimizerFamily {
  if (!name) return 'unknown';
  const n = name.toLowerCase().replace(/^!(?:name|new):/, '');
  for (const [re, family] of RULES) if (re.test(n)) return family;
  return 'unknown';
}

/** Families whose usual learning rate is 1e-3 or below (the Adam family and its relatives). */
export const ADAPTIVE_LR_FAMILIES: ReadonlySet<OptimizerFamily> = new Set(['adam', 'adamw', 'lion', 'rmsprop', 'adagrad', 'adafactor']);

/** Families tuned without a decaying schedule or at a learning rate near 1 by design. */
export const SCHEDULE_EXEMPT_FAMILIES: ReadonlySet<OptimizerFamily> = new Set(['lbfgs', 'adaptive', 'schedule-free', 'lars-lamb', 'muon', 'adadelta', 'adafactor']);
