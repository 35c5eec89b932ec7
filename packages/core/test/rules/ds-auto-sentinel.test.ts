import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const HF_DS = '{\n  "train_micro_batch_size_per_gpu": "auto",\n  "gradient_accumulation_steps": "auto",\n  "optimizer": {"type": "AdamW", "params": {"lr": "auto", "weight_decay": "auto"}},\n  "zero_optimization": {"stage": 3, "reduce_bucket_size": "auto"}\n}';

describe('ds-auto-sentinel', () => {
  it('stays quiet on the usual HF/Accelerate DeepSpeed template (RULES-CATALOG F7, CORPUS-NOTES §8)', () => {
    expect(findings('ds-auto-sentinel', HF_DS, 'json')).toEqual([]);
  });

  it('flags every "auto" when the rule is told DeepSpeed runs the file directly', () => {
    const d = findings('ds-auto-sentinel', HF_DS, 'json', { options: { launcher: 'deepspeed' } });
    expect(positions(d)).toEqual(['2:37', '3:34', '4:51', '4:75', '5:59']);
    expect(d[0].message).toBe('DeepSpeed run directly does not replace "auto" in `train_micro_batch_size_per_gpu`.');
  });

  it('detects raw DeepSpeed from a --deepspeed_config launch comment', () => {
    const text = '// deepspeed train.py --deepspeed_config ds.json\n{"train_micro_batch_size_per_gpu": "auto", "zero_optimization": {"stage": 2}}';
    expect(findings('ds-auto-sentinel', text, 'jsonc')).toHaveLength(1);
  });

  it('detects Lightning\'s DeepSpeedStrategy, which does not fill "auto"', () => {
    const text = 'trainer:\n  strategy:\n    class_path: lightning.pytorch.strategies.DeepSpeedStrategy\n    init_args:\n      config:\n        train_micro_batch_size_per_gpu: auto\n        zero_optimization:\n          stage: 2\n';
    expect(positions(findings('ds-auto-sentinel', text))).toEqual(['6:41']);
  });

  it('flags "auto" on a key no launcher fills, whatever the launcher', () => {
    const d = findings('ds-auto-sentinel', '{"train_micro_batch_size_per_gpu": "auto", "steps_per_print": "auto", "zero_optimization": {"stage": 2}}', 'json');
    expect(d.map((x) => x.message)).toEqual(['No launcher replaces "auto" in `steps_per_print`.']);
  });

  it('stays quiet when settings say HF launches the file', () => {
    const text = '// deepspeed train.py --deepspeed_config ds.json\n{"train_micro_batch_size_per_gpu": "auto", "zero_optimization": {"stage": 2}}';
    expect(findings('ds-auto-sentinel', text, 'jsonc', { options: { launcher: 'hf' } })).toEqual([]);
  });
});
