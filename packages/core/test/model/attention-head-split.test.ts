import { describe, expect, it } from 'vitest';
import { attentionHeadSplit } from '../../src/model/attention-head-split.js';

/** char-GPT's `models/transformer_block.py` and `models/attention.py` (Karpathy's lecture code), shortened. */
const BLOCK = 'class TransformerBlock(nn.Module):\n    def __init__(self, n_head, n_embd, block_size, dropout):\n        head_size = n_embd // n_head  # passed into multi-head\n        self.self_attention = MultiHeadAttention(n_head, n_embd, head_size, block_size, dropout)\n';
const ATTENTION = 'class MultiHeadAttention(nn.Module):\n    def __init__(self, n_heads, n_embd, head_size, block_size, dropout):\n        self.heads = nn.ModuleList([Head(n_embd, head_size, block_size, dropout) for _ in range(n_heads)])\n        self.proj = nn.Linear(n_heads * head_size, n_embd)\n';

describe('attentionHeadSplit', () => {
  it('reads a head size floored from a width and a head count, and the heads projected back (char-GPT)', () => {
    expect(attentionHeadSplit(BLOCK)).toEqual({ floors: ['n_embd//n_head'], projectsHeads: false, needsDivisible: false });
    expect(attentionHeadSplit(ATTENTION)).toEqual({ floors: [], projectsHeads: true, needsDivisible: false });
    expect(attentionHeadSplit('self.head_size = config.n_embd // config.n_head\nself.proj = nn.Linear(self.head_size * config.n_head, config.n_embd)\n'))
      .toEqual({ floors: ['n_embd//n_head'], projectsHeads: true, needsDivisible: false });
  });

  it('tells a script that needs the width to divide: a test by the head count, or torch\'s MultiheadAttention', () => {
    expect(attentionHeadSplit(`${BLOCK}        assert n_embd % n_head == 0\n`).needsDivisible).toBe(true);
    expect(attentionHeadSplit('if config.hidden_size % config.num_attention_heads != 0:\n    raise ValueError("x")\nself.attention_head_size = 1\n').needsDivisible).toBe(true);
    expect(attentionHeadSplit('self.attn = nn.MultiheadAttention(d_model, nhead)\n').needsDivisible).toBe(true);
    // A floor division into something other than a head count, or one in a comment, is no head size.
    expect(attentionHeadSplit('head_size = total // 2\n# head_size = n_embd // n_head\n').floors).toEqual([]);
    expect(attentionHeadSplit('if step % eval_interval == 0:\n    head_size = 1\n').needsDivisible).toBe(false);
  });

  it('reads hostile text in linear time', () => {
    const start = performance.now();
    attentionHeadSplit('head_size = ' + 'a.'.repeat(200_000));
    attentionHeadSplit('Linear(' + 'head.'.repeat(100_000));
    attentionHeadSplit('% ' + 'x.'.repeat(200_000) + ' head_size');
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
