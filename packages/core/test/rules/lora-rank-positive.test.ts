import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('lora-rank-positive', () => {
  it('flags r 0 in a PEFT adapter_config.json', () => {
    const text = '{"peft_type": "LORA", "r": 0, "lora_alpha": 16, "target_modules": ["q_proj", "v_proj"]}';
    const d = findings('lora-rank-positive', text, 'json');
    expect(positions(d)).toEqual([`1:${text.indexOf('0,') + 1}`]);
    expect(d[0].message).toBe('LoRA rank 0 must be positive.');
  });

  it('flags a negative or fractional axolotl lora_r', () => {
    expect(findings('lora-rank-positive', 'base_model: x\nadapter: lora\nlora_r: -8\nlora_alpha: 16\n').map((x) => x.message)).toEqual(['LoRA rank -8 must be positive.']);
    expect(findings('lora-rank-positive', 'base_model: x\nadapter: qlora\nlora_r: 7.5\n').map((x) => x.message)).toEqual(['LoRA rank 7.5 is not a whole number.']);
  });

  it('flags a Ludwig LoRA adapter with r 0', () => {
    expect(positions(findings('lora-rank-positive', 'model_type: llm\nadapter:\n  type: lora\n  r: 0\n  alpha: 16\n'))).toEqual(['4:6']);
  });

  it('stays quiet on an unused lora_r: 0, a program\'s own negative switch, and valid ranks', () => {
    // Without an adapter, axolotl ignores lora_r.
    expect(findings('lora-rank-positive', 'base_model: x\nmicro_batch_size: 2\nlora_r: 0\n')).toEqual([]);
    // GraphText's own switch: `r: -1  # skip LoRA if rank < 1`, in a block no PEFT file or adapter setting names.
    expect(findings('lora-rank-positive', 'lora:\n  r: -1 # skip LoRA if rank < 1\n  alpha: 16\n  dropout: 0.1\n  target_modules: [q_proj, v_proj]\n')).toEqual([]);
    expect(findings('lora-rank-positive', '{"peft_type": "LORA", "r": 16, "lora_alpha": 32}', 'json')).toEqual([]);
  });
});
