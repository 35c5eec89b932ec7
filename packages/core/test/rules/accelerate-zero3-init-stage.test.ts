import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';
import { lint } from '../../src/index.js';

const RULE = 'accelerate-zero3-init-stage';

const LAUNCH = 'compute_environment: LOCAL_MACHINE\ndistributed_type: DEEPSPEED\nmachine_rank: 0\nnum_machines: 1\nnum_processes: 4\nmain_training_function: main\n';

/** Lints an Accelerate config whose `deepspeed_config_file` names a JSON file that `readRelated` serves from memory. */
function withJson(yaml: string, files: Record<string, string>) {
  const requested: string[] = [];
  const result = lint(yaml, {
    format: 'yaml',
    filePath: 'accelerate_config.yaml',
    settings: { extends: [], rules: { [RULE]: 'error' } },
    readRelated: (reference) => {
      requested.push(reference);
      return files[reference] !== undefined ? { text: files[reference]!, filePath: reference } : undefined;
    },
  });
  return { diagnostics: result.diagnostics.filter((d) => d.ruleId === RULE), requested };
}

describe(RULE, () => {
  it('flags zero3_init_flag beside a zero_stage other than 3, on the flag (LLM-RLHF-Tuning)', () => {
    const text = `${LAUNCH}deepspeed_config:\n  gradient_accumulation_steps: 8\n  zero3_init_flag: true\n  zero_stage: 2\n`;
    const d = findings(RULE, text);
    expect(positions(d)).toEqual(['9:20']);
    expect(d[0]!.message).toBe('`zero3_init_flag` has no effect on ZeRO stage 2; Accelerate turns it off.');
    expect(d[0]!.explanation).toContain('`deepspeed_config.zero_stage` is 2');
    expect(findings(RULE, text.replace('zero_stage: 2', 'zero_stage: 3'))).toEqual([]);
    expect(findings(RULE, text.replace('zero3_init_flag: true', 'zero3_init_flag: false'))).toEqual([]);
  });

  it('reads the stage of the DeepSpeed JSON that deepspeed_config_file names (PTE), and says nothing when it cannot', () => {
    const yaml = `${LAUNCH}deepspeed_config:\n  deepspeed_config_file: ./scripts/zero2_config.json\n  zero3_init_flag: true\n`;
    const zero2 = '{"train_micro_batch_size_per_gpu": "auto", "zero_optimization": {"stage": 2, "overlap_comm": true}}';
    const { diagnostics, requested } = withJson(yaml, { './scripts/zero2_config.json': zero2 });
    expect(requested).toEqual(['./scripts/zero2_config.json']);
    expect(positions(diagnostics)).toEqual(['9:20']);
    expect(diagnostics[0]!.explanation).toContain('the ZeRO stage of `./scripts/zero2_config.json` is 2');
    expect(withJson(yaml, { './scripts/zero2_config.json': zero2.replace('"stage": 2', '"stage": 3') }).diagnostics).toEqual([]);
    expect(withJson(yaml, {}).diagnostics).toEqual([]);
  });

  it('leaves files that are not Accelerate configs alone', () => {
    expect(findings(RULE, 'deepspeed_config:\n  zero3_init_flag: true\n  zero_stage: 2\nlr: 0.001\nepochs: 3\n')).toEqual([]);
  });
});
