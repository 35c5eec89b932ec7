import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'fp16-bf16-exclusive';

describe(RULE, () => {
  it('flags HF fp16 and bf16 both true, on bf16', () => {
    const d = findings(RULE, 'fp16: true\nbf16: true\nper_device_train_batch_size: 1\n');
    expect(positions(d)).toEqual(['2:7']);
    expect(d[0].message).toBe('fp16 and bf16 are both enabled.');
    expect(d[0].path).toBe('/bf16');
    expect(d[0].explanation).toContain('`fp16` and `bf16`');
  });

  it('flags DeepSpeed fp16.enabled with bf16.enabled in JSON, and a TOML table', () => {
    const ds = findings(RULE, '{"train_micro_batch_size_per_gpu": 1,\n "fp16": {"enabled": true},\n "bf16": {"enabled": true}}', 'json');
    expect(positions(ds)).toEqual(['3:22']);
    expect(ds[0].path).toBe('/bf16/enabled');
    expect(positions(findings(RULE, '[training]\nfp16 = true\nbf16 = true\n', 'toml'))).toEqual(['3:8']);
  });

  it('does not take a bf16 key written inside the fp16 block for the bf16 switch (gpt-moe), which DeepSpeed reads at the top level only', () => {
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 1,\n "fp16": {"bf16": true, "enabled": true, "loss_scale": 0}}', 'json')).toEqual([]);
    expect(positions(findings(RULE, '{"train_micro_batch_size_per_gpu": 1,\n "fp16": {"bf16": true, "enabled": true},\n "bf16": {"enabled": true}}', 'json'))).toEqual(['3:22']);
  });

  it('flags fp16_full_eval with bf16_full_eval, which HF also rejects', () => {
    const d = findings(RULE, 'fp16_full_eval: true\nbf16_full_eval: true\nbf16: true\n');
    expect(positions(d)).toEqual(['2:17']);
    expect(d[0].message).toBe('fp16_full_eval and bf16_full_eval are both enabled.');
  });

  it('treats "auto" as unresolved (RULES-CATALOG F7, LLaMA-Factory ds_z3_config.json)', () => {
    expect(findings(RULE, '{"fp16": {"enabled": "auto", "loss_scale": 0}, "bf16": {"enabled": "auto"}, "train_micro_batch_size_per_gpu": "auto"}', 'json')).toEqual([]);
    expect(findings(RULE, 'base_model: x\nmicro_batch_size: 1\nsequence_len: 1\nbf16: auto\nfp16: true\n')).toEqual([]);
  });

  it('accepts one precision at a time, interpolations, and separate documents', () => {
    expect(findings(RULE, 'fp16: false\nbf16: true\n')).toEqual([]);
    expect(findings(RULE, 'fp16: ${use_fp16}\nbf16: true\n')).toEqual([]);
    expect(findings(RULE, 'fp16: true\n---\nbf16: true\n')).toEqual([]);
  });
});
