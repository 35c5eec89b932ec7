import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'adam-betas-order';

describe(RULE, () => {
  it("flags a Hydra torch.optim.Adam with betas [0.99, 0.9] (ahcore), on the first beta, and says what to write", () => {
    const text = 'optimizer:\n  _target_: torch.optim.Adam\n  _partial_: true\n  lr: 5e-4\n  betas:\n    - 0.99\n    - 0.9\n';
    const d = findings(RULE, text);
    expect(positions(d)).toEqual(['6:7']);
    expect(d[0].message).toBe('Adam beta1 0.99 is above beta2 0.9; the two look swapped.');
    expect(d[0].path).toBe('/optimizer/betas/0');
    expect(d[0].explanation).toContain('`optimizer.betas[0]` is 0.99 and `optimizer.betas[1]` is 0.9');
    expect(d[0].explanation).toContain('0.9801 against 0.9487');
    expect(d[0].explanation).toContain('write (0.9, 0.99)');
  });

  it("reads a BasicSR-style beta1/beta2 pair with no optimizer named as Adam's (EditGuard's beta2 0.5 under beta1 0.9)", () => {
    const d = findings(RULE, 'train:\n  lr_G: !!float 1e-4\n  beta1: 0.9\n  beta2: 0.5\n  niter: 250000\n');
    expect(positions(d)).toEqual(['3:10']);
    expect(d[0].message).toBe('Adam beta1 0.9 is above beta2 0.5; the two look swapped.');
  });

  it('reads HF adam_beta1/adam_beta2 and a DeepSpeed AdamW list in JSON', () => {
    expect(positions(findings(RULE, 'optim: adamw_torch\nlearning_rate: 2.0e-5\nadam_beta1: 0.999\nadam_beta2: 0.9\n'))).toEqual(['3:13']);
    // Past the bound without being a swap of usual values: 0.99² = 0.9801 against √0.95 = 0.9747.
    expect(positions(findings(RULE, 'optimizer:\n  type: AdamW\n  lr: 1.0e-4\n  betas: [0.99, 0.95]\n'))).toEqual(['4:11']);
    expect(positions(findings(RULE, '{"optimizer": {"type": "AdamW", "params": {"lr": 1e-4, "betas": [0.98, 0.9]}}}', 'json'))).toEqual(['1:66']);
  });

  it('leaves usual pairs alone, including beta1 a little above beta2 (inside beta1² < √beta2) and equal betas', () => {
    for (const betas of ['[0.9, 0.999]', '[0.9, 0.95]', '[0.5, 0.999]', '[0.0, 0.99]', '[0.95, 0.9]', '[0.99, 0.99]'])
      expect(findings(RULE, `optimizer:\n  type: AdamW\n  lr: 1.0e-4\n  betas: ${betas}\n`), betas).toEqual([]);
  });

  it("leaves other optimizers' betas and lists of another length alone (Lion, Adan, an unnamed optimizer)", () => {
    expect(findings(RULE, 'optimizer:\n  type: Lion\n  lr: 1.0e-4\n  betas: [0.99, 0.9]\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  type: Adam\n  lr: 1.0e-4\n  betas: [0.98, 0.92, 0.99]\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  type: Adan\n  lr: 1.0e-4\n  betas: [0.98, 0.9]\n')).toEqual([]);
    expect(findings(RULE, 'train:\n  lr: 1.0e-4\n  beta1: 0.98\n  beta2: 0.92\n  beta3: 0.99\n')).toEqual([]);
    // Out of range is adam-betas-range's.
    expect(findings(RULE, 'optimizer:\n  type: Adam\n  lr: 1.0e-4\n  betas: [1.5, 0.9]\n')).toEqual([]);
  });
});
