import { defineRule } from '../rule-kit/types.js';
import { usesAxolotl } from '../rule-kit/axolotl.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { isSet, rootMap, topField } from '../rule-kit/field-index.js';

/**
 * axolotl derives the third of micro batch, gradient accumulation and total batch from the other
 * two (`check_batch_size_fields`), so at least two must be set; and `gradient_accumulation_steps`
 * together with `batch_size` is refused (`check_gas_bsz`), since both would fix the accumulation.
 */
export default defineRule({
  id: 'axolotl-batch-fields',
  severity: 'error',
  category: 'consistency',
  description: 'Require exactly the axolotl batch settings it can resolve: two of micro batch, accumulation and batch size',
  presets: ['recommended', 'strict'],
  frameworks: ['axolotl'],
  references: [
    { title: 'axolotl schemas/validation.py check_batch_size_fields and check_gas_bsz', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/validation.py' },
  ],
  check(ctx) {
    if (!usesAxolotl(ctx)) return;
    const micro = topField(ctx.fields, 'micro_batch_size');
    const gas = topField(ctx.fields, 'gradient_accumulation_steps');
    const batch = topField(ctx.fields, 'batch_size');
    const set = [micro, gas, batch].filter((f): f is Field => isSet(f));
    if (set.length < 2 && !ctx.partial) {
      const root = rootMap(ctx.fields);
      const at = set[0] ?? micro ?? gas ?? batch;
      const message = `axolotl needs two of micro_batch_size, gradient_accumulation_steps and batch_size, but ${set.length === 0 ? 'none is set' : `only ${set[0]!.name} is set`}.`;
      const explanation =
        'axolotl computes the third of `micro_batch_size`, `gradient_accumulation_steps` and `batch_size` from the other two and refuses the config ("At least two of micro_batch_size, gradient_accumulation_steps, batch_size must be set"). ' +
        'Set `micro_batch_size` and `gradient_accumulation_steps` (the usual pair), or `micro_batch_size` and `batch_size`.';
      if (at) ctx.report({ field: at, on: 'key', message, explanation });
      else if (root) ctx.report({ range: [root.range[0], root.range[0]], pointer: '', message, explanation });
    }
    if (isSet(gas) && isSet(batch)) {
      ctx.report({
        field: batch!,
        on: 'key',
        message: 'Set only one of gradient_accumulation_steps and batch_size.',
        explanation: `${fieldName(gas!)} and ${fieldName(batch!)} both fix the accumulation (batch_size = micro_batch_size × gradient_accumulation_steps), and axolotl refuses the config ("please set only one of gradient_accumulation_steps or batch_size"). Keep \`gradient_accumulation_steps\` and remove \`batch_size\` (axolotl discourages it).`,
      });
    }
  },
});
