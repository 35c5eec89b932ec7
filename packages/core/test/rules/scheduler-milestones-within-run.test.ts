import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'scheduler-milestones-within-run';

describe(RULE, () => {
  it('flags detectron2 STEPS beyond MAX_ITER, as a tuple string and as a list', () => {
    const d = findings(RULE, '_BASE_: "../Base-RCNN-FPN.yaml"\nMODEL:\n  META_ARCHITECTURE: GeneralizedRCNN\nSOLVER:\n  BASE_LR: 0.02\n  MAX_ITER: 20000\n  STEPS: (15000, 60000, 80000)\n');
    expect(positions(d)).toEqual(['7:10']);
    expect(d[0]!.message).toBe('Decay milestones 60000, 80000 lie beyond the end of training at 20000 iterations.');
    expect(findings(RULE, '_BASE_: b.yaml\nMODEL:\n  META_ARCHITECTURE: x\nSOLVER:\n  BASE_LR: 0.02\n  MAX_ITER: 100\n  STEPS: [50, 200]\n')).toHaveLength(1);
  });

  it('flags LightningCLI MultiStepLR milestones at or beyond max_epochs', () => {
    const d = findings(RULE, 'trainer:\n  max_epochs: 30\noptimizer:\n  class_path: torch.optim.SGD\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.MultiStepLR\n  init_args:\n    milestones: [20, 30, 45]\n');
    expect(d[0]!.message).toBe('Decay milestones 30, 45 lie beyond the end of training at 30 epochs.');
  });

  it('stays quiet when milestones fit, or when MAX_ITER comes from a base file', () => {
    expect(findings(RULE, '_BASE_: b.yaml\nMODEL:\n  META_ARCHITECTURE: x\nSOLVER:\n  BASE_LR: 0.02\n  MAX_ITER: 90000\n  STEPS: (60000, 80000)\n')).toEqual([]);
    expect(findings(RULE, '_BASE_: b.yaml\nMODEL:\n  META_ARCHITECTURE: x\nSOLVER:\n  BASE_LR: 0.02\n  STEPS: (60000, 80000)\n')).toEqual([]);
  });
});
