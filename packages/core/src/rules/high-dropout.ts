import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber, numericFields } from '../rule-kit/helpers.js';
import { num } from '../rule-kit/field-index.js';

interface Options {
  /** Dropout rates at or above this are reported. */
  readonly threshold: number;
}

/** Rates that are not per-unit dropout (masking probabilities, whole-modality or token dropping). */
const NOT_UNIT_DROPOUT = new Set(['mask_prob', 'modality_dropout', 'word_dropout', 'layerdrop', 'layer_drop', 'encoder_layerdrop', 'decoder_layerdrop']);
/** Conditioning dropout: the probability of dropping a whole input (caption, control image) for classifier-free guidance. */
const CONDITIONING = /(?:^|_)(?:caption|control|inpaint|cond|condition|conditioning|text|prompt|label|class|image|uncond|cfg|speaker|context|token)_?drop(?:out)?(?:_rate|_prob|_p)?$/;

/**
 * Dropout of 0.5 or more discards at least half of every layer's activations; transformer recipes
 * use 0–0.1 (nanoGPT: "for pretraining 0 is good, for finetuning try 0.1+"), and the tuning
 * playbook treats dropout as a hyperparameter to tune rather than set high. Rates of 1 or more
 * are dropout-range's finding.
 */
export default defineRule<Options>({
  id: 'high-dropout',
  severity: 'info',
  category: 'advice',
  description: 'Suggest reviewing dropout rates of one half or more',
  presets: ['strict'],
  options: {
    schema: {
      type: 'object',
      properties: { threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Dropout rates at or above this are reported.' } },
      additionalProperties: false,
    },
    defaults: { threshold: 0.5 },
  },
  references: [
    { title: 'karpathy/nanoGPT train.py: "for pretraining 0 is good, for finetuning try 0.1+"', url: 'https://github.com/karpathy/nanoGPT/blob/master/train.py' },
    { title: 'Srivastava et al. 2014, Dropout (0.5 for hidden units of fully connected nets)', url: 'https://jmlr.org/papers/v15/srivastava14a.html' },
  ],
  check(ctx) {
    for (const f of numericFields(ctx, ['dropout'])) {
      if (NOT_UNIT_DROPOUT.has(f.normalized) || CONDITIONING.test(f.normalized)) continue;
      const v = num(f);
      if (v === undefined || v < ctx.options.threshold || v >= 1) continue;
      const attention = /attn|attention|ffn|resid|hidden|transformer/.test(f.normalized) || /attn|attention|transformer|encoder|decoder/.test(f.parent?.normalized ?? '');
      ctx.report({
        field: f,
        // A lower `threshold` option reaches rates below one half, which discard that share, not "more than half".
        message: `Dropout ${formatNumber(v)} discards ${v === 0.5 ? 'half' : v > 0.5 ? 'more than half' : `${formatNumber(Math.round(v * 100))}%`} of the activations at every step.`,
        explanation:
          `${fieldName(f)} is ${formatNumber(v)}. ${attention ? 'Transformer and attention layers are trained with dropout of 0–0.1; ' : 'Usual dropout rates are 0.1–0.3; '}at ${formatNumber(v)} most of the signal is dropped each step, training converges slowly and the model tends to underfit. ` +
          'Tune the rate (start around 0.1) rather than setting it high; keep it if a sweep showed this value works best.',
      });
    }
  },
});
