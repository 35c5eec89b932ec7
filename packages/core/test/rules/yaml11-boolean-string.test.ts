import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/index.js';
import { findings, positions } from '../helpers.js';

describe('yaml11-boolean-string', () => {
  it('flags Accelerate distributed_type: NO (CORPUS-NOTES W12) and quotes it', () => {
    const text = 'compute_environment: AMAZON_SAGEMAKER\ndistributed_type: NO\nmixed_precision: fp16\n';
    const d = findings('yaml11-boolean-string', text);
    expect(positions(d)).toEqual(['2:19']);
    expect(d[0].message).toBe('NO is read as the boolean false by PyYAML (YAML 1.1), not as the string "NO".');
    expect(applyFixes(text, d).output).toBe('compute_environment: AMAZON_SAGEMAKER\ndistributed_type: "NO"\nmixed_precision: fp16\n');
  });

  it('flags HF eval_strategy: no and keys spelled like booleans', () => {
    expect(findings('yaml11-boolean-string', 'per_device_train_batch_size: 8\neval_strategy: no\n')).toHaveLength(1);
    const d = findings('yaml11-boolean-string', 'on:\n  push: true\n');
    expect(d.map((x) => x.message)).toEqual(['The key `on` is read as the boolean true by PyYAML (YAML 1.1).']);
  });

  it('leaves accelerate mixed_precision: no, real booleans, y/n and quoted strings alone', () => {
    expect(findings('yaml11-boolean-string', 'compute_environment: LOCAL_MACHINE\ndistributed_type: MULTI_GPU\nmixed_precision: no\n')).toEqual([]);
    expect(findings('yaml11-boolean-string', 'load_best_model_at_end: yes\nuse_cache: off\nfsdp_sharding_strategy: "NO"\nvalidation_mode: y\n')).toEqual([]);
  });

  it('does not apply to JSON or YAML 1.2 loaders', () => {
    expect(findings('yaml11-boolean-string', '{"eval_strategy": "no"}', 'json')).toEqual([]);
    expect(findings('yaml11-boolean-string', 'eval_strategy: no\n', 'yaml', { loader: 'yaml-1.2' })).toEqual([]);
  });
});
