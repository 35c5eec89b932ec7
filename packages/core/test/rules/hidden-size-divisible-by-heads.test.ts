import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('hidden-size-divisible-by-heads', () => {
  it('flags an HF model config whose hidden size does not split across heads', () => {
    const text = '{"hidden_size": 1000, "num_attention_heads": 12, "num_hidden_layers": 12}';
    const d = findings('hidden-size-divisible-by-heads', text, 'json');
    expect(positions(d)).toEqual([`1:${text.indexOf('12') + 1}`]);
    expect(d[0].message).toBe('Width 1000 is not divisible by 12 attention heads.');
    expect(d[0].explanation).toContain('e.g. 10');
  });

  it("leaves per-layer lists joined by underscores alone, and finishes at once (DYGANVC's `hidden_size: \"256_256_256_256_256_256\"` hung the engine)", () => {
    const dygan = 'model:\n  generator:\n    num_heads: "4_4_4_4_4_4"\n    hidden_size: "256_256_256_256_256_256"\n';
    expect(findings('hidden-size-divisible-by-heads', dygan)).toEqual([]);
    // The nearest divisor is found near the head count, whatever the width: 9,999,991 is prime.
    const d = findings('hidden-size-divisible-by-heads', 'hidden_size: 9999991\nnum_attention_heads: 7\n');
    expect(d[0]!.explanation).toContain('e.g. 1)');
  });

  it('flags nanoGPT/LitGPT and torchtitan spellings', () => {
    expect(findings('hidden-size-divisible-by-heads', 'model_config:\n  n_embd: 768\n  n_head: 10\n')).toHaveLength(1);
    expect(positions(findings('hidden-size-divisible-by-heads', '[model]\ndim = 4096\nn_heads = 30\n', 'toml'))).toEqual(['3:11']);
  });

  it('flags grouped-query attention whose heads do not divide into key/value heads', () => {
    const d = findings('hidden-size-divisible-by-heads', 'hidden_size: 4096\nnum_attention_heads: 32\nnum_key_value_heads: 6\n');
    expect(d.map((x) => x.message)).toEqual(['32 attention heads do not divide into 6 key/value heads.']);
  });

  it('accepts valid configs, an explicit head size and placeholders', () => {
    expect(findings('hidden-size-divisible-by-heads', 'hidden_size: 4096\nnum_attention_heads: 32\nnum_key_value_heads: 8\n')).toEqual([]);
    expect(findings('hidden-size-divisible-by-heads', 'hidden_size: 3000\nnum_attention_heads: 16\nhead_dim: 256\n')).toEqual([]);
    // T5 projects d_model to num_heads * d_kv (GRID's TIGER decoder: 128 wide, 6 heads of 64).
    const t5 = 'model:\n  config:\n    _target_: transformers.models.t5.configuration_t5.T5Config\n    d_model: 128\n    num_heads: 6\n    d_kv: 64\n';
    expect(findings('hidden-size-divisible-by-heads', t5)).toEqual([]);
    expect(positions(findings('hidden-size-divisible-by-heads', t5.replace('    d_kv: 64\n', '')))).toEqual(['5:16']);
    expect(findings('hidden-size-divisible-by-heads', 'hidden_size: ${model.width}\nnum_attention_heads: 12\n')).toEqual([]);
  });

  it("leaves Spacetimeformer's width alone when its per-head query/key and value sizes are set (wind-forecasting)", () => {
    const spacetimeformer = 'spacetimeformer:\n  n_heads: 3\n  d_model: 200\n  d_queries_keys: 30\n  d_values: 30\n';
    expect(findings('hidden-size-divisible-by-heads', spacetimeformer)).toEqual([]);
    expect(positions(findings('hidden-size-divisible-by-heads', spacetimeformer.replace('  d_queries_keys: 30\n  d_values: 30\n', '')))).toEqual(['2:12']);
  });

  it("leaves the LogSparse transformer's n_embd alone: each head gets all of it (flow-forecast's DecoderTransformer)", () => {
    const logSparse = '{"model_params": {"n_time_series": 5, "n_head": 8, "forecast_history": 5, "n_embd": 1, "num_layer": 5, "dropout": 0.1, "q_len": 1}}';
    expect(findings('hidden-size-divisible-by-heads', logSparse, 'json')).toEqual([]);
    expect(findings('hidden-size-divisible-by-heads', 'n_embd: 20\nn_head: 8\nsub_len: 1\n')).toEqual([]);
    // Without those, nanoGPT's n_embd is split across the heads.
    expect(findings('hidden-size-divisible-by-heads', 'n_embd: 20\nn_head: 8\nblock_size: 64\n')).toHaveLength(1);
  });

  it('leaves a width below the head count alone: a factor, not a split width (STNDT\'s `EMBED_DIM: 1` per neuron)', () => {
    const ndt = 'MODEL:\n  PRE_NORM: True\n  EMBED_DIM: 1\n  NUM_LAYERS: 4\n  NUM_HEADS: 2\n';
    expect(findings('hidden-size-divisible-by-heads', ndt)).toEqual([]);
    expect(positions(findings('hidden-size-divisible-by-heads', ndt.replace('EMBED_DIM: 1', 'EMBED_DIM: 3')))).toEqual(['5:14']);
  });
});
