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

/**
 * `Trainer` arguments that Lightning 2.0 removed (its changelog; most were deprecated in 1.5–1.7): a trainer block that
 * sets one is written for Lightning 1.x, whose `precision` takes `16` and refuses `"16-mixed"`.
 */
export const LIGHTNING_1_TRAINER_ARGS: ReadonlySet<string> = new Set([
  'gpus', 'tpu_cores', 'ipus', 'num_processes', 'auto_select_gpus', 'resume_from_checkpoint', 'auto_lr_find', 'auto_scale_batch_size',
  'track_grad_norm', 'replace_sampler_ddp', 'amp_backend', 'amp_level', 'move_metrics_to_cpu', 'multiple_trainloader_mode',
  'weights_save_path', 'flush_logs_every_n_steps', 'progress_bar_refresh_rate', 'terminate_on_nan', 'stochastic_weight_avg',
  'prepare_data_per_node', 'checkpoint_callback', 'weights_summary', 'log_gpu_memory', 'reload_dataloaders_every_epoch',
  'distributed_backend', 'truncated_bptt_steps', 'process_position',
]);
