import { defineRule, type Report } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { entryOf } from '../rule-kit/select.js';
import { numberValue } from '../loader/special-values.js';

/** Width and head-count key pairs as frameworks spell them (HF model configs, Ludwig, nanoGPT/LitGPT, torchtitan, fairseq). */
const PAIRS: readonly (readonly [width: string, heads: string])[] = [
  ['hidden_size', 'num_attention_heads'],
  ['hidden_size', 'num_heads'],
  ['n_embd', 'n_head'],
  ['d_model', 'n_heads'],
  ['d_model', 'nhead'],
  ['d_model', 'num_heads'],
  ['dim', 'n_heads'],
  ['embed_dim', 'num_heads'],
  ['hidden_dim', 'num_heads'],
  ['encoder_embed_dim', 'encoder_attention_heads'],
  ['decoder_embed_dim', 'decoder_attention_heads'],
];

/** Keys that set the head size explicitly, so the width need not divide evenly. */
const HEAD_NAMES = new Set(PAIRS.map(([, heads]) => heads));
const KV_HEAD_NAMES = new Set(['num_key_value_heads', 'n_kv_heads', 'num_kv_heads']);

// T5's `d_kv` (T5Attention projects `d_model` to `num_heads * d_kv`), lucidrains' `dim_head`, diffusers' `attention_head_dim`;
// Spacetimeformer's `d_queries_keys`/`d_values` (wind-forecasting's `d_model: 200`, `n_heads: 3`, `d_queries_keys: 30`) and
// the `d_k`/`d_v`/`d_keys` of "Attention Is All You Need" ports and Informer's AttentionLayer, which project to heads × that size.
const HEAD_SIZE = ['head_dim', 'head_size', 'kv_channels', 'd_head', 'attention_head_size', 'embedding_size', 'qk_head_dim', 'd_kv', 'dim_head', 'attention_head_dim',
  'd_queries_keys', 'd_values', 'd_keys', 'd_k', 'd_v'];

/** Frameworks that read or launch a config without building its model: the project's own attention still decides. */
const LOADERS_AND_LAUNCHERS: ReadonlySet<string> = new Set(['hydra', 'lightning', 'deepspeed', 'accelerate']);

/**
 * The LogSparse convolutional transformer (Li et al. 2019, copied into flow-forecast and many forecasting projects) gives
 * each head the whole `n_embd` (`nn.Conv1d(n_embd, n_embd * n_head * 2, q_len)`): nothing is split. Its query/key
 * kernel length `q_len` and log-sparse `sub_len` beside the pair show that model.
 */
const WHOLE_WIDTH_PER_HEAD = ['q_len', 'sub_len'];

/**
 * Multi-head attention splits the model width evenly across heads: BERT-style HF models raise "The
 * hidden size (h) is not a multiple of the number of attention heads (n)", Ludwig refuses the
 * transformer encoder config, PyTorch's MultiheadAttention asserts "embed_dim must be divisible by
 * num_heads". Grouped-query attention also needs the query heads to divide into the key/value heads.
 */
