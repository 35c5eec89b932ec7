import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('dropout-range', () => {
  it('flags dropout above 1 in YAML, on the value', () => {
    const d = findings('dropout-range', 'model:\n  hidden_dropout_prob: 1.5\n  attention_dropout: 0.1\n');
    expect(positions(d)).toEqual(['2:24']);
    expect(d[0].message).toBe('Dropout 1.5 is outside [0, 1].');
    expect(d[0].path).toBe('/model/hidden_dropout_prob');
  });

  it('flags negative dropout in JSON and TOML', () => {
    expect(positions(findings('dropout-range', '{"lora_dropout": -0.05}', 'json'))).toEqual(['1:18']);
    expect(positions(findings('dropout-range', '[model]\nresid_pdrop = 2\n', 'toml'))).toEqual(['2:15']);
  });

  it('reads -1 as a switch that research code turns off with (TrafficBots), but not in a Dropout layer or HF\'s arguments', () => {
    expect(findings('dropout-range', 'input:\n  _target_: data_modules.sc_input.SceneCentricInput\n  dropout_p_history: -1\n  pe_dim: 96\n')).toEqual([]);
    expect(positions(findings('dropout-range', 'drop:\n  _target_: torch.nn.Dropout\n  p: -1\n'))).toEqual(['3:6']);
    expect(positions(findings('dropout-range', 'learning_rate: 2e-5\nper_device_train_batch_size: 8\nnum_train_epochs: 3\nlora_dropout: -1\n'))).toEqual(['4:15']);
    expect(positions(findings('dropout-range', 'model:\n  dropout: -2\n'))).toEqual(['2:12']);
  });

  it('reads a Dropout layer\'s p and Keras rate only inside a Dropout', () => {
    expect(positions(findings('dropout-range', 'drop:\n  _target_: torch.nn.Dropout\n  p: 5\n'))).toEqual(['3:6']);
    expect(findings('dropout-range', 'sampler:\n  p: 5\n')).toEqual([]);
  });

  it('stays quiet on valid values, placeholders and search spaces', () => {
    expect(findings('dropout-range', 'dropout: 0.0\nattn_dropout: 1\nfc_dropout: ${model.dropout}\nemb_dropout: auto\n')).toEqual([]);
    expect(findings('dropout-range', 'hyperopt:\n  parameters:\n    dropout:\n      lower: 0\n      upper: 2\n')).toEqual([]);
    // LightGBM's DART drop_rate is a tree-dropout rate, not a layer dropout (and in range anyway).
    expect(findings('dropout-range', 'boosting: dart\ndrop_rate: 0.1\n')).toEqual([]);
  });

  it('reads a Keras Dropout layer\'s rate and a LightningCLI Dropout\'s p', () => {
    const keras = findings('dropout-range', '{"class_name": "Dropout", "config": {"rate": 1.5}}', 'json');
    expect(positions(keras)).toEqual(['1:46']);
    expect(keras[0].path).toBe('/config/rate');
    expect(positions(findings('dropout-range', 'head:\n  class_path: torch.nn.Dropout\n  init_args:\n    p: -0.2\n'))).toEqual(['4:8']);
  });

  it('accepts high but valid dropout (CORPUS-NOTES W14 is advice for another rule)', () => {
    expect(findings('dropout-range', 'transformer_encoder:\n  attn_score_dropout: 0.5\n  ffn_dropout: 0.5\n')).toEqual([]);
  });

  it('suggests a fraction when the value looks like a percentage', () => {
    const [d] = findings('dropout-range', 'dropout: 10\n');
    expect(d.explanation).toContain('write 0.1');
  });

  it('leaves the epochs of a dropout ramp alone (Thin-Plate-Spline: `dropout_epoch: 35`, `dropout_inc_epoch: 10`)', () => {
    const ramp = 'train_params:\n  num_epochs: 100\n  dropout_epoch: 35\n  dropout_maxp: 0.3\n  dropout_startp: 0.1\n  dropout_inc_epoch: 10\n  dropout_steps: 500\n';
    expect(findings('dropout-range', ramp)).toEqual([]);
    expect(positions(findings('dropout-range', ramp.replace('dropout_maxp: 0.3', 'dropout_maxp: 30')))).toEqual(['4:17']);
  });

  it('leaves a count of dropout samples alone (Graph-Posterior-Network: `num_samples_dropout: 10`)', () => {
    const mc = 'model:\n  dropout_prob: 0.5\n  num_samples_dropout: 10\n  n_dropout: 3\ntraining:\n  lr: 0.01\n  epochs: 100\n';
    expect(findings('dropout-range', mc)).toEqual([]);
    expect(positions(findings('dropout-range', mc.replace('dropout_prob: 0.5', 'dropout_prob: 5')))).toEqual(['2:17']);
  });
});
