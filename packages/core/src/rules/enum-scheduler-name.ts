import { defineRule } from '../rule-kit/types.js';
import { checkEnum } from '../rule-kit/enum.js';
import { deepspeedRootOf, deepspeedRoots, dsPath } from '../rule-kit/deepspeed.js';
import { isLudwigScheduler } from '../rule-kit/schedulers.js';
import { HF_SCHEDULER_TYPES } from '../frameworks-data/hf-training-args.js';
import { AXOLOTL_CUSTOM_SCHEDULERS } from '../frameworks-data/axolotl.js';
import { DS_SCHEDULERS } from '../frameworks-data/deepspeed.js';
import { TORCH_LR_SCHEDULERS } from '../frameworks-data/torch.js';
import { LUDWIG_DECAY_TYPES } from '../frameworks-data/ludwig.js';

/**
 * Scheduler names resolved from a fixed list: HF `lr_scheduler_type` (`SchedulerType`), axolotl
 * `lr_scheduler` (plus `one_cycle`, `rex`), DeepSpeed `scheduler.type` (its own schedulers or a
 * `torch.optim.lr_scheduler` class), Ludwig `learning_rate_scheduler.decay`.
 */
export default defineRule({
  id: 'enum-scheduler-name',
  severity: 'error',
  category: 'range',
  description: 'Require learning-rate scheduler names the framework knows',
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  frameworks: ['hf-trainer', 'trl', 'axolotl', 'deepspeed', 'ludwig'],
  references: [
    { title: 'transformers trainer_utils.py SchedulerType', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/trainer_utils.py' },
    { title: 'DeepSpeed runtime/lr_schedules.py VALID_LR_SCHEDULES', url: 'https://www.deepspeed.ai/docs/config-json/#scheduler-parameters' },
    { title: 'Ludwig LRSchedulerConfig.decay options', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/schema/lr_scheduler.py' },
  ],
  check(ctx) {
    const axolotl = ctx.hasFramework('axolotl');
    const hf = ctx.hasFramework('hf-trainer') || ctx.hasFramework('trl') || ctx.hasFramework('llama-factory');
    const roots = deepspeedRoots(ctx);
    for (const field of ctx.fields) {
      if (field.path.length === 1 && field.normalized === 'lr_scheduler' && axolotl && field.value.kind === 'scalar') {
        checkEnum(ctx, field, { what: 'learning-rate scheduler', framework: 'axolotl', allowed: [...HF_SCHEDULER_TYPES, ...AXOLOTL_CUSTOM_SCHEDULERS], error: 'a validation error (the value must be a transformers SchedulerType, `one_cycle` or `rex`)' });
      } else if (field.path.length === 1 && field.normalized === 'lr_scheduler_type' && (hf || axolotl)) {
        checkEnum(ctx, field, { what: 'learning-rate scheduler', framework: 'HF Trainer', allowed: HF_SCHEDULER_TYPES, error: '"<name> is not a valid SchedulerType"' });
      } else if (field.normalized === 'type' && field.parent?.normalized === 'scheduler') {
        const root = deepspeedRootOf(field, roots);
        if (root && dsPath(field, root) === 'scheduler.type') {
          checkEnum(ctx, field, {
            what: 'scheduler', framework: 'DeepSpeed', allowed: [...DS_SCHEDULERS, ...TORCH_LR_SCHEDULERS],
            error: 'an error (the name is looked up in deepspeed.runtime.lr_schedules, then torch.optim.lr_scheduler, case-sensitively)',
          });
        }
      } else if (field.normalized === 'decay' && ctx.hasFramework('ludwig') && isLudwigScheduler(field)) {
        checkEnum(ctx, field, { what: 'learning-rate decay', framework: 'Ludwig', allowed: LUDWIG_DECAY_TYPES, error: 'a config validation error', advice: 'Use `null` for no decay.' });
      }
    }
  },
});
