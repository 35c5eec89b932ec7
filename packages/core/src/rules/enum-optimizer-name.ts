import { defineRule } from '../rule-kit/types.js';
import { checkEnum } from '../rule-kit/enum.js';
import { deepspeedRootOf, deepspeedRoots, dsPath } from '../rule-kit/deepspeed.js';
import { HF_OPTIMIZER_NAMES } from '../frameworks-data/hf-training-args.js';
import { AXOLOTL_CUSTOM_OPTIMIZERS } from '../frameworks-data/axolotl.js';
import { DS_OPTIMIZERS } from '../frameworks-data/deepspeed.js';
import { stringValue } from '../loader/special-values.js';
import { TORCH_OPTIMIZERS } from '../frameworks-data/torch.js';
import { LUDWIG_OPTIMIZER_FIELDS } from '../frameworks-data/ludwig.js';

/**
 * Optimizer names each framework resolves from a fixed list: HF `optim` (`OptimizerNames`),
 * axolotl `optimizer` (HF's names plus its own), DeepSpeed `optimizer.type` (its own optimizers,
 * case-insensitive, or a `torch.optim` class name), Ludwig `trainer.optimizer.type`.
 */
export default defineRule({
  id: 'enum-optimizer-name',
  severity: 'error',
  category: 'range',
  description: 'Require optimizer names the framework knows (HF `optim`, axolotl `optimizer`, DeepSpeed and Ludwig `optimizer.type`)',
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  frameworks: ['hf-trainer', 'trl', 'axolotl', 'deepspeed', 'ludwig'],
  references: [
    { title: 'transformers training_args.py OptimizerNames', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' },
    { title: 'axolotl schemas/enums.py CustomSupportedOptimizers', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/enums.py' },
    { title: 'DeepSpeed config: optimizer type (DEEPSPEED_OPTIMIZERS or torch.optim)', url: 'https://www.deepspeed.ai/docs/config-json/#optimizer-parameters' },
    { title: 'Ludwig optimizers (schema/optimizers.py registry)', url: 'https://ludwig.ai/latest/configuration/trainer/#optimizers' },
  ],
  check(ctx) {
    const axolotl = ctx.hasFramework('axolotl');
    const hf = ctx.hasFramework('hf-trainer') || ctx.hasFramework('trl') || ctx.hasFramework('llama-factory');
    const roots = deepspeedRoots(ctx);
    for (const field of ctx.fields) {
      if (field.path.length === 1 && field.normalized === 'optimizer' && axolotl) {
        checkEnum(ctx, field, {
          what: 'optimizer', framework: 'axolotl', allowed: [...HF_OPTIMIZER_NAMES, ...AXOLOTL_CUSTOM_OPTIMIZERS],
          error: 'a validation error (the value must be one of transformers\' OptimizerNames or axolotl\'s own optimizers)',
        });
      } else if (field.path.length === 1 && field.normalized === 'optim' && hf && !axolotl) {
        checkEnum(ctx, field, { what: 'optimizer', framework: 'HF Trainer', allowed: HF_OPTIMIZER_NAMES, error: '"<name> is not a valid OptimizerNames"' });
      } else if (field.normalized === 'type' && field.parent?.normalized === 'optimizer') {
        const root = deepspeedRootOf(field, roots);
        if (root && dsPath(field, root) === 'optimizer.type') {
          // DeepSpeed lower-cases a name that is one of its own optimizers (`Lamb`, `OneBitAdam`); only
          // other names go to torch.optim, where case matters (DeepSpeedConfig._initialize_params).
          const name = stringValue(field.value);
          if (name !== undefined && DS_OPTIMIZERS.includes(name.toLowerCase())) continue;
          // A class path in a DeepSpeed block embedded in another program's config (SwissArmyTransformer's
          // `sat.ops.FusedEmaAdam`) is built by that program and handed to DeepSpeed as an object.
          if (name !== undefined && root.holder && /^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+$/.test(name)) continue;
          checkEnum(ctx, field, {
            what: 'optimizer', framework: 'DeepSpeed', allowed: [...DS_OPTIMIZERS, ...TORCH_OPTIMIZERS],
            error: 'an error (a name that is not one of DeepSpeed\'s optimizers is looked up in `torch.optim`, case-sensitively)',
            advice: 'DeepSpeed\'s own names are case-insensitive (`Adam`, `AdamW`, `Lamb`); PyTorch class names must match exactly (`SGD`, `RMSprop`).',
          });
        } else if (ctx.hasFramework('ludwig') && field.parent.parent?.normalized === 'trainer') {
          checkEnum(ctx, field, { what: 'optimizer', framework: 'Ludwig', allowed: Object.keys(LUDWIG_OPTIMIZER_FIELDS), error: 'a config validation error' });
        }
      }
    }
  },
});
