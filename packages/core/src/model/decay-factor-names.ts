/**
 * Names that only ever mean the factor a learning-rate schedule multiplies the rate by (PyTorch-VAE's
 * `scheduler_gamma: 0.95`, handed to an `ExponentialLR`; GAN trainers' `g_scheduler_gamma`). `lr-decay-factor-zero`
 * reports one written as 0, and the run model reads one below 1 as a decaying schedule. A bare `gamma` or `factor` is
 * not among them: it may be a discount, a focal loss's exponent or an upsampling factor.
 */
export const LR_DECAY_FACTOR_NAMES: ReadonlySet<string> = new Set([
  'scheduler_gamma',
  'sched_gamma',
  'lr_scheduler_gamma',
  'lr_gamma',
  'lr_decay_gamma',
  'step_gamma',
  'decay_gamma',
  'lr_decay_factor',
  'g_scheduler_gamma',
  'd_scheduler_gamma',
]);
