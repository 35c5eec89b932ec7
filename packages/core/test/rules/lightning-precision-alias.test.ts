import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/index.js';
import { findings, positions } from '../helpers.js';

describe('lightning-precision-alias', () => {
  it('rewrites precision 16 to "16-mixed"', () => {
    const text = 'trainer:\n  devices: 1\n  max_epochs: 10\n  precision: 16\n';
    const d = findings('lightning-precision-alias', text);
    expect(positions(d)).toEqual(['4:14']);
    expect(d[0].message).toBe('Precision 16 is a legacy alias; write "16-mixed".');
    expect(applyFixes(text, d).output).toBe('trainer:\n  devices: 1\n  max_epochs: 10\n  precision: "16-mixed"\n');
  });

  it('rewrites bf16 in a Hydra-built Trainer and keeps single quotes', () => {
    const text = "trainer:\n  _target_: lightning.pytorch.trainer.Trainer\n  precision: 'bf16'\n";
    const d = findings('lightning-precision-alias', text);
    expect(applyFixes(text, d).output).toBe("trainer:\n  _target_: lightning.pytorch.trainer.Trainer\n  precision: 'bf16-mixed'\n");
  });

  it('notes 16-mixed on a CPU accelerator', () => {
    const d = findings('lightning-precision-alias', 'trainer:\n  accelerator: cpu\n  max_epochs: 1\n  precision: 16-mixed\n');
    expect(d.map((x) => x.message)).toEqual(['Precision "16-mixed" on a CPU accelerator runs as "bf16-mixed".']);
  });

  it('accepts explicit names, 32 and non-Lightning precision keys', () => {
    expect(findings('lightning-precision-alias', 'trainer:\n  max_epochs: 1\n  devices: 1\n  precision: bf16-mixed\n')).toEqual([]);
    expect(findings('lightning-precision-alias', 'trainer:\n  max_epochs: 1\n  devices: 1\n  precision: 32\n')).toEqual([]);
    expect(findings('lightning-precision-alias', 'precision: 16\nper_device_train_batch_size: 8\n')).toEqual([]);
  });
});
