import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { HF_ARGUMENTS_BLOCK, findings, positions } from '../helpers.js';

const RULE = 'hf-deepspeed-mismatch';

/** Lints HF YAML whose `deepspeed:` names a JSON file that `readRelated` serves from memory. */
function withJson(yaml: string, files: Record<string, string>, worldSize?: number) {
  const requested: string[] = [];
  const result = lint(yaml, {
    format: 'yaml',
    filePath: 'train.yaml',
    settings: { extends: [], rules: { [RULE]: 'error' }, ...(worldSize !== undefined ? { worldSize } : {}) },
    readRelated: (reference) => {
      requested.push(reference);
      return files[reference] !== undefined ? { text: files[reference]!, filePath: `configs/${reference}` } : undefined;
    },
  });
  return { diagnostics: result.diagnostics.filter((d) => d.ruleId === RULE), requested };
}

describe(RULE, () => {
  it('flags inline DeepSpeed values that differ from TrainingArguments, on the DeepSpeed value', () => {
    const d = findings(RULE, 'per_device_train_batch_size: 4\nlearning_rate: 2.0e-4\ndeepspeed:\n  train_micro_batch_size_per_gpu: 8\n  optimizer:\n    type: AdamW\n    params:\n      lr: 1.0e-5\n      weight_decay: auto\n');
    expect(positions(d)).toEqual(['4:35', '8:11']);
    expect(d.map((x) => x.message)).toEqual([
      "DeepSpeed `train_micro_batch_size_per_gpu` is 8 but the Trainer's value is 4.",
      "DeepSpeed `optimizer.params.lr` is 1e-5 but the Trainer's value is 0.0002.",
    ]);
  });

  it('compares with HF defaults in plain HF Trainer files', () => {
    const d = findings(RULE, 'per_device_train_batch_size: 4\nlr_scheduler_type: cosine\ndeepspeed:\n  fp16:\n    enabled: true\n  gradient_clipping: 1.0\n');
    expect(d.map((x) => x.message)).toEqual(["DeepSpeed `fp16.enabled` is true but the Trainer's value is false."]);
    expect(d[0]!.explanation).toContain('`fp16` (default false)');
  });

  it('reads a precision flag written as 1 or 0 as Python does, and an unreadable one as unknown (CFGPT)', () => {
    const ds = 'deepspeed:\n  bf16:\n    enabled: true\n  gradient_clipping: 1.0\n';
    // `bf16: 1` reaches TrainingArguments as the integer 1: `True != 1` is false in Python.
    expect(findings(RULE, `per_device_train_batch_size: 2\nlr_scheduler_type: cosine\nfp16: 0\nbf16: 1\n${ds}`)).toEqual([]);
    expect(findings(RULE, `per_device_train_batch_size: 2\nlr_scheduler_type: cosine\nbf16: 0\n${ds}`).map((x) => x.message)).toEqual(["DeepSpeed `bf16.enabled` is true but the Trainer's value is 0."]);
    // A word the loader leaves a string says nothing, and `bf16_full_eval`'s default does not stand in for it.
    expect(findings(RULE, `per_device_train_batch_size: 2\nlr_scheduler_type: cosine\nbf16: yes please\n${ds}`)).toEqual([]);
  });

  it('checks train_batch_size against micro batch × accumulation, exactly with a world size', () => {
    const yaml = 'per_device_train_batch_size: 4\ngradient_accumulation_steps: 2\nlr_scheduler_type: cosine\ndeepspeed:\n  train_batch_size: 12\n';
    expect(findings(RULE, yaml)[0]!.message).toBe("DeepSpeed `train_batch_size` 12 is not a multiple of the Trainer's per-GPU batch 8, so no number of GPUs matches it.");
    const ok = 'per_device_train_batch_size: 4\ngradient_accumulation_steps: 2\nlr_scheduler_type: cosine\ndeepspeed:\n  train_batch_size: 16\n';
    expect(findings(RULE, ok)).toEqual([]);
    expect(findings(RULE, ok, 'yaml', { worldSize: 4 })[0]!.message).toBe("DeepSpeed `train_batch_size` is 16 but the Trainer's value is 32.");
  });

  it('reads a referenced DeepSpeed JSON through readRelated and reports in the YAML', () => {
    const json = '{\n  "train_micro_batch_size_per_gpu": "auto",\n  "optimizer": {"type": "AdamW", "params": {"lr": 3e-5, "betas": [0.9, 0.95]}},\n  "bf16": {"enabled": true}\n}\n';
    const { diagnostics, requested } = withJson('per_device_train_batch_size: 4\nlearning_rate: 2.0e-4\nadam_beta2: 0.999\nbf16: true\ndeepspeed: ds_z2.json\n', { 'ds_z2.json': json });
    expect(requested).toEqual(['ds_z2.json']);
    expect(positions(diagnostics)).toEqual(['2:16', '3:13']);
    expect(diagnostics[0]!.message).toBe("DeepSpeed `optimizer.params.lr` is 3e-5 but the Trainer's value is 0.0002.");
    expect(diagnostics[0]!.explanation).toContain('`configs/ds_z2.json` line 3');
    expect(diagnostics[1]!.message).toBe("DeepSpeed `optimizer.params.betas` is [0.9, 0.95] but the Trainer's value is [0.9, 0.999].");
  });

  it('reports a default-valued mismatch from a referenced file on the deepspeed reference', () => {
    const { diagnostics } = withJson('per_device_train_batch_size: 4\nlr_scheduler_type: cosine\ndeepspeed: ds.json\n', { 'ds.json': '{"gradient_clipping": 0.5}' });
    expect(positions(diagnostics)).toEqual(['3:12']);
    expect(diagnostics[0]!.explanation).toContain('`max_grad_norm` (default 1)');
  });

  it('stays quiet on "auto" values, unreadable references, and TRL/axolotl defaults it cannot know', () => {
    const auto = '{"train_micro_batch_size_per_gpu": "auto", "gradient_accumulation_steps": "auto", "optimizer": {"params": {"lr": "auto"}}, "bf16": {"enabled": "auto"}}';
    expect(withJson('per_device_train_batch_size: 4\nlearning_rate: 1.0e-4\ndeepspeed: ds.json\n', { 'ds.json': auto }).diagnostics).toEqual([]);
    expect(withJson('per_device_train_batch_size: 4\nlearning_rate: 1.0e-4\ndeepspeed: missing.json\n', {}).diagnostics).toEqual([]);
    expect(withJson('per_device_train_batch_size: 4\nlearning_rate: 1.0e-4\ndeepspeed: broken.json\n', { 'broken.json': '{"optimizer": ' }).diagnostics).toEqual([]);
    // axolotl fills bf16 (often "auto") and its own defaults before HF sees them.
    expect(findings(RULE, 'base_model: m\nmicro_batch_size: 2\nsequence_len: 512\nbf16: auto\ndeepspeed:\n  bf16:\n    enabled: true\n  gradient_clipping: 1.0\n')).toEqual([]);
    expect(findings(RULE, 'model_name_or_path: m\nmax_prompt_length: 128\nmax_completion_length: 128\ndeepspeed:\n  bf16:\n    enabled: true\n')).toEqual([]);
  });

  it('reads a nested block a program hands to TrainingArguments whole, by what the block writes', () => {
    // HF_ARGUMENTS_BLOCK's per_device_train_batch_size is 8 (line 5).
    const { diagnostics, requested } = withJson(`${HF_ARGUMENTS_BLOCK}  learning_rate: 2.0e-5\n  deepspeed: ds.json\n`, {
      'ds.json': '{\n  "train_micro_batch_size_per_gpu": 4,\n  "gradient_clipping": 0.5,\n  "optimizer": {"type": "AdamW", "params": {"lr": "auto"}}\n}\n',
    });
    expect(requested).toEqual(['ds.json']);
    // The block leaves max_grad_norm unset: a program may set it itself, so HF's default is not assumed there.
    expect(positions(diagnostics)).toEqual(['5:32']);
    expect(diagnostics[0]!.message).toBe("DeepSpeed `train_micro_batch_size_per_gpu` is 4 but the Trainer's value is 8.");
    expect(diagnostics[0]!.explanation).toContain('`configs/ds.json` line 2');
    const inline = findings(RULE, `${HF_ARGUMENTS_BLOCK}  deepspeed:\n    train_micro_batch_size_per_gpu: 2\n    gradient_clipping: 1.0\n`);
    expect(positions(inline)).toEqual(['9:37']);
    // Another block's `deepspeed:` (not TrainingArguments fields) is not compared with this one.
    const elsewhere = withJson(`${HF_ARGUMENTS_BLOCK}launcher:\n  deepspeed: ds.json\n  nodes: 2\n`, { 'ds.json': '{"train_micro_batch_size_per_gpu": 4}' });
    expect(elsewhere.requested).toEqual([]);
    expect(elsewhere.diagnostics).toEqual([]);
  });
});
