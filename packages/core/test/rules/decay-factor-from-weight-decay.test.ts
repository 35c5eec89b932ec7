import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'decay-factor-from-weight-decay';

describe(RULE, () => {
  it("flags a step schedule's decay rate interpolated from the optimizer's weight decay (CoVR), on the value", () => {
    const d = findings(RULE, '_target_: src.tools.scheduler.StepSchedule\ninit_lr: ${model.optimizer.lr}\ndecay_rate: ${model.optimizer.weight_decay}\nmin_lr: 0\n');
    expect(positions(d)).toEqual(['3:13']);
    expect(d[0].message).toBe('`decay_rate` takes its value from the weight decay `model.optimizer.weight_decay`.');
    expect(d[0].explanation).toContain('a few percent');
  });

  it('gives the number when the weight decay is in the same file, through OmegaConf or HyperPyYAML', () => {
    const omegaconf = findings(RULE, 'optimizer:\n  lr: 0.001\n  weight_decay: 0.05\nscheduler:\n  name: step\n  step_size: 1\n  gamma: ${optimizer.weight_decay}\n');
    expect(positions(omegaconf)).toEqual(['7:10']);
    expect(omegaconf[0].explanation).toContain('(0.05)');
    expect(omegaconf[0].explanation).toContain('to 5% of its value');
    const speechbrain = findings(RULE, 'lr: 0.001\nwd: 0.0001\nlr_annealing: !new:speechbrain.nnet.schedulers.StepScheduler\n  initial_value: !ref <lr>\n  decay_factor: !ref <wd>\n');
    expect(positions(speechbrain)).toEqual(['5:22']); // the referenced name after the `!ref` tag
  });

  it("leaves a weight-decay key that holds a decay factor (weight-decay-too-high's case), a cosine schedule, and other references", () => {
    // SpeechBrain LibriTTS: `weight_decay: 0.9999` is the gamma under the wrong name.
    expect(findings(RULE, 'lr: 0.0002\nweight_decay: 0.9999\nsch: !name:torch.optim.lr_scheduler.ExponentialLR\n  gamma: !ref <weight_decay>\n')).toEqual([]);
    // CoVR's CosineSchedule takes the same decay_rate and never uses it.
    expect(findings(RULE, '_target_: src.tools.scheduler.CosineSchedule\ninit_lr: ${model.optimizer.lr}\ndecay_rate: ${model.optimizer.weight_decay}\nmax_epochs: 10\n')).toEqual([]);
    expect(findings(RULE, 'scheduler:\n  name: step\n  gamma: ${lr_decay}\nlr_decay: 0.9\n')).toEqual([]);
    expect(findings(RULE, 'scheduler:\n  name: step\n  gamma: ${oc.env:GAMMA}\n')).toEqual([]);
    expect(findings(RULE, 'scheduler:\n  name: step\n  gamma: 0.1\nweight_decay: 0.1\n')).toEqual([]);
  });
});
