import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'high-dropout';

describe(RULE, () => {
  it('flags attention and FFN dropout of 0.5 (CORPUS-NOTES W14)', () => {
    const d = findings(RULE, 'model:\n  transformer_encoder:\n    attn_score_dropout: 0.5\n    attn_layer_dropout: 0.5\n    ffn_dropout: 0.1\n');
    expect(positions(d)).toEqual(['3:25', '4:25']);
    expect(d[0]!.message).toBe('Dropout 0.5 discards half of the activations at every step.');
    expect(d[0]!.explanation).toContain('Transformer and attention layers');
  });

  it('flags dropout above one half in TOML', () => {
    expect(findings(RULE, '[model]\ndropout = 0.6\n', 'toml')[0]!.message).toBe('Dropout 0.6 discards more than half of the activations at every step.');
  });

  it('stays quiet on usual rates, conditioning dropout, masking, search spaces and out-of-range values', () => {
    expect(findings(RULE, 'dropout: 0.1\nlora_dropout: 0.05\n')).toEqual([]);
    expect(findings(RULE, 'train:\n  control_dropout: 0.5\n  caption_dropout_rate: 0.5\n  inpaint_dropout: 0.5\n')).toEqual([]);
    expect(findings(RULE, 'mask_prob: 0.65\n')).toEqual([]);
    expect(findings(RULE, 'hydra:\n  sweeper:\n    params:\n      dropout: interval(0, 1)\ndropout: 0.2\n')).toEqual([]);
    expect(findings(RULE, 'dropout: 1.5\n')).toEqual([]);
  });
});