export default defineRule({
  id: 'hidden-size-divisible-by-heads',
  severity: 'error',
  category: 'range',
  description: 'Require the model width to be divisible by the number of attention heads (and heads by key/value heads)',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'transformers BertSelfAttention: "The hidden size is not a multiple of the number of attention heads"', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/models/bert/modeling_bert.py' },
    { title: 'Ludwig config_validation/checks.py check_stacked_transformer_requirements', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/config_validation/checks.py' },
    { title: 'torch.nn.MultiheadAttention: "embed_dim must be divisible by num_heads"', url: 'https://pytorch.org/docs/stable/generated/torch.nn.MultiheadAttention.html' },
  ],
  check(ctx) {
    const seen = new Set<Field>();
    for (const field of ctx.fields) {
      if (!HEAD_NAMES.has(field.normalized) && !KV_HEAD_NAMES.has(field.normalized)) continue;
      for (const [widthName, headsName] of PAIRS) {
        if (field.normalized !== headsName || seen.has(field)) continue;
        const width = entryOf(field.container, widthName);
        const w = numberValue(width?.value);
        const h = numberValue(field.value);
        if (!width || w === undefined || h === undefined || !plausible(w) || !plausible(h)) continue;
        if (HEAD_SIZE.some((n) => entryOf(field.container, n))) continue;
        // A "width" below the head count would leave each head less than one unit: it is not the split width but a factor
        // (the Neural Data Transformer's `EMBED_DIM: 1`, "0 or 1", multiplies the number of neurons into the model width).
        if (w < h) continue;
        if (widthName === 'n_embd' && WHOLE_WIDTH_PER_HEAD.some((n) => entryOf(field.container, n))) continue;
        seen.add(field);
        if (w % h === 0) continue;
        // The project's own attention floors the head size and projects the heads back (char-GPT's copy of Karpathy's
        // lecture code: 64 // 6 heads of 10 units, projected from 60 to 64): a few units sit out, and nothing fails. Not
        // in a file a framework builds its own model from (LitGPT's and HF's GPT-2 `n_embd`/`n_head` must divide).
        const ownModel = ctx.frameworks.every((f) => LOADERS_AND_LAUNCHERS.has(f.id));
        if (ownModel && ctx.scripts.flooredHeadSizes?.[`${widthName}//${headsName}`] !== undefined) continue;
        ctx.report({
          field,
          message: `Width ${formatNumber(w)} is not divisible by ${formatNumber(h)} attention heads.`,
          explanation:
            `\`${String(width.key.value)}\` is ${formatNumber(w)} and ${fieldName(field)} is ${formatNumber(h)}. Multi-head attention splits the width evenly across heads (head size = width / heads), ` +
            `so ${formatNumber(w)} / ${formatNumber(h)} = ${formatNumber(w / h)} fails: HF models and PyTorch's MultiheadAttention raise an error and Ludwig refuses the config. ` +
            `Use a head count that divides ${formatNumber(w)} (e.g. ${nearestDivisor(w, h)}), or set the head size explicitly where the model supports it.`,
        });
      }
      if (KV_HEAD_NAMES.has(field.normalized)) checkGqa(field, ctx.report);
    }
  },
});

function checkGqa(field: Field, report: (r: Report) => void): void {
  const heads = numberValue(entryOf(field.container, 'num_attention_heads')?.value ?? entryOf(field.container, 'n_heads')?.value ?? entryOf(field.container, 'num_heads')?.value);
  const kv = numberValue(field.value);
  if (heads === undefined || kv === undefined || !plausible(heads) || !plausible(kv) || heads % kv === 0) return;
  report({
    field,
    message: `${formatNumber(heads)} attention heads do not divide into ${formatNumber(kv)} key/value heads.`,
    explanation:
      `${fieldName(field)} is ${formatNumber(kv)}. Grouped-query attention shares each key/value head among an equal group of query heads, so the number of attention heads (${formatNumber(heads)}) must be a multiple of it; ` +
      `models that use it (Llama, Mistral, Qwen and others) fail to reshape their attention otherwise. Use a divisor of ${formatNumber(heads)}, e.g. ${nearestDivisor(heads, kv)}.`,
  });
}

/**
 * A width or head count a model can have: a positive integer up to ten million. DYGANVC's `hidden_size:
 * "256_256_256_256_256_256"` is six layer widths joined by underscores, which reads as one number of eighteen digits.
 */
function plausible(n: number): boolean {
  return Number.isInteger(n) && n > 0 && n <= MAX_PLAUSIBLE;
}

const MAX_PLAUSIBLE = 10_000_000;

/** The divisor of `n` nearest to `target` (the smaller one on a tie), searched outwards from `target`: 1 always divides. */
function nearestDivisor(n: number, target: number): number {
  for (let k = 0; k < target; k++) {
    if (target - k >= 1 && n % (target - k) === 0) return target - k;
    if (target + k <= n && n % (target + k) === 0) return target + k;
  }
  return 1;
}
