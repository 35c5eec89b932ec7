import { defineRule } from '../rule-kit/types.js';
import { usesAxolotl } from '../rule-kit/axolotl.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { num, topField } from '../rule-kit/field-index.js';

/**
 * axolotl warns when `eval_batch_size` differs from `micro_batch_size` ("This can lead to VRAM
 * instability"): evaluation then allocates differently shaped buffers next to the training ones,
 * and a larger eval batch is a common cause of out-of-memory errors at the first evaluation.
 */
export default defineRule({
  id: 'eval-batch-vs-micro-batch',
  severity: 'warn',
  category: 'advice',
  description: 'Flag an axolotl eval batch size that differs from the micro batch size',
  presets: ['strict'],
  frameworks: ['axolotl'],
  references: [
    { title: 'axolotl schemas/validation.py hint_eval_train_mbsz: "eval_batch_size != micro_batch_size. This can lead to VRAM instability."', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/validation.py' },
  ],
  check(ctx) {
    if (!usesAxolotl(ctx)) return;
    const evalBatch = topField(ctx.fields, 'eval_batch_size');
    const micro = topField(ctx.fields, 'micro_batch_size');
    const e = num(evalBatch);
    const m = num(micro);
    if (!evalBatch || !micro || !e || !m || e === m) return;
    ctx.report({
      field: evalBatch,
      message: `eval_batch_size ${formatNumber(e)} differs from micro_batch_size ${formatNumber(m)}.`,
      explanation:
        `${fieldName(evalBatch)} is ${formatNumber(e)} and ${fieldName(micro)} is ${formatNumber(m)}. axolotl warns that this "can lead to VRAM instability": evaluation allocates buffers of another shape next to the training ones, and ${e > m ? 'a larger eval batch often runs out of memory at the first evaluation, hours into the run' : 'memory use jumps between training and evaluation'}. ` +
        'Set `eval_batch_size` equal to `micro_batch_size` unless you have measured that the difference fits.',
    });
  },
});
