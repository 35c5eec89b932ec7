import { builtByLightningTrainer, isLightningTrainerArg } from '../rule-kit/lightning.js';
import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { checkEnum, type EnumCheck } from '../rule-kit/enum.js';
import { classOfField, sibling } from '../rule-kit/select.js';
import { schedulerClassOf } from '../rule-kit/schedulers.js';
import { readByHfTrainer } from '../rule-kit/hf-arguments-block.js';
import { HF_HUB_STRATEGIES, HF_INTERVAL_STRATEGIES, HF_SAVE_STRATEGIES } from '../frameworks-data/hf-training-args.js';
import { LIGHTNING_PRECISIONS } from '../frameworks-data/torch.js';
import type { RuleContext } from '../rule-kit/types.js';

/**
 * Other settings with a fixed set of values the framework checks at start-up: Lightning's
 * `precision` and `gradient_clip_algorithm`, a Lightning scheduler dict's `interval`, PyTorch
 * ReduceLROnPlateau `mode`/`threshold_mode` and CyclicLR `mode`, HF Trainer's strategies.
 */
export default defineRule({
  id: 'enum-misc',
  severity: 'error',
  category: 'range',
  description: 'Require enumerated settings (Lightning precision and clipping, scheduler modes, HF strategies) to use an accepted value',
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  references: [
    { title: 'Lightning fabric connector: "Precision ... is invalid"; GradClipAlgorithmType', url: 'https://github.com/Lightning-AI/pytorch-lightning/blob/master/src/lightning/fabric/connector.py' },
    { title: 'Lightning core/optimizer.py: "The \\"interval\\" key in lr scheduler dict must be \\"step\\" or \\"epoch\\""', url: 'https://github.com/Lightning-AI/pytorch-lightning/blob/master/src/lightning/pytorch/core/optimizer.py' },
    { title: 'torch.optim.lr_scheduler.ReduceLROnPlateau and CyclicLR (mode checks)', url: 'https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate' },
    { title: 'transformers trainer_utils.py IntervalStrategy, SaveStrategy, HubStrategy', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/trainer_utils.py' },
  ],
  check(ctx) {
    for (const field of ctx.fields) {
      if (!CHECKED_NAMES.has(field.normalized)) continue;
      const check = checkFor(ctx, field);
      if (check) checkEnum(ctx, field, check);
    }
  },
});

/** Every name `checkFor` can answer for; other fields are skipped without looking further. */
const CHECKED_NAMES = new Set(['precision', 'gradient_clip_algorithm', 'interval', 'mode', 'threshold_mode', 'eval_strategy', 'evaluation_strategy', 'logging_strategy', 'save_strategy', 'hub_strategy']);

function checkFor(ctx: RuleContext<object>, field: Field): EnumCheck | undefined {
  const name = field.normalized;
  const lightning = ctx.hasFramework('lightning') || ctx.hasFramework('nemo') || ctx.hasFramework('litgpt');
  if (name === 'precision' && ((lightning && (isLightningTrainerArg(field) || (ctx.hasFramework('litgpt') && field.path.length === 1))) || builtByLightningTrainer(field))) {
    return { what: 'precision', framework: 'Lightning', allowed: LIGHTNING_PRECISIONS, numbers: true, error: '"Precision ... is invalid"', advice: 'Use `bf16-mixed` or `16-mixed` for mixed precision, `32-true` for full precision.' };
  }
  if (name === 'gradient_clip_algorithm' && ((lightning && isLightningTrainerArg(field)) || builtByLightningTrainer(field))) {
    return { what: 'gradient clipping algorithm', framework: 'Lightning', allowed: ['norm', 'value'], caseInsensitive: true, error: '"`gradient_clip_algorithm` ... is invalid"' };
  }
  if (name === 'interval' && sibling(field, 'scheduler') && (sibling(field, 'monitor') || sibling(field, 'frequency'))) {
    return { what: 'scheduler interval', framework: 'Lightning', allowed: ['step', 'epoch'], error: '"The \\"interval\\" key in lr scheduler dict must be \\"step\\" or \\"epoch\\""' };
  }
  const cls = schedulerClassOf(field);
  if (cls === 'reducelronplateau' && name === 'mode') {
    const keras = ctx.hasFramework('keras') || /keras/i.test(classOfField(field) ?? '');
    return { what: 'ReduceLROnPlateau mode', framework: keras ? 'Keras' : 'PyTorch', allowed: keras ? ['auto', 'min', 'max'] : ['min', 'max'], error: '"mode ... is unknown!"' };
  }
  if (cls === 'reducelronplateau' && name === 'threshold_mode') {
    return { what: 'ReduceLROnPlateau threshold mode', framework: 'PyTorch', allowed: ['rel', 'abs'], error: '"threshold mode ... is unknown!"' };
  }
  if (cls === 'cycliclr' && name === 'mode' && !sibling(field, 'scale_fn')) {
    return { what: 'CyclicLR mode', framework: 'PyTorch', allowed: ['triangular', 'triangular2', 'exp_range'], error: '"mode is invalid and scale_fn is None"' };
  }
  // A flat HF file's top level, or a nested block handed to `TrainingArguments` whole (TeenyTinyLlama's `training_args`).
  if (readByHfTrainer(ctx, field)) {
    if (name === 'eval_strategy' || name === 'evaluation_strategy' || name === 'logging_strategy') {
      return { what: `${name.replace(/_/g, ' ')}`, framework: 'HF Trainer', allowed: HF_INTERVAL_STRATEGIES, error: '"<value> is not a valid IntervalStrategy"' };
    }
    if (name === 'save_strategy') return { what: 'save strategy', framework: 'HF Trainer', allowed: HF_SAVE_STRATEGIES, error: '"<value> is not a valid SaveStrategy"' };
    if (name === 'hub_strategy') return { what: 'hub strategy', framework: 'HF Trainer', allowed: HF_HUB_STRATEGIES, error: '"<value> is not a valid HubStrategy"' };
  }
  return undefined;
}

