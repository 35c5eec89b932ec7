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

  it('leaves a Lightning 1.x trainer alone, which refuses "16-mixed" (an argument Lightning 2.0 removed says which)', () => {
    // DistillCLIP's LightningCLI config: `auto_select_gpus` is gone in Lightning 2.0, where `16-mixed` first exists.
    expect(findings('lightning-precision-alias', 'trainer:\n  auto_select_gpus: true\n  accelerator: gpu\n  max_epochs: 200\n  precision: 16\n')).toEqual([]);
    expect(findings('lightning-precision-alias', 'trainer:\n  gpus: 2\n  max_epochs: 10\n  precision: bf16\n')).toEqual([]);
    expect(positions(findings('lightning-precision-alias', 'trainer:\n  devices: 2\n  max_epochs: 10\n  precision: bf16\n'))).toEqual(['4:14']);
  });

  it('notes 16-mixed on a CPU accelerator', () => {
    const d = findings('lightning-precision-alias', 'trainer:\n  accelerator: cpu\n  max_epochs: 1\n  precision: 16-mixed\n');
    expect(d.map((x) => x.message)).toEqual(['Precision "16-mixed" on a CPU accelerator runs as "bf16-mixed".']);
  });

  it('leaves NeMo Megatron configs alone, whose trainer.precision NeMo reads itself, but not other NeMo models', () => {
    const megatron = 'name: megatron_gpt_peft_tuning\ntrainer:\n  devices: 1\n  accelerator: gpu\n  precision: 16\n  max_epochs: 9999\nexp_manager:\n  explicit_log_dir: null\nmodel:\n  tensor_model_parallel_size: 1\n  pipeline_model_parallel_size: 1\n  megatron_amp_O2: False\n  optim:\n    name: fused_adam\n    lr: 1e-4\n';
    expect(findings('lightning-precision-alias', megatron)).toEqual([]);
    const tts = 'name: FastPitch\ntrainer:\n  devices: -1\n  accelerator: gpu\n  precision: 16\n  max_epochs: 1000\nexp_manager:\n  exp_dir: null\nmodel:\n  optim:\n    name: adamw\n    lr: 1e-3\n';
    expect(positions(findings('lightning-precision-alias', tts))).toEqual(['5:14']);
  });

  it('accepts explicit names, 32 and non-Lightning precision keys', () => {
    expect(findings('lightning-precision-alias', 'trainer:\n  max_epochs: 1\n  devices: 1\n  precision: bf16-mixed\n')).toEqual([]);
    expect(findings('lightning-precision-alias', 'trainer:\n  max_epochs: 1\n  devices: 1\n  precision: 32\n')).toEqual([]);
    expect(findings('lightning-precision-alias', 'precision: 16\nper_device_train_batch_size: 8\n')).toEqual([]);
  });
});
