import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'batch-triad';
const DS = (global: number | string, micro: number | string, accum: number | string): string =>
  JSON.stringify({ train_batch_size: global, train_micro_batch_size_per_gpu: micro, gradient_accumulation_steps: accum, zero_optimization: { stage: 1 } });

describe(RULE, () => {
  it('flags a DeepSpeed global batch that no number of GPUs can produce, on train_batch_size', () => {
    const d = findings(RULE, DS(60, 4, 2), 'json');
    expect(positions(d)).toEqual(['1:21']);
    expect(d[0].message).toBe('Global batch 60 is not a multiple of micro batch 4 × accumulation 2 = 8, so no number of GPUs fits it.');
    expect(d[0].path).toBe('/train_batch_size');
    expect(d[0].explanation).toContain('DeepSpeed refuses to start');
  });

  it('checks the exact product when the world size is known (option or setting)', () => {
    const viaOption = findings(RULE, DS(64, 4, 2), 'json', { options: { worldSize: 4 } });
    expect(viaOption.map((d) => d.message)).toEqual(['Global batch 64 is not micro batch 4 × accumulation 2 × world size 4 = 32.']);
    expect(findings(RULE, DS(64, 4, 2), 'json', { worldSize: 8 })).toEqual([]);
    expect(findings(RULE, DS(64, 4, 2), 'json', { worldSize: 2 }).map((d) => d.message)).toEqual(['Global batch 64 is not micro batch 4 × accumulation 2 × world size 2 = 16.']);
  });

  it('flags LitGPT global/micro batches in YAML and torchtitan-style ones in TOML', () => {
    const lit = findings(RULE, 'checkpoint_dir: checkpoints/x\ntrain:\n  global_batch_size: 30\n  micro_batch_size: 4\n  lr_warmup_steps: 10\n');
    expect(positions(lit)).toEqual(['3:22']);
    expect(lit[0].message).toBe('Global batch 30 is not a multiple of micro batch 4 × accumulation 1 = 4, so no number of GPUs fits it.');
    expect(lit[0].explanation).not.toContain('DeepSpeed refuses to start (');
    expect(positions(findings(RULE, '[training]\nglobal_batch_size = 100\nlocal_batch_size = 8\n', 'toml'))).toEqual(['2:21']);
  });

  it('accepts triads that multiply out for some world size', () => {
    expect(findings(RULE, DS(64, 4, 2), 'json')).toEqual([]);
    expect(findings(RULE, 'global_train_batch_size: 256\ndevice_train_microbatch_size: 16\nmax_duration: 4800ba\nscheduler:\n  t_warmup: 100ba\n')).toEqual([]);
  });

  it('does not apply to Composer/OLMo microbatches, which may split a device batch unevenly', () => {
    expect(findings(RULE, 'global_train_batch_size: 250\ndevice_train_microbatch_size: 16\nmax_duration: 4800ba\nscheduler:\n  t_warmup: 100ba\n')).toEqual([]);
  });

  it('treats DeepSpeed "auto" as unresolved (RULES-CATALOG F7)', () => {
    expect(findings(RULE, DS('auto', 'auto', 'auto'), 'json')).toEqual([]);
    expect(findings(RULE, DS(64, 'auto', 2), 'json')).toEqual([]);
  });

  it('stays quiet when only two of the three are known and no world size is given', () => {
    // RULES-CATALOG R8: DeepSpeed derives the micro batch; whether it is 0 depends on the GPUs.
    expect(findings(RULE, '{"train_batch_size": 2, "gradient_accumulation_steps": 1, "optimizer": {"type": "Adam", "params": {"lr": 0.00015}}}', 'json')).toEqual([]);
  });

  it('ignores evaluation batch sizes and interpolations', () => {
    expect(findings(RULE, 'train:\n  global_batch_size: ${oc.env:GBS}\n  micro_batch_size: 3\neval:\n  global_batch_size: 7\n')).toEqual([]);
  });
});
