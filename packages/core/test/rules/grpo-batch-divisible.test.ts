import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'grpo-batch-divisible';
const AXOLOTL = 'base_model: m\nsequence_len: 2048\nrl: grpo\n';

describe(RULE, () => {
  it('flags an axolotl generation batch that does not hold whole groups', () => {
    const d = findings(RULE, AXOLOTL + 'micro_batch_size: 2\ngradient_accumulation_steps: 3\ntrl:\n  num_generations: 4\n');
    expect(positions(d)).toEqual(['4:19']);
    expect(d[0]!.message).toBe('The GRPO generation batch 6 is not divisible by num_generations 4.');
    expect(d[0]!.explanation).toContain('Change the batch to 4 or 8');
  });

  it('flags fewer than two generations, and an explicit generation batch', () => {
    expect(findings(RULE, AXOLOTL + 'micro_batch_size: 2\ngradient_accumulation_steps: 2\ntrl:\n  num_generations: 1\n')[0]!.message).toBe('GRPO needs at least 2 generations per prompt, not 1.');
    expect(findings(RULE, AXOLOTL + 'micro_batch_size: 2\ngradient_accumulation_steps: 2\ntrl:\n  num_generations: 4\n  generation_batch_size: 6\n')[0]!.message).toBe('The GRPO generation batch 6 is not divisible by num_generations 4.');
  });

  it('checks TRL configs with the world size from settings (JSON)', () => {
    const text = '{"model_name_or_path": "m", "max_completion_length": 256, "num_generations": 8, "per_device_train_batch_size": 2, "gradient_accumulation_steps": 2}';
    expect(findings(RULE, text, 'json')).toEqual([]);
    const d = findings(RULE, text, 'json', { worldSize: 3 });
    expect(d[0]!.message).toBe('The GRPO generation batch 12 is not divisible by num_generations 8.');
    expect(findings(RULE, text, 'json', { worldSize: 2 })).toEqual([]);
  });

  it('stays quiet on divisible batches and non-GRPO configs', () => {
    expect(findings(RULE, AXOLOTL + 'micro_batch_size: 2\ngradient_accumulation_steps: 4\ntrl:\n  num_generations: 4\n')).toEqual([]);
    expect(findings(RULE, 'base_model: m\nsequence_len: 2048\nrl: dpo\nmicro_batch_size: 2\ngradient_accumulation_steps: 3\ntrl:\n  num_generations: 4\n')).toEqual([]);
  });
});
