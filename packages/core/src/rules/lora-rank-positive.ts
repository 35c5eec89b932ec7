import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber, numericFields } from '../rule-kit/helpers.js';
import { entryOf, siblingString } from '../rule-kit/select.js';
import { numberValue, stringValue } from '../loader/special-values.js';
import type { RuleContext } from '../rule-kit/types.js';

/**
 * A LoRA adapter's rank is the inner dimension of its two low-rank matrices: PEFT refuses `r <= 0`
 * ("`r` should be a positive integer value"). A rank of 0 or below is reported only where an adapter
 * is actually in use (PEFT adapter configs, axolotl/Ludwig with a LoRA adapter): elsewhere it is the
 * program's own switch (GraphText's `r: -1  # skip LoRA if rank < 1`), or an unused `lora_r: 0` that
 * changes nothing.
 */
export default defineRule({
  id: 'lora-rank-positive',
  severity: 'error',
  category: 'range',
  description: 'Require a LoRA rank to be a positive integer',
  presets: ['recommended', 'strict'],
  references: [{ title: 'peft LoraLayer.update_layer: "`r` should be a positive integer value"', url: 'https://github.com/huggingface/peft/blob/main/src/peft/tuners/lora/layer.py' }],
  check(ctx) {
    for (const field of numericFields(ctx, ['lora-rank'])) {
      const value = numberValue(field.value);
      if (value === undefined || (value > 0 && Number.isInteger(value))) continue;
      if (value <= 0 && !adapterInUse(ctx, field)) continue;
      ctx.report({
        field,
        message: value > 0 ? `LoRA rank ${formatNumber(value)} is not a whole number.` : `LoRA rank ${formatNumber(value)} must be positive.`,
        explanation:
          `${fieldName(field)} is the inner dimension of the adapter's two low-rank matrices, so it must be a positive whole number; PEFT refuses ${formatNumber(value)} ("\`r\` should be a positive integer value"). ` +
          'Typical ranks are 8 to 64. To train without an adapter, remove the adapter settings instead.',
      });
    }
  },
});

function adapterInUse(ctx: RuleContext<object>, field: Field): boolean {
  if (ctx.hasFramework('peft')) return true;
  const adapter = siblingString(field, 'adapter') ?? siblingString(field, 'peft_type') ?? siblingString(field, 'type');
  if (adapter && /lora/i.test(adapter)) return true;
  // axolotl: `adapter: lora` at the top level next to `lora_r`.
  let root = field.container;
  for (let p = field.parent; p; p = p.parent) root = p.container;
  const top = stringValue(entryOf(root, 'adapter')?.value);
  return top !== undefined && /lora/i.test(top);
}
