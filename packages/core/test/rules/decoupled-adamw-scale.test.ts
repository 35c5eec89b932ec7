import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const FOUNDRY = 'max_duration: 1ep\nglobal_train_batch_size: 256\ndevice_train_microbatch_size: 8\ntrain_loader:\n  name: text\nscheduler:\n  name: cosine_with_warmup\n  t_warmup: 100ba\n';

describe('decoupled-adamw-scale', () => {
  it('flags a PyTorch-sized weight decay on decoupled_adamw', () => {
    const d = findings('decoupled-adamw-scale', `${FOUNDRY}optimizer:\n  name: decoupled_adamw\n  lr: 6.0e-4\n  weight_decay: 0.1\n`);
    expect(positions(d)).toEqual(['12:17']);
    expect(d[0].message).toBe('decoupled_adamw applies weight decay 0.1 per step without scaling it by the learning rate.');
    expect(d[0].explanation).toContain('6e-5');
  });

  it('flags decoupled_lionw too', () => {
    expect(findings('decoupled-adamw-scale', `${FOUNDRY}optimizer:\n  name: decoupled_lionw\n  lr: 1.0e-4\n  weight_decay: 0.01\n`)).toHaveLength(1);
  });

  it('accepts Composer-sized decay and torch AdamW', () => {
    expect(findings('decoupled-adamw-scale', `${FOUNDRY}optimizer:\n  name: decoupled_adamw\n  lr: 6.0e-4\n  weight_decay: 0.0\n`)).toEqual([]);
    expect(findings('decoupled-adamw-scale', `${FOUNDRY}optimizer:\n  name: decoupled_adamw\n  lr: 6.0e-4\n  weight_decay: 1.0e-5\n`)).toEqual([]);
    expect(findings('decoupled-adamw-scale', 'optimizer:\n  _target_: torch.optim.AdamW\n  lr: 0.001\n  weight_decay: 0.1\n')).toEqual([]);
  });
});
