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

  it('leaves STEPS alone when the named schedule does not read them (RbA: Mask2Former\'s WarmupPolyLR)', () => {
    const rba = '_BASE_: b.yaml\nMODEL:\n  META_ARCHITECTURE: MaskFormer\nSOLVER:\n  BASE_LR: 0.0001\n  LR_SCHEDULER_NAME: WarmupPolyLR\n  MAX_ITER: 2000\n  STEPS: (30000,)\n';
    expect(findings(RULE, rba)).toEqual([]);
    expect(positions(findings(RULE, rba.replace('WarmupPolyLR', 'WarmupMultiStepLR')))).toEqual(['8:10']);
  });

  it('leaves milestones alone whose own comment says they are not meant to fire (DeepSolo: `# no step`)', () => {
    const deepSolo = '_BASE_: "../Base_det.yaml"\nMODEL:\n  WEIGHTS: pretrain/model_final.pth\nSOLVER:\n  IMS_PER_BATCH: 8\n  BASE_LR: 1e-5\n  STEPS: (100000,)  # no step\n  MAX_ITER: 10000\n';
    expect(findings(RULE, deepSolo)).toEqual([]);
    expect(findings(RULE, deepSolo.replace('# no step', '# constant lr'))).toEqual([]);
    // Any other comment, or one on another line, is not about these milestones.
    expect(positions(findings(RULE, deepSolo.replace('# no step', '# 1x schedule')))).toEqual(['7:10']);
    expect(positions(findings(RULE, deepSolo.replace('  # no step', '').replace('MAX_ITER: 10000', 'MAX_ITER: 10000  # no step')))).toEqual(['7:10']);
    expect(positions(findings(RULE, 'train:\n  max_epoch: 100\n  mile_stones: [150]  # decay\n'))).toEqual(['3:16']);
    expect(findings(RULE, 'train:\n  max_epoch: 100\n  mile_stones: [150]  # never decays\n')).toEqual([]);
  });

  it('flags LightningCLI MultiStepLR milestones at or beyond max_epochs', () => {
    const d = findings(RULE, 'trainer:\n  max_epochs: 30\noptimizer:\n  class_path: torch.optim.SGD\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.MultiStepLR\n  init_args:\n    milestones: [20, 30, 45]\n');
    expect(d[0]!.message).toBe('Decay milestones 30, 45 lie beyond the end of training at 30 epochs.');
  });

  it('flags a milestone list beyond the epoch count of a research config (GOOD `mile_stones`)', () => {
    const good = 'includes:\n  - base.yaml\nmodel:\n  model_name: SRGCN\ntrain:\n  max_epoch: 100\n  lr: 1e-3\n  mile_stones: [150]\n';
    const d = findings(RULE, good);
    expect(positions(d)).toEqual(['8:16']);
    expect(d[0]!.message).toBe('Decay milestone 150 lies beyond the end of training at 100 epochs.');
    // The epoch count in a mapping that encloses the schedule's, and a step schedule named beside the milestones.
    expect(positions(findings(RULE, 'epochs: 90\noptimizer:\n  lr: 0.1\nscheduler:\n  name: multistep\n  milestones: [30, 60, 120]\n'))).toEqual(['6:15']);
  });

  it('leaves research milestones alone that fit, belong to a schedule not chosen, or count iterations', () => {
    expect(findings(RULE, 'train:\n  max_epoch: 200\n  mile_stones: [150]\n')).toEqual([]);
    // A milestone at the last epoch may still fire in a loop that counts epochs from 1.
    expect(findings(RULE, 'train:\n  epochs: 100\n  milestones: [50, 100]\n')).toEqual([]);
    // GLT: the cosine schedule is chosen; the multistep milestones are never read.
    expect(findings(RULE, 'training_opt:\n  num_epochs: 100\n  scheduler: cosine\n  scheduler_params: {endlr: 0.0, gamma: 0.1, milestones: [120, 160]}\n')).toEqual([]);
    // ExtDM: milestones far beyond the epoch count are iterations.
    expect(findings(RULE, 'train_params:\n  max_epochs: 1070\n  scheduler_param:\n    milestones: [150000]\n')).toEqual([]);
    // `epoch` is as often where a run starts; no epoch count, nothing to compare.
    expect(findings(RULE, 'epoch: 0\nmilestones: [30, 60]\n')).toEqual([]);
  });

  it('stays quiet when milestones fit, or when MAX_ITER comes from a base file', () => {
    expect(findings(RULE, '_BASE_: b.yaml\nMODEL:\n  META_ARCHITECTURE: x\nSOLVER:\n  BASE_LR: 0.02\n  MAX_ITER: 90000\n  STEPS: (60000, 80000)\n')).toEqual([]);
    expect(findings(RULE, '_BASE_: b.yaml\nMODEL:\n  META_ARCHITECTURE: x\nSOLVER:\n  BASE_LR: 0.02\n  STEPS: (60000, 80000)\n')).toEqual([]);
  });

  it('stays quiet where the solver also counts epochs, which a fork\'s loop may run by (amp-bic\'s MAX_EPOCH beside MAX_ITER)', () => {
    const ampBic = 'MODEL:\n  META_ARCHITECTURE: GeneralizedRCNN\nSOLVER:\n  BASE_LR: 0.01\n  MAX_EPOCH: 15\n  MAX_ITER: 20000\n  STEPS:\n  - 40000\n  WARMUP_ITERS: 500\n';
    expect(findings(RULE, ampBic)).toEqual([]);
    expect(positions(findings(RULE, ampBic.replace('  MAX_EPOCH: 15\n', '')))).toEqual(['7:3']);
  });
});
