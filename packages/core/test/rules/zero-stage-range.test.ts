import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('zero-stage-range', () => {
  it('flags ZeRO stage 4 in a DeepSpeed JSON', () => {
    const d = findings('zero-stage-range', '{\n  "train_micro_batch_size_per_gpu": 1,\n  "zero_optimization": {\n    "stage": 4\n  }\n}', 'json');
    expect(positions(d)).toEqual(['4:14']);
    expect(d[0].message).toBe('ZeRO stage 4 does not exist; use 0, 1, 2 or 3.');
  });

  it('flags an Accelerate launcher zero_stage in YAML and a DeepSpeed block inlined in an HF config', () => {
    expect(positions(findings('zero-stage-range', 'compute_environment: LOCAL_MACHINE\ndistributed_type: DEEPSPEED\ndeepspeed_config:\n  zero_stage: 5\n'))).toEqual(['4:15']);
    expect(findings('zero-stage-range', 'deepspeed:\n  zero_optimization:\n    stage: -1\n').map((x) => x.path)).toEqual(['/deepspeed/zero_optimization/stage']);
  });

  it('accepts stages 0 to 3, auto and unrelated `stage` keys', () => {
    expect(findings('zero-stage-range', '{"zero_optimization": {"stage": 3}}', 'json')).toEqual([]);
    expect(findings('zero-stage-range', 'deepspeed_config:\n  zero_stage: auto\n')).toEqual([]);
    // LLaMA-Factory's `stage: sft` and a pipeline `stage: 7` are not ZeRO stages.
    expect(findings('zero-stage-range', 'stage: sft\nfinetuning_type: lora\npipeline:\n  stage: 7\n')).toEqual([]);
  });
});
