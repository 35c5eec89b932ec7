import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { num, siblingOf, str } from '../rule-kit/field-index.js';
import { inSearchSpace } from '../rule-kit/helpers.js';
import { ADAM_LIKE } from '../rule-kit/lr-advice.js';
import type { Field } from '../classify/classify.js';

interface Options {
  /** Norm thresholds below this are reported. */
  readonly minNorm: number;
}

/** Gradient-norm thresholds (value clipping is a different quantity and is left alone). */
const NORM_NAMES = new Set(['max_grad_norm', 'gradient_clipping', 'gradient_clip_val', 'grad_clip', 'clip_grad_norm', 'clipnorm', 'global_clipnorm',
  'clip_norm', 'grad_clip_norm', 'clipglobalnorm', 'grad_norm_clip', 'max_gradient_norm', 'max_norm']);

/**
 * The tuning playbook picks the clipping threshold near the 90th percentile of gradient norms and
 * warns that clipping more than half of all updates is an extreme, disguised learning-rate
 * reduction. Norm thresholds far below 1 clip almost every update of a large model.
 */
export default defineRule<Options>({
  id: 'aggressive-grad-clipping',
  severity: 'info',
  category: 'advice',
  description: 'Suggest reviewing a gradient-norm clipping threshold small enough to clip nearly every update',
  presets: ['strict'],
  options: {
    schema: {
      type: 'object',
      properties: { minNorm: { type: 'number', exclusiveMinimum: 0, description: 'Clipping norms below this are reported.' } },
      additionalProperties: false,
    },
    defaults: { minNorm: 0.1 },
  },
  references: [
    { title: 'Google Research tuning playbook: "How should I choose the gradient clipping threshold?"', url: 'https://github.com/google-research/tuning_playbook#should-i-use-gradient-clipping' },
  ],
  check(ctx) {
    for (const f of ctx.fields) {
      if (!NORM_NAMES.has(f.normalized) || f.kind !== 'hyperparameter' || inSearchSpace(f)) continue;
      // `max_norm` is a clipping norm only inside a clipping block (`clip_grad: {max_norm: ...}`), not an embedding's max_norm.
      if (f.normalized === 'max_norm' && !/clip/.test(f.parent?.normalized ?? '')) continue;
      if (f.normalized === 'gradient_clip_val' && str(siblingOf(ctx.fields, f, 'gradient_clip_algorithm')) === 'value') continue;
      if (clipsForPrivacy(f)) continue;
      const v = num(f);
      if (v === undefined || v <= 0 || v >= ctx.options.minNorm) continue;
      // Adam and Lion divide by (or take the sign of) the gradients they are given, so a clip that rescales every one of
      // them leaves the step size where it was (PiNN's Keras `Adam` with `global_clipnorm: 0.01`); SGD's step shrinks.
      const adaptive = ctx.runs.find((r) => r.fields.includes(f))?.optimizer.family;
      const effect = adaptive !== undefined && ADAM_LIKE.has(adaptive)
        ? `nearly every gradient is rescaled to this norm. The ${adaptive === 'lion' ? 'Lion' : 'Adam-style'} optimizer ${adaptive === 'lion' ? 'takes the sign of' : 'divides each update by the running size of'} the gradients it is given, so the step size barely changes, but every step then counts the same whatever its gradient, and the clip no longer damps the rare outlier step it is there for. `
        : 'nearly every step is rescaled to this size and the clip acts as a hidden, much lower learning rate. ';
      ctx.report({
        field: f,
        message: `Gradient clipping at norm ${formatNumber(v)} will clip almost every update.`,
        explanation:
          `${fieldName(f)} caps the gradient norm at ${formatNumber(v)}. Typical gradient norms are well above that, so ${effect}` +
          'The tuning playbook suggests a threshold near the 90th percentile of observed gradient norms (often around 1.0) and lowering the learning rate instead if updates are too large.',
      });
    }
  },
});

/** Where a differential-privacy block is named: `dp:`, `dp_config:`, `privacy:`, Opacus' `privacy_engine:`. */
const PRIVACY_BLOCK = /^(?:dp|dp_?config|dp_?sgd|dpsgd|privacy|privacy_?engine|differential_?privacy|opacus)$/;
/** A privacy budget or noise scale beside the clipping bound. */
const PRIVACY_KEYS = new Set(['epsilon', 'target_epsilon', 'delta', 'target_delta', 'noise_multiplier', 'sigma']);

/**
 * DP-SGD (Opacus, DP-LDM, PrivImage) clips every example's gradient to `max_grad_norm` before adding noise scaled to it:
 * a bound of 1e-3 clipping every update is the method, and the noise, not the clip, sets the privacy. The tuning
 * playbook's advice is about clipping the batch gradient, so a bound in a privacy block, or beside the privacy budget,
 * is left alone.
 */
function clipsForPrivacy(f: Field): boolean {
  if (f.parent && PRIVACY_BLOCK.test(f.parent.normalized)) return true;
  let budget = 0;
  for (const e of f.container.entries) if (PRIVACY_KEYS.has(String(e.key.value).toLowerCase())) budget++;
  return budget >= 2;
}
