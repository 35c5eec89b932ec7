import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'learned-torch-state';

describe(RULE, () => {
  it('flags state-dict tensors in YAML, on the key', () => {
    const d = findings(RULE, 'model:\n  fc.weight: [[0.1, 0.2], [0.3, 0.4]]\n  fc.bias: [0.1, 0.2]\n  bn1.running_mean: [0.0, 0.0]\n  bn1.num_batches_tracked: 1200\n');
    expect(positions(d)).toEqual(['2:3', '3:3', '4:3', '5:3']);
    expect(d[0].message).toBe('`model.fc.weight` holds learned values (a 2 × 2 matrix) that belong in a checkpoint, not in a training config.');
    expect(d[1].message).toBe('`model.fc.bias` holds learned values (2 numbers) that belong in a checkpoint, not in a training config.');
    expect(d[0].path).toBe('/model/fc.weight');
    expect(d[0].explanation).toContain('torch.save(model.state_dict()');
  });

  it('flags optimizer state in JSON and a weight matrix in TOML', () => {
    const d = findings(RULE, '{"state": {"0": {"step": 10, "exp_avg": [0.1, 0.2], "exp_avg_sq": [0.01, 0.02]}}, "param_groups": [{"lr": 0.001, "params": [0]}]}', 'json');
    // `step` inside an optimizer's `state` is a counter the optimizer keeps (RULES-CATALOG #95).
    expect(d.map((x) => x.path)).toEqual(['/state/0/step', '/state/0/exp_avg', '/state/0/exp_avg_sq']);
    expect(positions(d)).toEqual(['1:18', '1:30', '1:53']);
    expect(positions(findings(RULE, '[model]\n"fc.weight" = [[1.0, 2.0], [3.0, 4.0]]\n', 'toml'))).toEqual(['2:1']);
  });

  it('flags LoRA, attention and RNN parameters', () => {
    const d = findings(RULE, 'lora_A.default.weight: [[1, 2]]\nattn.in_proj_weight: [[1, 2]]\nrnn.weight_ih_l0: [[1, 2]]\n');
    expect(d.map((x) => x.path)).toEqual(['/lora_A.default.weight', '/attn.in_proj_weight', '/rnn.weight_ih_l0']);
  });

  it('does not flag PEFT `bias: none`, nanoGPT `bias: false` or detectron2 `MODEL.WEIGHTS` (RULES-CATALOG §B.2, F5, F13)', () => {
    expect(findings(RULE, 'r: 16\nlora_alpha: 32\nbias: none\ntarget_modules: [q_proj, v_proj]\ninit_lora_weights: true\n')).toEqual([]);
    expect(findings(RULE, 'n_layer: 12\nbias: false\ndropout: 0.0\n')).toEqual([]);
    expect(findings(RULE, 'MODEL:\n  WEIGHTS: "detectron2://ImageNetPretrained/MSRA/R-50.pkl"\n')).toEqual([]);
  });

  it('does not flag settings given per parameter by its state-dict name (Prune_Pytorch_DDP, mmcv custom_keys)', () => {
    expect(findings(RULE, 'prune_ratio:\n  module.block0.3.weight: 0.2\n  module.block1.0.weight: 0.3\n  module.fc.bias: "0.5"\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  lr: 0.1\n  paramwise_cfg:\n    custom_keys:\n      backbone.conv1.weight:\n        lr_mult: 0.1\n        decay_mult: 0.0\n')).toEqual([]);
    // The parameters themselves, tensors, still are.
    expect(positions(findings(RULE, 'prune_ratio:\n  module.block0.3.weight: [0.2, 0.3]\nstate:\n  fc.weight:\n    exp_avg: [0.1, 0.2]\n    step: 10\n'))).toEqual(['2:3', '4:3']);
  });

  it('does not flag a grid\'s one candidate list of class weights under a loss (LWViTs-for-weedmapping)', () => {
    const grid = 'train_params:\n  initial_lr: [0.01, 0.005]\n  loss:\n    name: [RMILoss]\n    params:\n      num_classes: [3]\n      weight: [[0.0273, 1.0, 4.3802]]\n';
    expect(findings(RULE, grid)).toEqual([]);
    // Two rows under a loss, or one row outside any loss, still hold a matrix.
    expect(findings(RULE, grid.replace('[[0.0273, 1.0, 4.3802]]', '[[0.0273, 1.0], [1.0, 4.3802]]')).map((f) => f.ruleId)).toEqual([RULE]);
    expect(findings(RULE, 'model:\n  head:\n    weight: [[0.0273, 1.0, 4.3802]]\n').map((f) => f.ruleId)).toEqual([RULE]);
  });

  it('does not flag loss weights, class weights or weights given as a path', () => {
    expect(findings(RULE, 'criterion:\n  weight: [1.0, 2.0, 0.5]\nclass_weight: [1, 5]\nloss_weights: [1, 0.5]\ndpo_loss_weights: [1.0, 0.5]\n')).toEqual([]);
    expect(findings(RULE, 'weights: checkpoints/model.pt\ninit_from: gpt2\nresume_from_checkpoint: out/ckpt\n')).toEqual([]);
  });

  it('does not flag a module to build under a weight name (GRID: `embed_tokens` with `_target_: torch.nn.Embedding`)', () => {
    const grid = 'model:\n  huggingface_model:\n    embed_tokens:\n      _target_: torch.nn.Embedding\n      num_embeddings: 256\n      embedding_dim: 128\n';
    expect(findings(RULE, grid)).toEqual([]);
    expect(findings(RULE, 'encoder:\n  embeddings:\n    class_path: torch.nn.Embedding\n    init_args: {num_embeddings: 10, embedding_dim: 4}\n')).toEqual([]);
    // The same name holding numbers is state.
    expect(positions(findings(RULE, 'model:\n  embed_tokens: [[0.1, 0.2], [0.3, 0.4]]\n'))).toEqual(['2:3']);
  });

  it('does not flag Keras-style names or scikit-learn attributes (their own rules)', () => {
    expect(findings(RULE, '{"coef_": [[0.1, 0.2]], "moving_mean": [0.1, 0.2], "kernel": [[1, 2], [3, 4]]}', 'json')).toEqual([]);
  });
});
