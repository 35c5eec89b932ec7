import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { findings } from '../helpers.js';

/** Whether the model sees the first run's optimizer as applying decoupled (AdamW-style) weight decay. */
function decoupled(text: string, format: 'yaml' | 'json'): boolean | undefined {
  const result = analyze(text, { format, filePath: `config.${format}` });
  return result.analysis?.runs[0]?.optimizer.decoupledWeightDecay;
}

describe('decoupled weight decay exemptions (issue 4: model behaviour, not rules)', () => {
  const deepspeedAdam = '{"train_micro_batch_size_per_gpu": 4, "optimizer": {"type": "Adam", "params": {"lr": 0.001, "weight_decay": 0.01}}, "zero_optimization": {"stage": 2}}';
  const kerasAdam = '{"compile_config": {"optimizer": {"module": "keras.optimizers", "class_name": "Adam", "config": {"learning_rate": 0.001, "weight_decay": 0.01}}}}';
  const torchAdam = 'optimizer:\n  _target_: torch.optim.Adam\n  lr: 0.001\n  weight_decay: 0.01\n';

  it('treats DeepSpeed Adam (adam_w_mode by default) and Keras optimizers as decoupled', () => {
    expect(decoupled(deepspeedAdam, 'json')).toBe(true);
    expect(decoupled(kerasAdam, 'json')).toBe(true);
    expect(findings('adam-coupled-weight-decay', deepspeedAdam, 'json')).toEqual([]);
    expect(findings('adam-coupled-weight-decay', kerasAdam, 'json')).toEqual([]);
  });

  it('still treats torch.optim.Adam as coupled', () => {
    expect(decoupled(torchAdam, 'yaml')).toBe(false);
    expect(findings('adam-coupled-weight-decay', torchAdam)).toHaveLength(1);
  });
});
