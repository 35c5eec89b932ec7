/**
 * Ludwig's trainer optimizer fields (per `type`), learning-rate scheduler fields and decay types.
 * Ludwig's schema rejects or strips (with a warning) fields a config class does not define, so an
 * `lr` under `trainer.optimizer` is dropped and training runs at `trainer.learning_rate`
 * (RULES-CATALOG R5).
 *
 * Sources: ludwig-ai/ludwig `ludwig/schema/optimizers.py` (2026 pydantic version: every
 * `@register_optimizer` class), `ludwig/schema/lr_scheduler.py` (LRSchedulerConfig),
 * `ludwig/schema/trainer.py` (ECDTrainerConfig: `learning_rate` in [0, 1] or `auto`).
 */
const ADAM = ['betas', 'eps', 'weight_decay', 'amsgrad'];
const BNB = ['block_wise', 'percentile_clipping'];
const SGD = ['momentum', 'weight_decay', 'dampening', 'nesterov'];
const ADAGRAD = ['initial_accumulator_value', 'lr_decay', 'weight_decay', 'eps'];
const RMSPROP = ['momentum', 'alpha', 'eps', 'centered', 'weight_decay'];
const LAMB = ['bias_correction', 'betas', 'eps', 'weight_decay', 'amsgrad', 'adam_w_mode', 'percentile_clipping', 'block_wise', 'max_unorm'];
const LARS = ['momentum', 'dampening', 'weight_decay', 'nesterov', 'percentile_clipping', 'max_unorm'];
const LION = ['betas', 'weight_decay', 'percentile_clipping', 'block_wise'];

/** Fields each optimizer `type` accepts besides `type` itself. */
export const LUDWIG_OPTIMIZER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  sgd: SGD,
  sgd_8bit: [...SGD, ...BNB],
  lbfgs: ['max_iter', 'max_eval', 'tolerance_grad', 'tolerance_change', 'history_size', 'line_search_fn'],
  adam: ADAM,
  adam_8bit: [...ADAM, ...BNB],
  paged_adam: [...ADAM, ...BNB],
  paged_adam_8bit: [...ADAM, ...BNB],
  adamw: ADAM,
  adamw_8bit: [...ADAM, ...BNB],
  paged_adamw: [...ADAM, ...BNB],
  paged_adamw_8bit: [...ADAM, ...BNB],
  adadelta: ['rho', 'eps', 'weight_decay'],
  adagrad: ADAGRAD,
  adagrad_8bit: [...ADAGRAD, ...BNB],
  adamax: ['betas', 'eps', 'weight_decay'],
  nadam: ['betas', 'eps', 'weight_decay', 'momentum_decay'],
  rmsprop: RMSPROP,
  rmsprop_8bit: [...RMSPROP, ...BNB],
  lamb: LAMB,
  lamb_8bit: LAMB,
  lars: LARS,
  lars_8bit: LARS,
  lion: LION,
  lion_8bit: LION,
  paged_lion: LION,
  paged_lion_8bit: LION,
  radam: ['betas', 'eps', 'weight_decay'],
  adafactor: ['lr', 'scale_parameter', 'relative_step', 'warmup_init'],
  schedule_free_adamw: ['betas', 'weight_decay', 'warmup_steps'],
  muon: ['momentum', 'nesterov'],
  soap: ['betas', 'weight_decay'],
};

/** `trainer.learning_rate_scheduler` fields. */
export const LUDWIG_LR_SCHEDULER_KEYS: ReadonlySet<string> = new Set([
  'decay', 'decay_rate', 'decay_steps', 'staircase', 'reduce_on_plateau', 'reduce_on_plateau_patience', 'reduce_on_plateau_rate',
  'warmup_evaluations', 'warmup_fraction', 'reduce_eval_metric', 'reduce_eval_split', 't_0', 't_mult', 'eta_min', 'max_lr', 'pct_start',
  'div_factor', 'final_div_factor', 'inverse_sqrt_warmup_steps', 'polynomial_power', 'polynomial_end_lr', 'wsd_warmup_fraction',
  'wsd_stable_fraction', 'wsd_decay_fraction',
]);

/** `learning_rate_scheduler.decay` values (`null` turns decay off). */
export const LUDWIG_DECAY_TYPES: readonly string[] = ['linear', 'exponential', 'cosine', 'one_cycle', 'inverse_sqrt', 'polynomial', 'wsd'];
