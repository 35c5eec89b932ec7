import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const AXOLOTL = 'base_model: meta-llama/Llama-3.2-1B\nmicro_batch_size: 2\nsequence_len: 2048\nsample_packing: true\n';

describe('neftune-alpha-positive', () => {
  it('flags neftune_noise_alpha 0 in an axolotl config', () => {
    const d = findings('neftune-alpha-positive', `${AXOLOTL}neftune_noise_alpha: 0\n`);
    expect(positions(d)).toEqual(['5:22']);
    expect(d[0].message).toBe('NEFTune noise alpha 0 must be positive.');
  });

  it('flags the deprecated noisy_embedding_alpha too', () => {
    expect(findings('neftune-alpha-positive', `${AXOLOTL}noisy_embedding_alpha: -5\n`)).toHaveLength(1);
  });

  it('accepts positive values and other frameworks', () => {
    expect(findings('neftune-alpha-positive', `${AXOLOTL}neftune_noise_alpha: 5\n`)).toEqual([]);
    // HF TrainingArguments does not validate it; only axolotl refuses 0.
    expect(findings('neftune-alpha-positive', 'per_device_train_batch_size: 8\nnum_train_epochs: 1\nneftune_noise_alpha: 0\n')).toEqual([]);
  });
});
