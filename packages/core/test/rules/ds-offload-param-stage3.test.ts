import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'ds-offload-param-stage3';

/** InstructUIE's `ds_config_llama.json`: ZeRO stage 2 with both offloads, copied from a stage-3 file. */
const STAGE2 = `{
  "train_micro_batch_size_per_gpu": 8,
  "gradient_accumulation_steps": 4,
  "zero_optimization": {
    "stage": 2,
    "offload_optimizer": {"device": "cpu", "pin_memory": true},
    "offload_param": {"device": "cpu", "pin_memory": true},
    "overlap_comm": true
  }
}`;

const LAUNCH = 'compute_environment: LOCAL_MACHINE\ndistributed_type: DEEPSPEED\nmachine_rank: 0\nnum_machines: 1\nnum_processes: 8\n';

describe(RULE, () => {
  it('flags a parameter offload on ZeRO stage 2, on the device, and leaves the optimizer offload alone', () => {
    const d = findings(RULE, STAGE2, 'json');
    expect(positions(d)).toEqual(['7:33']);
    expect(d[0]!.message).toBe('Parameter offload to cpu has no effect on ZeRO stage 2; only stage 3 offloads parameters.');
    expect(d[0]!.explanation).toContain('`zero_optimization.stage` is 2');
    expect(d[0]!.explanation).toContain('"Valid only with stage 3"');
  });

  it('stays quiet on stage 3, on an offload to none, and on a stage left to the launcher', () => {
    expect(findings(RULE, STAGE2.replace('"stage": 2', '"stage": 3'), 'json')).toEqual([]);
    expect(findings(RULE, STAGE2.replace('"offload_param": {"device": "cpu"', '"offload_param": {"device": "none"'), 'json')).toEqual([]);
    expect(findings(RULE, STAGE2.replace('"stage": 2', '"stage": "auto"'), 'json')).toEqual([]);
    expect(findings(RULE, STAGE2.replace('"offload_param": {"device": "cpu"', '"offload_param": {"device": "auto"'), 'json')).toEqual([]);
  });

  it('reads an inline deepspeed block of HF arguments, with NVMe, and says when no stage is set', () => {
    const inline = 'per_device_train_batch_size: 2\nlr_scheduler_type: cosine\ndeepspeed:\n  zero_optimization:\n    stage: 1\n    offload_param:\n      device: nvme\n      nvme_path: /local_nvme\n';
    expect(findings(RULE, inline).map((d) => d.message)).toEqual(['Parameter offload to nvme has no effect on ZeRO stage 1; only stage 3 offloads parameters.']);
    const noStage = '{"train_batch_size": 32, "zero_optimization": {"offload_param": {"device": "cpu"}}}';
    expect(findings(RULE, noStage, 'json')[0]!.explanation).toContain('no ZeRO stage is set (stage 0)');
  });

  it("flags Accelerate's offload_param_device beside a zero_stage other than 3 (ALMA)", () => {
    const text = `${LAUNCH}deepspeed_config:\n  gradient_accumulation_steps: 4\n  offload_optimizer_device: none\n  offload_param_device: cpu\n  zero3_init_flag: false\n  zero_stage: 2\n`;
    const d = findings(RULE, text);
    expect(positions(d)).toEqual(['9:25']);
    expect(d[0]!.explanation).toContain('`deepspeed_config.zero_stage` is 2');
    expect(findings(RULE, text.replace('zero_stage: 2', 'zero_stage: 3'))).toEqual([]);
    expect(findings(RULE, text.replace('offload_param_device: cpu', 'offload_param_device: none'))).toEqual([]);
    // A program of its own with a `deepspeed_config` block is not Accelerate's launcher config.
    expect(findings(RULE, 'lr: 0.001\ndeepspeed_config:\n  offload_param_device: cpu\n  zero_stage: 2\n')).toEqual([]);
  });
});
