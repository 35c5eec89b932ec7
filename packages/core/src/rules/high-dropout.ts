import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber, numericFields } from '../rule-kit/helpers.js';
import { entriesOf, num } from '../rule-kit/field-index.js';
import { classOfField } from '../rule-kit/select.js';
import type { RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';

interface Options {
  /** Dropout rates at or above this are reported in transformer and attention layers. */
  readonly threshold: number;
  /** Dropout rates at or above this are reported in other layers. */
  readonly otherThreshold: number;
}

/**
 * Rates that are not per-unit dropout (masking probabilities, whole-modality or token dropping, whole layers). QANet's
 * `layer_dropout` (stochastic depth) is even a survival probability in claf and the paper (0.9 keeps nine layers in ten).
 */
const NOT_UNIT_DROPOUT = new Set(['mask_prob', 'modality_dropout', 'word_dropout', 'layerdrop', 'layer_drop', 'layer_dropout', 'encoder_layerdrop', 'decoder_layerdrop']);
/**
 * Stochastic depth (timm's `drop_path_rate`, PointMamba's `drop_path: 0.5`): whole residual branches skipped per sample,
 * at a rate that rises with depth to this value in the last block; Swin-B trains with 0.5. Not unit dropout either.
 */
const STOCHASTIC_DEPTH = /(?:^|_)(?:drop_?path|stochastic_depth|droppath|drop_rate_path)(?:_rate|_prob|_p)?$/;
/** Conditioning dropout: the probability of dropping a whole input (caption, control image) for classifier-free guidance. */
const CONDITIONING = /(?:^|_)(?:caption|control|inpaint|cond|condition|conditioning|text|prompt|label|class|image|uncond|cfg|speaker|context|token)_?drop(?:out)?(?:_rate|_prob|_p)?$/;
/** Dropout names used only in transformer blocks (BERT, GPT-2, NeMo and Megatron attention modules). */
const TRANSFORMER_NAME = /attn|attention|ffn|resid|pdrop|hidden_dropout|transformer/;
/** Mappings that configure a transformer or attention block. */
const TRANSFORMER_BLOCK = /attn|attention|transformer|conformer|bert|gpt|llama|t5|roberta|vit/;
/** Attention-head counts: a mapping that sets one configures attention layers. */
const HEADS = new Set(['num_attention_heads', 'num_heads', 'n_heads', 'n_head', 'nhead', 'attention_heads', 'num_key_value_heads']);
/** Frameworks whose models are transformers (LLM fine-tuning and pre-training), and PEFT adapters on them. */
const LLM_FRAMEWORKS = ['hf-trainer', 'trl', 'axolotl', 'llama-factory', 'litgpt', 'torchtitan', 'llm-foundry', 'olmo', 'peft'] as const;

/**
 * Transformer and attention layers are trained with dropout of 0–0.1 (nanoGPT: "for pretraining 0 is
 * good, for finetuning try 0.1+"), so 0.5 there is far off. Fully connected, recurrent and
 * convolutional layers are another matter: 0.5 is the classic rate for their hidden units
 * (Srivastava et al. 2014), and TTS variance predictors and LSTM stacks use it routinely, so there
 * only rates above one half are reported. The tuning playbook treats dropout as a hyperparameter to
 * tune rather than set high. Rates of 1 or more are dropout-range's finding.
 */
export default defineRule<Options>({
  id: 'high-dropout',
  severity: 'info',
  category: 'advice',
  description: 'Suggest reviewing dropout of one half or more in transformer layers, and above one half elsewhere',
  presets: ['strict'],
  options: {
    schema: {
      type: 'object',
      properties: {
        threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Dropout rates at or above this are reported in transformer and attention layers.' },
        otherThreshold: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Dropout rates at or above this are reported in other layers.' },
      },
      additionalProperties: false,
    },
    defaults: { threshold: 0.5, otherThreshold: 0.6 },
  },
  references: [
    { title: 'karpathy/nanoGPT train.py: "for pretraining 0 is good, for finetuning try 0.1+"', url: 'https://github.com/karpathy/nanoGPT/blob/master/train.py' },
    { title: 'Srivastava et al. 2014, Dropout (0.5 for hidden units of fully connected nets)', url: 'https://jmlr.org/papers/v15/srivastava14a.html' },
  ],
  check(ctx) {
    const llm = LLM_FRAMEWORKS.some((id) => ctx.hasFramework(id));
    // RecBole's sequential recommenders (SASRec, BERT4Rec, DuoRec, CL4SRec) are two-layer transformers over sparse
    // interaction data: `hidden_dropout_prob` and `attn_dropout_prob` default to 0.5 there, the rate Kang and McAuley's
    // SASRec used on its sparse datasets, so their layers are held to the other layers' threshold.
    const sequentialRecommender = ctx.hasFramework('recbole');
    // GraphGym's graph transformers (GraphGPS, Exphormer, OpenGT) train on graphs of a few thousand nodes, where attention
    // dropout of 0.5 is the published setting (GraphGPS's ZINC and PCQM runs, GAT's 0.6 on Cora): held likewise.
    const graphTransformer = ctx.hasFramework('graphgym');
    for (const f of numericFields(ctx, ['dropout'])) {
      if (NOT_UNIT_DROPOUT.has(f.normalized) || STOCHASTIC_DEPTH.test(f.normalized) || CONDITIONING.test(f.normalized)) continue;
      const v = num(f);
      if (v === undefined || v >= 1) continue;
      const transformer = !sequentialRecommender && !graphTransformer && !recboleModelBlock(ctx, f) && (llm || inTransformerBlock(ctx, f));
      if (v < (transformer ? ctx.options.threshold : ctx.options.otherThreshold)) continue;
      ctx.report({
        field: f,
        // A lower `threshold` option reaches rates below one half, which discard that share, not "more than half".
        message: `Dropout ${formatNumber(v)} discards ${v === 0.5 ? 'half' : v > 0.5 ? 'more than half' : `${formatNumber(Math.round(v * 100))}%`} of the activations at every step.`,
        explanation:
          `${fieldName(f)} is ${formatNumber(v)}. ` +
          (transformer
            ? 'Transformer and attention layers are trained with dropout of 0–0.1; '
            : 'Even fully connected and recurrent layers, where 0.5 is the classic rate, are rarely trained with more; ') +
          `at ${formatNumber(v)} most of the signal is dropped each step, training converges slowly and the model tends to underfit. ` +
          'Tune the rate (start around 0.1) rather than setting it high; keep it if a sweep showed this value works best.',
      });
    }
  },
});

/**
 * A RecBole sequential model's settings handed to RecBole from another program's config (TD3's Hydra `SASRec:` block):
 * RecBole's own names for the layer sizes and loss (`inner_size`, `loss_type`) beside its dropout names.
 */
function recboleModelBlock(ctx: RuleContext<Options>, f: Field): boolean {
  const names = entriesOf(ctx.fields, f.container);
  return names.has('inner_size') && names.has('loss_type') && (names.has('attn_dropout_prob') || names.has('hidden_dropout_prob'));
}

/**
 * Dropout names that say their layer is not attention: FastSpeech's convolutional variance predictors (`predictor_dropout:
 * 0.5`, the paper's rate, in NATSpeech's transformer TTS), LSTM and convolution stacks, pre- and post-nets.
 */
const OTHER_LAYER_NAME = /predictor|lstm|gru|rnn|conv|cnn|prenet|postnet/;

/**
 * The dropout belongs to a transformer or attention block: by its name, its mapping's name or class, or an attention-head
 * count beside it; a name that says its layer is something else wins over the block around it.
 */
function inTransformerBlock(ctx: RuleContext<Options>, f: Field): boolean {
  if (TRANSFORMER_NAME.test(f.normalized)) return true;
  if (OTHER_LAYER_NAME.test(f.normalized)) return false;
  for (let p = f.parent; p; p = p.parent) if (TRANSFORMER_BLOCK.test(p.normalized)) return true;
  const cls = classOfField(f);
  if (cls !== undefined && TRANSFORMER_BLOCK.test(cls.toLowerCase())) return true;
  return [...entriesOf(ctx.fields, f.container).keys()].some((k) => HEADS.has(k));
}
