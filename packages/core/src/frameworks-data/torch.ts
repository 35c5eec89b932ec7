/**
 * PyTorch optimizer and scheduler class names, and PyTorch Lightning's precision values.
 *
 * Sources: pytorch/pytorch `torch/optim/__init__.py` and `torch/optim/lr_scheduler.py` (class names);
 * Lightning-AI/pytorch-lightning `src/lightning/fabric/plugins/precision/precision.py`
 * (`_PRECISION_INPUT_INT`, `_PRECISION_INPUT_STR`, `_PRECISION_INPUT_STR_ALIAS_CONVERSION`) and
 * `fabric/connector.py` (`_convert_precision_to_unified_args`, which warns for `16` and `bf16`).
 */
export const TORCH_OPTIMIZERS: readonly string[] = [
  'Adadelta', 'Adafactor', 'Adagrad', 'Adam', 'AdamW', 'SparseAdam', 'Adamax', 'ASGD', 'LBFGS', 'NAdam', 'RAdam', 'RMSprop', 'Rprop', 'SGD', 'Muon',
];

export const TORCH_LR_SCHEDULERS: readonly string[] = [
  'LambdaLR', 'MultiplicativeLR', 'StepLR', 'MultiStepLR', 'ConstantLR', 'LinearLR', 'ExponentialLR', 'SequentialLR', 'CosineAnnealingLR',
  'ChainedScheduler', 'ReduceLROnPlateau', 'CyclicLR', 'CosineAnnealingWarmRestarts', 'OneCycleLR', 'PolynomialLR', 'LRScheduler',
];

/** Values `Trainer(precision=...)` accepts (ints, their string aliases, and the explicit names). */
export const LIGHTNING_PRECISIONS: readonly string[] = [
  '64', '32', '16', 'bf16', 'transformer-engine', 'transformer-engine-float16', '16-true', '16-mixed', 'bf16-true', 'bf16-mixed', '32-true', '64-true',
];

/** Aliases Lightning still accepts but warns about ("supported for historical reasons but its usage is discouraged"). */
export const LIGHTNING_PRECISION_ALIASES: Readonly<Record<string, string>> = { '16': '16-mixed', bf16: 'bf16-mixed' };
