import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';
import { applyFixes } from '../../src/index.js';

const RULE = 'yaml-trailing-comma';

describe(RULE, () => {
  it("flags M3ViT's `qkv_bias: True,` and numbers, booleans and null followed by a comma in block YAML, on the value", () => {
    const text = 'backbone_kwargs:\n  qkv_bias: True,\n  drop_rate: 0.1,\n  use_amp: false ,\n  resume: null,\ntrain:\n  lr: 1e-4,\n  steps:\n    - 1000,\n';
    const d = findings(RULE, text);
    expect(positions(d)).toEqual(['2:13', '3:14', '4:12', '5:11', '7:7', '9:7']);
    expect(d[0]!.message).toBe('`True,` is read as the string "True,", not as the boolean true: the comma is part of the value.');
    expect(d[3]!.message).toBe('`null,` is read as the string "null,", not as null: the comma is part of the value.');
    expect(d[0]!.explanation).toContain('`backbone_kwargs.qkv_bias` holds the plain scalar `True,`');
    expect(d[0]!.explanation).toContain('Remove the comma: `True`.');
  });

  it("reads yes/no with a comma as a boolean only for a YAML 1.1 loader, and says what yacs's literal_eval makes of a number", () => {
    expect(findings(RULE, 'use_ema: yes,\nname: resnet\n')[0]!.message).toContain('not as the boolean true');
    expect(findings(RULE, 'use_ema: yes,\nname: resnet\n', 'yaml', { loader: 'yaml-1.2' })).toEqual([]);
    expect(findings(RULE, 'SOLVER:\n  BASE_LR: 0.01,\n', 'yaml', { loader: 'yacs' })[0]!.explanation).toContain('into the one-element tuple (0.01,)');
    expect(findings(RULE, 'SOLVER:\n  ENABLED: yes,\n', 'yaml', { loader: 'yacs' })[0]!.explanation).not.toContain('tuple');
  });

  it('leaves flow collections, quoted values, tagged values and strings that end in a comma alone', () => {
    expect(findings(RULE, 'optimizer: {lr: 0.001, weight_decay: 0.05}\nmilestones: [30, 60,\n  90]\nkernel: "3,"\nnames: a, b,\nother: !!str 5,\n')).toEqual([]);
    expect(findings(RULE, '{"lr": 0.001, "qkv_bias": true}', 'json')).toEqual([]);
  });

  it("leaves a device index with a comma alone: Lightning's `devices: 0,` names GPU 0 (FlowDCN), and scripts split device lists", () => {
    expect(findings(RULE, 'trainer:\n  accelerator: auto\n  devices: 0,\n  num_nodes: 1\ngpus: 1,\n')).toEqual([]);
    expect(positions(findings(RULE, 'trainer:\n  devices: 0,\n  num_nodes: 1,\n'))).toEqual(['3:14']);
    // Under a prefix too (PuTR's `AVAILABLE_GPUS: 0,`, set as CUDA_VISIBLE_DEVICES), but not a count of devices.
    expect(findings(RULE, 'MODE: train\nAVAILABLE_GPUS: 0,\nDEVICE: cuda\n')).toEqual([]);
    expect(positions(findings(RULE, 'num_gpus: 4,\nn_devices: 2,\nlr: 0.1\n'))).toEqual(['1:11', '2:12']);
  });

  it('removes the comma as its fix', () => {
    const text = 'model:\n  qkv_bias: True,\n  lr: 0.001,  # peak\n';
    expect(applyFixes(text, findings(RULE, text)).output).toBe('model:\n  qkv_bias: True\n  lr: 0.001  # peak\n');
  });
});
