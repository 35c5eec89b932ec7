import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'enum-optimizer-name';

describe(RULE, () => {
  it('flags an HF optim typo with a suggestion', () => {
    const text = 'per_device_train_batch_size: 8\nnum_train_epochs: 3\noptim: adamw_troch\n';
    const d = findings('enum-optimizer-name', text);
    expect(positions(d)).toEqual(['3:8']);
    expect(d[0].message).toBe('HF Trainer has no optimizer "adamw_troch"; did you mean "adamw_torch".');
    expect(d[0].suggestions?.[0].edits).toEqual([{ range: [text.indexOf('adamw_troch'), text.indexOf('adamw_troch') + 11], text: 'adamw_torch' }]);
  });

  it('flags an axolotl optimizer that neither HF nor axolotl knows', () => {
    const d = findings('enum-optimizer-name', 'base_model: x\nmicro_batch_size: 2\nsequence_len: 1024\noptimizer: adam_w\n');
    expect(d).toHaveLength(1);
    expect(d[0].message).toMatch(/^axolotl has no optimizer "adam_w"/);
  });

  it('flags a DeepSpeed optimizer type that is neither a DeepSpeed nor a torch.optim name', () => {
    const d = findings('enum-optimizer-name', '{"train_micro_batch_size_per_gpu": 1, "optimizer": {"type": "AdamWW", "params": {"lr": 0.001}}}', 'json');
    expect(d.map((x) => x.path)).toEqual(['/optimizer/type']);
  });

  it('flags a Ludwig optimizer type Ludwig does not register', () => {
    const d = findings('enum-optimizer-name', 'input_features: []\noutput_features: []\ntrainer:\n  optimizer:\n    type: adamx\n');
    expect(positions(d)).toEqual(['5:11']);
  });

  it('accepts known names, DeepSpeed case-insensitivity, custom axolotl optimizers and placeholders', () => {
    expect(findings('enum-optimizer-name', 'per_device_train_batch_size: 8\nnum_train_epochs: 3\noptim: paged_adamw_8bit\n')).toEqual([]);
    expect(findings('enum-optimizer-name', '{"zero_optimization": {"stage": 2}, "optimizer": {"type": "AdamW"}}', 'json')).toEqual([]);
    expect(findings('enum-optimizer-name', '{"zero_optimization": {"stage": 2}, "optimizer": {"type": "SGD"}}', 'json')).toEqual([]);
    // DeepSpeed lower-cases its own names (its docs write "OneBitAdam" and "Lamb"); torch.optim names keep their case.
    expect(findings('enum-optimizer-name', '{"zero_optimization": {"stage": 0}, "optimizer": {"type": "OneBitAdam"}}', 'json')).toEqual([]);
    expect(findings('enum-optimizer-name', '{"zero_optimization": {"stage": 2}, "optimizer": {"type": "Lamb"}}', 'json')).toEqual([]);
    expect(findings('enum-optimizer-name', '{"zero_optimization": {"stage": 2}, "optimizer": {"type": "sgd"}}', 'json').map((x) => x.message)).toEqual(['DeepSpeed has no optimizer "sgd"; did you mean "SGD".']);
    expect(findings('enum-optimizer-name', 'base_model: x\nmicro_batch_size: 2\nsequence_len: 1024\noptimizer: muon\n')).toEqual([]);
    expect(findings('enum-optimizer-name', 'per_device_train_batch_size: 8\nnum_train_epochs: 3\noptim: ${OPTIM}\n')).toEqual([]);
  });

  it('does not take a TOML file with DeepSpeed\'s names for a DeepSpeed config (diffusion-pipe builds its own)', () => {
    const toml = 'micro_batch_size_per_gpu = 1\ngradient_clipping = 1.0\nsteps_per_print = 1\n[optimizer]\ntype = "adamw_optimi"\nlr = 2e-5\n';
    expect(findings('enum-optimizer-name', toml, 'toml')).toEqual([]);
    expect(findings('enum-optimizer-name', '{"steps_per_print": 1, "optimizer": {"type": "adamw_optimi"}}', 'json')).toHaveLength(1);
  });

  it('leaves a class path in a DeepSpeed block embedded in another program\'s config to that program (SwissArmyTransformer)', () => {
    const sat = 'args:\n  train_iters: 1000\ndeepspeed:\n  train_micro_batch_size_per_gpu: 2\n  optimizer:\n    type: sat.ops.FusedEmaAdam\n';
    expect(findings(RULE, sat)).toEqual([]);
    // A whole DeepSpeed file hands the name to torch.optim, where a class path is an error.
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 2, "optimizer": {"type": "sat.ops.FusedEmaAdam"}}', 'json').length).toBe(1);
  });
});
