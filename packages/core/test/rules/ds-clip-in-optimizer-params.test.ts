import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'ds-clip-in-optimizer-params';

describe(RULE, () => {
  it('flags max_grad_norm in DeepSpeed optimizer.params, on the key', () => {
    const text = '{\n  "train_micro_batch_size_per_gpu": 4,\n  "optimizer": {"type": "AdamW", "params": {"lr": 1e-4, "max_grad_norm": 1.0}}\n}';
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual([`3:${text.split('\n')[2]!.indexOf('"max_grad_norm"') + 1}`]);
    expect(d[0]!.message).toBe('DeepSpeed does not accept max_grad_norm as an optimizer parameter; use gradient_clipping.');
  });

  it('flags it in an inline deepspeed dict of an HF YAML', () => {
    const d = findings(RULE, 'per_device_train_batch_size: 4\nlr_scheduler_type: cosine\ndeepspeed:\n  optimizer:\n    type: AdamW\n    params:\n      max_grad_norm: 1.0\n');
    expect(positions(d)).toEqual(['7:7']);
  });

  it('stays quiet on gradient_clipping and on non-DeepSpeed optimizer blocks', () => {
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 4, "gradient_clipping": 1.0, "optimizer": {"type": "AdamW", "params": {"lr": 1e-4}}}', 'json')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  params:\n    max_grad_norm: 1.0\ntrainer:\n  max_epochs: 3\n')).toEqual([]);
  });
});
