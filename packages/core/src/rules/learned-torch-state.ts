import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { describeValues, learnedFields } from '../rule-kit/learned.js';

/**
 * PyTorch state: parameters (`fc.weight`, `layer1.0.bias`, `lora_A.default.weight`), buffers
 * (`running_mean`, `num_batches_tracked`) and optimizer state (`exp_avg`, `momentum_buffer`) are
 * produced by training and belong in a checkpoint (`.pt`, `.safetensors`), never in a config.
 */
export default defineRule({
  id: 'learned-torch-state',
  severity: 'warn',
  category: 'learned-parameters',
  description: 'Flag PyTorch parameters, buffers and optimizer state inside a training config',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'PyTorch: What is a state_dict?', url: 'https://pytorch.org/tutorials/recipes/recipes/what_is_state_dict.html' },
    { title: 'torch.nn.parameter.Buffer (BatchNorm running statistics are state, not parameters)', url: 'https://pytorch.org/docs/stable/generated/torch.nn.parameter.Buffer.html' },
  ],
  check(ctx) {
    for (const field of learnedFields(ctx.fields, 'torch')) {
      ctx.report({
        field,
        on: 'key',
        message: `${fieldName(field)} holds learned values (${describeValues(field)}) that belong in a checkpoint, not in a training config.`,
        explanation:
          `${fieldName(field)} looks like PyTorch model or optimizer state (${field.evidence.join('; ')}). Such values are produced by training; kept in a config they are loaded as data, ` +
          'drift out of date with the checkpoint they were copied from, and make the file huge. Save them with `torch.save(model.state_dict(), ...)` or safetensors and point the config at that file ' +
          '(for example `resume_from_checkpoint`, `init_from`, `load_path`).',
      });
    }
  },
});
