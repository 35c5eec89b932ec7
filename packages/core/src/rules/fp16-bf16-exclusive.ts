import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { booleanValue } from '../loader/special-values.js';

/**
 * HF Trainer, DeepSpeed and Lightning refuse to enable fp16 and bf16 mixed precision together; HF
 * also refuses `fp16_full_eval` with `bf16_full_eval` ("At most one of fp16 and bf16 can be True for
 * full eval").
 */
export default defineRule({
  id: 'fp16-bf16-exclusive',
  severity: 'error',
  category: 'consistency',
  description: 'Forbid enabling fp16 and bf16 at the same time',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'transformers TrainingArguments: "At most one of fp16 and bf16 can be True"', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' },
    { title: 'DeepSpeed config: "bfloat16 and fp16 modes cannot be simultaneously enabled"', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/config.py' },
  ],
  check(ctx) {
    for (const run of ctx.runs) {
      const { fp16, bf16 } = run.precision;
      if (fp16?.value === true && bf16?.value === true) {
        ctx.report({
          field: bf16.field,
          message: 'fp16 and bf16 are both enabled.',
          explanation:
            `${fieldName(fp16.field)} and ${fieldName(bf16.field)} both turn on mixed precision, and only one kind can be used: HF Trainer, DeepSpeed and Lightning refuse to start. ` +
            'Keep bf16 on GPUs that support it (Ampere or newer, TPUs) and fp16 on older GPUs, and set the other to false.',
        });
      }
      const fullEval = (name: string) => run.fields.find((f) => f.normalized === name && booleanValue(f.value) === true);
      const fp16Eval = fullEval('fp16_full_eval');
      const bf16Eval = fullEval('bf16_full_eval');
      if (fp16Eval && bf16Eval && fp16Eval.container === bf16Eval.container) {
        ctx.report({
          field: bf16Eval,
          message: 'fp16_full_eval and bf16_full_eval are both enabled.',
          explanation:
            `${fieldName(fp16Eval)} and ${fieldName(bf16Eval)} both make evaluation run entirely in half precision, and only one kind can be used: HF Trainer refuses to start ("At most one of fp16 and bf16 can be True for full eval"). ` +
            'Keep the one that matches your training precision and set the other to false.',
        });
      }
    }
  },
});
