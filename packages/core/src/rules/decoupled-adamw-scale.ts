import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { numberValue } from '../loader/special-values.js';

const THRESHOLD = 1e-3;

/**
 * MosaicML Composer's `DecoupledAdamW` (LLM Foundry `decoupled_adamw`, also `decoupled_lionw`) does
 * not multiply weight decay by the learning rate: every step multiplies each weight by
 * `(1 - weight_decay_t)`. Its default is 1e-5; a PyTorch-sized 0.01–0.1 shrinks the weights by 1–10 %
 * every step and wipes out training.
 */
export default defineRule({
  id: 'decoupled-adamw-scale',
  severity: 'warn',
  category: 'framework',
  description: 'Flag a PyTorch-sized weight decay on Composer\'s decoupled optimizers, which do not scale it by the learning rate',
  presets: ['recommended', 'strict'],
  frameworks: ['llm-foundry', 'olmo'],
  options: {
    schema: { type: 'object', properties: { maxWeightDecay: { type: 'number', exclusiveMinimum: 0 } }, additionalProperties: false },
    defaults: { maxWeightDecay: THRESHOLD },
  },
  references: [
    { title: 'composer.optim.DecoupledAdamW: "weight_decay is no longer scaled by lr" (default 1e-5)', url: 'https://docs.mosaicml.com/projects/composer/en/latest/api_reference/generated/composer.optim.DecoupledAdamW.html' },
    { title: 'Loshchilov & Hutter, Decoupled Weight Decay Regularization', url: 'https://arxiv.org/abs/1711.05101' },
  ],
  check(ctx) {
    const max = (ctx.options as { maxWeightDecay?: number }).maxWeightDecay ?? THRESHOLD;
    for (const run of ctx.runs) {
      const { optimizer } = run;
      const name = optimizer.name?.value?.toLowerCase() ?? '';
      if (!/^decoupled_?(?:adamw|lionw|sgdw)$|(?:^|\.)decoupled(?:adamw|lionw|sgdw)$/.test(name)) continue;
      const wd = optimizer.weightDecay;
      const value = wd ? numberValue(wd.node) : undefined;
      if (!wd || value === undefined || value <= max) continue;
      const lr = optimizer.lr?.value;
      ctx.report({
        field: wd.field,
        message: `${optimizer.name?.value} applies weight decay ${formatNumber(value)} per step without scaling it by the learning rate.`,
        explanation:
          `The optimizer is \`${optimizer.name?.value}\` and ${fieldName(wd.field)} is ${formatNumber(value)}. Composer's decoupled optimizers multiply every weight by (1 − weight_decay) at each step, following the learning-rate schedule but not multiplied by the learning rate, ` +
          `so ${formatNumber(value)} shrinks the weights by ${formatNumber(value * 100)} % per step — about ${lr ? formatNumber(Math.round(value / lr)) + ' times' : '1/lr times'} stronger than the same number in torch.optim.AdamW. ` +
          `Composer's default is 1e-5; to port a PyTorch value, use weight_decay × lr${lr ? ` (here ${formatNumber(Number((value * lr).toPrecision(3)))})` : ''}.`,
      });
    }
  },
});
