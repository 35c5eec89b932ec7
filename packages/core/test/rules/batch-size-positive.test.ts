import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('batch-size-positive', () => {
  it('flags a zero or negative batch size in YAML, JSON and TOML', () => {
    const d = findings('batch-size-positive', 'per_device_train_batch_size: 0\ngradient_accumulation_steps: 4\n');
    expect(positions(d)).toEqual(['1:30']);
    expect(d[0].message).toBe('Batch size 0 must be positive.');
    const j = findings('batch-size-positive', '{"train_micro_batch_size_per_gpu": 4, "gradient_accumulation_steps": -2}', 'json');
    expect(positions(j)).toEqual(['1:70']);
    expect(j[0].message).toBe('Gradient accumulation -2 must be positive.');
    expect(positions(findings('batch-size-positive', '[training]\nlocal_batch_size = -8\n', 'toml'))).toEqual(['2:20']);
  });

  it('flags a fractional batch size', () => {
    const d = findings('batch-size-positive', 'trainer:\n  batch_size: 32.5\n');
    expect(d.map((x) => x.message)).toEqual(['Batch size 32.5 is not a whole number.']);
  });

  it('reports an accumulation of 0 only where the program refuses it, not where 0 means off', () => {
    // HF Trainer divides by it, DeepSpeed asserts it is above 0.
    const hf = findings('batch-size-positive', 'per_device_train_batch_size: 8\ngradient_accumulation_steps: 0\nlr_scheduler_type: cosine\nnum_train_epochs: 3\n');
    expect(hf.map((d) => d.message)).toEqual(['Gradient accumulation 0 must be positive.']);
    expect(positions(findings('batch-size-positive', '{"train_micro_batch_size_per_gpu": 4, "gradient_accumulation_steps": 0, "zero_optimization": {"stage": 2}}', 'json'))).toEqual(['1:70']);
    // GroupViT's `train.accumulation_steps: 0` (Swin Transformer's default: accumulate only when above 1).
    expect(findings('batch-size-positive', 'train:\n  epochs: 30\n  base_lr: 1.6e-3\n  clip_grad: 5.0\n  accumulation_steps: 0\n  optimizer:\n    name: adamw\n')).toEqual([]);
    // A Keras optimizer reads 0 as off.
    expect(findings('batch-size-positive', '{"class_name": "Adam", "config": {"learning_rate": 0.001, "gradient_accumulation_steps": 0}}', 'json')).toEqual([]);
    // A negative count is refused whatever the program.
    expect(findings('batch-size-positive', 'train:\n  accumulation_steps: -1\n  batch_size: 32\n').map((d) => d.message)).toEqual(['Gradient accumulation -1 must be positive.']);
  });

  it('leaves a batch size of 0 in a block switched off beside it, and reports one in a block that is on', () => {
    // liquid-S4's continual-learning options: `replay: {_name_: null, batch_size: 0  # 0 means no replay}`.
    const replay = (name: string) => `train:\n  seed: 0\n  replay:\n    _name_: ${name}\n    memory_size: 0\n    batch_size: 0\n    n_replay: 1\nloader:\n  batch_size: 32\n`;
    expect(findings('batch-size-positive', replay('null'))).toEqual([]);
    expect(findings('batch-size-positive', 'distill:\n  enabled: false\n  batch_size: 0\n')).toEqual([]);
    expect(positions(findings('batch-size-positive', replay('reservoir')))).toEqual(['6:17']);
    // At the top a switch names the program's mode, not a block's feature.
    expect(positions(findings('batch-size-positive', 'name: null\nbatch_size: 0\n'))).toEqual(['2:13']);
  });

  it('leaves a batch size of -1 beside a budget that sizes the batches (ProtPreTrain: `batch_sampling: true`, `max_num_nodes: 2500`)', () => {
    const budget = 'data:\n  batch_size: -1\n  batch_sampling: true\n  max_num_nodes: 2500\nmodel:\n  lr: 0.0001\ntrainer:\n  max_epochs: 100\n';
    expect(findings('batch-size-positive', budget)).toEqual([]);
    const zero = budget.replace('batch_size: -1', 'batch_size: 0');
    expect(findings('batch-size-positive', zero)).toEqual([]);
    expect(positions(findings('batch-size-positive', zero.replace('  batch_sampling: true\n  max_num_nodes: 2500\n', '  shuffle: true\n')))).toEqual(['2:15']);
    // A budget switched off sizes nothing; a negative count beside a budget other than -1 is still wrong.
    expect(positions(findings('batch-size-positive', zero.replace('batch_sampling: true', 'batch_sampling: false').replace('max_num_nodes: 2500', 'max_num_nodes: 0')))).toEqual(['2:15']);
    expect(positions(findings('batch-size-positive', budget.replace('batch_size: -1', 'batch_size: -8')))).toEqual(['2:15']);
  });

  it('leaves a batch of -1 drawn from an experience store, whose sampler then returns every experience (maro)', () => {
    const maro = 'algorithm_config:\n  reward_discount: 0.9\n  train_epochs: 10\nexperience_manager:\n  rollout:\n    capacity: 1000\n    batch_size: -1\n  training:\n    capacity: 100000\n    batch_size: 128\n';
    expect(findings('batch-size-positive', maro)).toEqual([]);
    expect(findings('batch-size-positive', 'replay:\n  batch_size: -1\ntrain:\n  epochs: 10\n  lr: 0.001\n')).toEqual([]);
    // A loader's batch of 0, or any other negative count beside a store, is still wrong.
    expect(positions(findings('batch-size-positive', 'data:\n  batch_size: 0\ntrain:\n  epochs: 10\n  lr: 0.001\n'))).toEqual(['2:15']);
    expect(positions(findings('batch-size-positive', maro.replace('batch_size: -1', 'batch_size: -4')))).toEqual(['7:17']);
  });

  it('leaves a block of blanks that a launcher fills in: a rate of 0 and a run of 0 or -1 beside it (partial-equivariance)', () => {
    const blanks = 'train:\n  do: True\n  batch_size: 0\n  epochs: -1\n  lr: 0.0\n  weight_decay: 0.0\n  optimizer: Adam\n';
    expect(findings('batch-size-positive', blanks)).toEqual([]);
    expect(findings('batch-size-positive', blanks.replace('epochs: -1', 'max_steps: 0'))).toEqual([]);
    // With a real rate or a real run length the block trains, and its batch size must be a count.
    expect(positions(findings('batch-size-positive', blanks.replace('lr: 0.0', 'lr: 0.001')))).toEqual(['3:15']);
    expect(positions(findings('batch-size-positive', blanks.replace('epochs: -1', 'epochs: 100')))).toEqual(['3:15']);
    // The blanks must sit in the batch size's own block; another negative count is no blank.
    expect(positions(findings('batch-size-positive', 'data:\n  batch_size: 0\ntrain:\n  epochs: -1\n  lr: 0.0\n'))).toEqual(['2:15']);
    expect(positions(findings('batch-size-positive', blanks.replace('batch_size: 0', 'batch_size: -8')))).toEqual(['3:15']);
  });

  it('leaves a total of -1 beside a per-device batch size, which the program multiplies out (HF example scripts), except for DeepSpeed and HF Trainer', () => {
    const recipe = 'opt:\n  n_gpu: 1\n  per_gpu_train_batch_size: 1\n  per_gpu_eval_batch_size: 1\n  train_batch_size: -1\n  eval_batch_size: -1\n  learning_rate: 5e-5\n';
    expect(findings('batch-size-positive', recipe)).toEqual([]);
    // The per-device size must itself be a count, and the blank must be -1 or 0.
    expect(positions(findings('batch-size-positive', recipe.replace('per_gpu_train_batch_size: 1\n  per_gpu_eval_batch_size: 1', 'per_gpu_train_batch_size: 0\n  per_gpu_eval_batch_size: 0').replace(/_batch_size: -1/g, '_batch_size: 0')))).toEqual(['3:29', '4:28', '5:21', '6:20']);
    expect(positions(findings('batch-size-positive', recipe.replace('train_batch_size: -1', 'train_batch_size: -4')))).toEqual(['5:21']);
    // DeepSpeed asserts the total it is given is above 0.
    expect(positions(findings('batch-size-positive', '{"train_batch_size": -1, "train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage": 2}}', 'json'))).toEqual(['1:22']);
  });

  it('reads a batch size of -1 as the program\'s switch, except in programs that take it as a count and refuse it', () => {
    // KAN_ctf hands `batch: -1` to pykan's `KAN.fit`, which then trains on the whole set.
    expect(findings('batch-size-positive', 'model:\n  name: KAN\n  steps: 1000\n  batch: -1\n  lr: 0.01\n  optimizer: Adam\n')).toEqual([]);
    expect(findings('batch-size-positive', 'data:\n  batch_size: -1\ntrain:\n  epochs: 10\n  lr: 0.001\n')).toEqual([]);
    // Lightning's loaders and DeepSpeed's assertion take it as a count.
    expect(positions(findings('batch-size-positive', 'trainer:\n  max_epochs: 10\n  accelerator: gpu\n  devices: 1\ndata:\n  init_args:\n    batch_size: -1\nmodel:\n  class_path: my.Model\n'))).toEqual(['7:17']);
    expect(positions(findings('batch-size-positive', '{"train_micro_batch_size_per_gpu": -1, "zero_optimization": {"stage": 2}}', 'json'))).toEqual(['1:36']);
  });

  it('respects placeholders and documented sentinels', () => {
    // Ludwig `auto` and DeepSpeed `"auto"` are filled in later.
    expect(findings('batch-size-positive', 'trainer:\n  batch_size: auto\n  effective_batch_size: auto\n')).toEqual([]);
    expect(findings('batch-size-positive', '{"train_batch_size": "auto", "gradient_accumulation_steps": "auto"}', 'json')).toEqual([]);
    // verl and EasyR1 `val_batch_size: -1` is the whole validation set in one batch.
    expect(findings('batch-size-positive', 'data:\n  rollout_batch_size: 512\n  val_batch_size: -1\n')).toEqual([]);
    // deepali's `eval_batch_size: -1`: the training batch unless it is positive; HF's arguments refuse it.
    expect(findings('batch-size-positive', 'train:\n  batch_size: 10\n  eval_batch_size: -1\n  test_batch_size: -1\n')).toEqual([]);
    expect(findings('batch-size-positive', 'per_device_train_batch_size: 8\neval_batch_size: -1\nlearning_rate: 1e-5\nnum_train_epochs: 3\n').map((d) => d.message)).toEqual(['Batch size -1 must be positive.']);
    expect(findings('batch-size-positive', 'train:\n  eval_batch_size: -2\n').map((d) => d.message)).toEqual(['Batch size -2 must be positive.']);
    // Ultralytics `batch: -1` is AutoBatch.
    expect(findings('batch-size-positive', 'lr0: 0.01\nlrf: 0.01\nwarmup_epochs: 3\nbatch: -1\n')).toEqual([]);
    // Interpolations and search spaces.
    expect(findings('batch-size-positive', 'data:\n  batch_size: ${oc.env:BS}\nsweep:\n  batch_size: -1\n')).toEqual([]);
  });
});
