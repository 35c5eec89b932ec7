import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { findings } from '../helpers.js';

/** Whether the model sees the first run's optimizer as applying decoupled (AdamW-style) weight decay. */
function decoupled(text: string, format: 'yaml' | 'json'): boolean | undefined {
  const result = analyze(text, { format, filePath: `config.${format}` });
  return result.analysis?.runs[0]?.optimizer.decoupledWeightDecay;
}

describe('decoupled weight decay exemptions (issue 4: model behaviour, not rules)', () => {
  const deepspeedAdam = '{"train_micro_batch_size_per_gpu": 4, "optimizer": {"type": "Adam", "params": {"lr": 0.001, "weight_decay": 0.01}}, "zero_optimization": {"stage": 2}}';
  const kerasAdam = '{"compile_config": {"optimizer": {"module": "keras.optimizers", "class_name": "Adam", "config": {"learning_rate": 0.001, "weight_decay": 0.01}}}}';
  const torchAdam = 'optimizer:\n  _target_: torch.optim.Adam\n  lr: 0.001\n  weight_decay: 0.01\n';

  it('treats DeepSpeed Adam (adam_w_mode by default) and Keras optimizers as decoupled', () => {
    expect(decoupled(deepspeedAdam, 'json')).toBe(true);
    expect(decoupled(kerasAdam, 'json')).toBe(true);
    expect(findings('adam-coupled-weight-decay', deepspeedAdam, 'json')).toEqual([]);
    expect(findings('adam-coupled-weight-decay', kerasAdam, 'json')).toEqual([]);
  });

  it('treats AReaL\'s `optimizer.type: adam` as decoupled: its engines build torch.optim.AdamW', () => {
    const areal = 'allocation_mode: sglang.d4p1t1+d4p1t1\ncluster:\n  name_resolve:\n    type: nfs\nactor:\n  mb_spec:\n    max_tokens_per_mb: 10240\n  optimizer:\n    type: adam\n    lr: 1e-5\n    weight_decay: 0.01\n    warmup_steps_proportion: 0.001\n  ppo_n_minibatches: 1\n';
    expect(decoupled(areal, 'yaml')).toBe(true);
    expect(findings('adam-coupled-weight-decay', areal)).toEqual([]);
    // The same block in a file of no known framework is torch's Adam.
    expect(findings('adam-coupled-weight-decay', 'actor:\n  optimizer:\n    type: adam\n    lr: 1e-5\n    weight_decay: 0.01\n')).toHaveLength(1);
  });

  it('treats Megatron-LM\'s and Levanter\'s `adam` as decoupled: FusedAdam in AdamW mode, optax decayed weights', () => {
    const megatron = 'tensor_model_parallel_size: 1\npipeline_model_parallel_size: 1\nuse_distributed_optimizer: true\nlr_decay_style: cosine\noptimizer: adam\nlr: 2.5e-4\nweight_decay: 0.1\n';
    expect(decoupled(megatron, 'yaml')).toBe(true);
    expect(findings('adam-coupled-weight-decay', megatron)).toEqual([]);
    expect(decoupled(megatron + 'decoupled_weight_decay: false\n', 'yaml')).toBe(false); // Megatron's own switch wins
    const levanter = 'trainer:\n  mp: f32\n  num_train_steps: 100\n  per_device_parallelism: 1\n  model_axis_size: 1\noptimizer:\n  type: adam\n  learning_rate: 6E-4\n  weight_decay: 0.1\n';
    expect(decoupled(levanter, 'yaml')).toBe(true);
    expect(findings('adam-coupled-weight-decay', levanter)).toEqual([]);
    // draccus converts `6E-4` for the float field `learning_rate`, so it is no string there either.
    expect(findings('yaml-sci-notation-string', levanter)).toEqual([]);
  });

  it('treats Dreamer\'s `opt: adam` with `wd` as decoupled: its Optimizer scales the weights by (1 - wd) itself', () => {
    const dreamer = 'defaults:\n  logdir: /dev/null\n  expl_behavior: greedy\n  imag_horizon: 15\n  discount_lambda: 0.95\n  model_opt: {opt: adam, lr: 1e-4, eps: 1e-5, clip: 100, wd: 1e-6}\n';
    expect(decoupled(dreamer, 'yaml')).toBe(true);
    expect(findings('adam-coupled-weight-decay', dreamer)).toEqual([]);
  });

  it('still treats torch.optim.Adam as coupled', () => {
    expect(decoupled(torchAdam, 'yaml')).toBe(false);
    expect(findings('adam-coupled-weight-decay', torchAdam)).toHaveLength(1);
  });
});
