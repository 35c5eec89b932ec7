import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'lr-batch-scaling';

describe(RULE, () => {
  it('explains Ludwig linear scaling over distributed workers', () => {
    const d = findings(RULE, 'input_features: [{name: x, type: number}]\noutput_features: [{name: y, type: binary}]\ntrainer:\n  learning_rate: 0.001\nbackend:\n  type: ray\n  trainer:\n    num_workers: 4\n');
    expect(positions(d)).toEqual(['4:18']);
    expect(d[0]!.message).toBe('Ludwig will scale learning rate 0.001 by 4 for 4 workers.');
    expect(d[0]!.explanation).toContain('= 0.004');
  });

  it('explains detectron2 auto-scaling and mmengine auto_scale_lr off, with a world size', () => {
    const det = findings(RULE, '_BASE_: b.yaml\nMODEL:\n  META_ARCHITECTURE: x\nSOLVER:\n  IMS_PER_BATCH: 16\n  BASE_LR: 0.02\n  REFERENCE_WORLD_SIZE: 8\n', 'yaml', { worldSize: 16 });
    expect(det[0]!.message).toBe('detectron2 will rescale the solver by 2 because 16 GPUs differ from REFERENCE_WORLD_SIZE 8.');
    expect(det[0]!.explanation).toContain('`BASE_LR` 0.02 becomes 0.04');
    const mm = findings(RULE, 'train_dataloader:\n  batch_size: 32\nauto_scale_lr:\n  base_batch_size: 256\n', 'yaml', { worldSize: 4 });
    expect(mm[0]!.message).toBe('The learning rate was tuned for a total batch of 256, but this run uses 128 and auto_scale_lr is off.');
  });

  it('stays quiet with constant scaling, matching batches, or no world size', () => {
    expect(findings(RULE, 'input_features: [{name: x, type: number}]\noutput_features: [{name: y, type: binary}]\ntrainer:\n  learning_rate: 0.001\n  learning_rate_scaling: constant\nbackend:\n  type: ray\n  trainer:\n    num_workers: 4\n')).toEqual([]);
    expect(findings(RULE, 'train_dataloader:\n  batch_size: 32\nauto_scale_lr:\n  base_batch_size: 256\n', 'yaml', { worldSize: 8 })).toEqual([]);
    expect(findings(RULE, '_BASE_: b.yaml\nMODEL:\n  META_ARCHITECTURE: x\nSOLVER:\n  BASE_LR: 0.02\n  REFERENCE_WORLD_SIZE: 8\n')).toEqual([]);
  });
});
