import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'weight-decay-too-high';

describe(RULE, () => {
  it('flags a weight decay of 1 or more on SGD, and on torch Adam, whose decay is an L2 term', () => {
    const d = findings(RULE, 'optimizer:\n  name: sgd\n  lr: 0.1\n  momentum: 0.9\n  weight_decay: 1.5\n');
    expect(positions(d)).toEqual(['5:17']);
    expect(d[0]!.message).toBe('Weight decay 1.5 is far above what sgd trains with.');
    expect(d[0]!.explanation).toContain('SGD shrinks every weight by the learning rate times the decay');
    expect(positions(findings(RULE, 'optimizer:\n  _target_: torch.optim.Adam\n  lr: 0.001\n  weight_decay: 2\n'))).toEqual(['4:17']);
  });

  it('leaves decoupled decay alone: AdamW (grokking runs train at 1), Lion (3-10x AdamW), DeepSpeed Adam (AdamW mode)', () => {
    expect(findings(RULE, 'optimizer:\n  name: adamw\n  lr: 0.001\n  weight_decay: 1.0\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  name: lion\n  lr: 0.0001\n  weight_decay: 3.0\n')).toEqual([]);
    expect(findings(RULE, '{"train_batch_size": 8, "optimizer": {"type": "Adam", "params": {"lr": 1e-4, "weight_decay": 1.0}}, "zero_optimization": {"stage": 2}}', 'json')).toEqual([]);
  });

  it('leaves usual values, values below the threshold and an unnamed optimizer alone', () => {
    expect(findings(RULE, 'optimizer:\n  name: sgd\n  lr: 0.1\n  weight_decay: 0.0005\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  name: sgd\n  lr: 0.1\n  weight_decay: 0.5\n')).toEqual([]);
    expect(findings(RULE, 'lr: 0.001\nweight_decay: 1.5\n')).toEqual([]);
  });

  it('flags a weight-decay key the file only uses as a scheduler factor (CORPUS-NOTES W8, SpeechBrain LibriTTS HiFi-GAN)', () => {
    const text = 'lr: 0.0002\nweight_decay: 0.9999\nopt_class_generator: !name:torch.optim.AdamW\n  lr: !ref <lr>\n  betas: [0.8, 0.99]\nsch_class_generator: !name:torch.optim.lr_scheduler.ExponentialLR\n  gamma: !ref <weight_decay>\n  last_epoch: -1\n';
    const d = findings(RULE, text);
    expect(positions(d)).toEqual(['2:1']);
    expect(d[0]!.message).toBe('`weight_decay` is 0.9999, far too high for a weight decay; the file uses it as `sch_class_generator.gamma`.');
    expect(d[0]!.explanation).toContain('the factor a scheduler multiplies the learning rate by');
    // Used as a weight decay through the same reference, it is one: nothing to say here.
    expect(findings(RULE, text.replace('gamma: !ref <weight_decay>', 'gamma: 0.9999').replace('  betas: [0.8, 0.99]\n', '  betas: [0.8, 0.99]\n  weight_decay: !ref <weight_decay>\n'))).toEqual([]);
    // A small factor under that name is not worth a word.
    expect(findings(RULE, text.replace('0.9999', '0.1'))).toEqual([]);
  });

  it('takes its threshold from the options', () => {
    expect(positions(findings(RULE, 'optimizer:\n  name: sgd\n  lr: 0.1\n  weight_decay: 0.5\n', 'yaml', { options: { threshold: 0.1 } }))).toEqual(['4:17']);
  });
});
