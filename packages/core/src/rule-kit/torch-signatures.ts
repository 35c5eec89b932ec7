/**
 * The keyword arguments of torch.optim's optimizers and torch.optim.lr_scheduler's schedulers, as the union over
 * PyTorch 1.13 to 2.9: a name that any of those versions accepts is known (`decoupled_weight_decay`, added to Adam
 * in 2.6; `verbose`, deprecated in 2.2). The first positional parameter (`params`, `optimizer`) can be passed by
 * name too. Read from each class's `__init__` in pytorch/torch/optim.
 */

const OPTIMIZER_COMMON = ['params', 'lr', 'weight_decay', 'foreach', 'maximize', 'differentiable', 'capturable'];
const SCHEDULER_COMMON = ['optimizer', 'last_epoch', 'verbose'];

const OPTIMIZERS: Record<string, readonly string[]> = {
  SGD: ['momentum', 'dampening', 'nesterov', 'fused'],
  Adam: ['betas', 'eps', 'amsgrad', 'fused', 'decoupled_weight_decay'],
  AdamW: ['betas', 'eps', 'amsgrad', 'fused'],
  Adamax: ['betas', 'eps'],
  NAdam: ['betas', 'eps', 'momentum_decay', 'decoupled_weight_decay'],
  RAdam: ['betas', 'eps', 'decoupled_weight_decay'],
  RMSprop: ['alpha', 'eps', 'momentum', 'centered'],
  Adagrad: ['lr_decay', 'initial_accumulator_value', 'eps', 'fused'],
  Adadelta: ['rho', 'eps'],
  ASGD: ['lambd', 'alpha', 't0'],
  Rprop: ['etas', 'step_sizes'],
  SparseAdam: ['betas', 'eps'],
  Adafactor: ['beta2_decay', 'eps', 'd'],
};

/** L-BFGS takes none of the common options but `lr`. */
const LBFGS = ['params', 'lr', 'max_iter', 'max_eval', 'tolerance_grad', 'tolerance_change', 'history_size', 'line_search_fn'];

const SCHEDULERS: Record<string, readonly string[]> = {
  LambdaLR: ['lr_lambda'],
  MultiplicativeLR: ['lr_lambda'],
  StepLR: ['step_size', 'gamma'],
  MultiStepLR: ['milestones', 'gamma'],
  ConstantLR: ['factor', 'total_iters'],
  LinearLR: ['start_factor', 'end_factor', 'total_iters'],
  ExponentialLR: ['gamma'],
  SequentialLR: ['schedulers', 'milestones'],
  PolynomialLR: ['total_iters', 'power'],
  CosineAnnealingLR: ['T_max', 'eta_min'],
  CyclicLR: ['base_lr', 'max_lr', 'step_size_up', 'step_size_down', 'mode', 'gamma', 'scale_fn', 'scale_mode', 'cycle_momentum', 'base_momentum', 'max_momentum'],
  CosineAnnealingWarmRestarts: ['T_0', 'T_mult', 'eta_min'],
  OneCycleLR: ['max_lr', 'total_steps', 'epochs', 'steps_per_epoch', 'pct_start', 'anneal_strategy', 'cycle_momentum', 'base_momentum', 'max_momentum', 'div_factor', 'final_div_factor', 'three_phase'],
};

/** Schedulers whose parameters do not follow the common pattern. */
const OTHER_SCHEDULERS: Record<string, readonly string[]> = {
  ReduceLROnPlateau: ['optimizer', 'mode', 'factor', 'patience', 'threshold', 'threshold_mode', 'cooldown', 'min_lr', 'eps', 'verbose'],
  ChainedScheduler: ['schedulers', 'optimizer'],
  SWALR: ['optimizer', 'swa_lr', 'anneal_epochs', 'anneal_strategy', 'last_epoch'],
};

export interface TorchSignature {
  /** The class's full name (`torch.optim.AdamW`). */
  readonly qualifiedName: string;
  readonly kind: 'optimizer' | 'scheduler';
  readonly parameters: ReadonlySet<string>;
}

const BY_NAME = new Map<string, TorchSignature>();
for (const [name, own] of Object.entries(OPTIMIZERS)) BY_NAME.set(`torch.optim.${name}`, { qualifiedName: `torch.optim.${name}`, kind: 'optimizer', parameters: new Set([...OPTIMIZER_COMMON, ...own]) });
BY_NAME.set('torch.optim.LBFGS', { qualifiedName: 'torch.optim.LBFGS', kind: 'optimizer', parameters: new Set(LBFGS) });
for (const [name, own] of Object.entries(SCHEDULERS)) BY_NAME.set(`torch.optim.lr_scheduler.${name}`, { qualifiedName: `torch.optim.lr_scheduler.${name}`, kind: 'scheduler', parameters: new Set([...SCHEDULER_COMMON, ...own]) });
for (const [name, params] of Object.entries(OTHER_SCHEDULERS)) {
  const qualifiedName = name === 'SWALR' ? 'torch.optim.swa_utils.SWALR' : `torch.optim.lr_scheduler.${name}`;
  BY_NAME.set(qualifiedName, { qualifiedName, kind: 'scheduler', parameters: new Set(params) });
}
/** Short names, for LightningCLI's `class_path: AdamW` (jsonargparse resolves torch.optim's classes by name). */
const BY_SHORT_NAME = new Map<string, TorchSignature>([...BY_NAME.values()].map((s) => [s.qualifiedName.slice(s.qualifiedName.lastIndexOf('.') + 1), s]));

/**
 * The signature of the torch class a config names: the full name exactly as PyTorch spells it, and with `shortNames`
 * the bare class name too. Another spelling is torch-class-name's finding, not a class this knows.
 */
export function torchSignature(className: string, shortNames: boolean): TorchSignature | undefined {
  return BY_NAME.get(className) ?? (shortNames ? BY_SHORT_NAME.get(className) : undefined);
}
