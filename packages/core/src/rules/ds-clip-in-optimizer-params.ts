import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { deepspeedConfigs, dsField } from '../rule-kit/deepspeed.js';

/**
 * DeepSpeed clips gradients itself (`gradient_clipping`, applied by its fp16/bf16/ZeRO optimizer
 * wrappers). A `max_grad_norm` inside `optimizer.params` is refused when the engine builds the
 * optimizer (`_configure_basic_optimizer`: "'max_grad_norm' is not supported as an optimizer
 * parameter").
 */
export default defineRule({
  id: 'ds-clip-in-optimizer-params',
  severity: 'error',
  category: 'consistency',
  description: 'Flag `max_grad_norm` inside DeepSpeed `optimizer.params`; use `gradient_clipping`',
  presets: ['recommended', 'strict'],
  frameworks: ['deepspeed'],
  references: [
    { title: 'DeepSpeed runtime/engine.py _configure_basic_optimizer', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/engine.py' },
    { title: 'DeepSpeed configuration JSON: gradient clipping', url: 'https://www.deepspeed.ai/docs/config-json/#gradient-clipping' },
  ],
  check(ctx) {
    for (const ds of deepspeedConfigs(ctx)) {
      const clip = dsField(ds, 'optimizer', 'params', 'max_grad_norm');
      if (!clip) continue;
      const top = dsField(ds, 'gradient_clipping');
      ctx.report({
        field: clip,
        on: 'key',
        message: 'DeepSpeed does not accept max_grad_norm as an optimizer parameter; use gradient_clipping.',
        explanation:
          `${fieldName(clip)} is passed to DeepSpeed's optimizer constructor, which raises "'max_grad_norm' is not supported as an optimizer parameter"; DeepSpeed clips gradients in its own wrapper, configured by the top-level \`gradient_clipping\`. ` +
          (top ? `Remove ${fieldName(clip)}; ${fieldName(top)} already sets the clipping.` : 'Move the value to a top-level `"gradient_clipping"` and remove it from `optimizer.params`.'),
      });
    }
  },
});
