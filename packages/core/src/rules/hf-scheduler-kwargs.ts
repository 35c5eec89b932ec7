import { defineRule, type Fix } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { hfArgumentsScopes } from '../rule-kit/hf-arguments-block.js';
import { fieldIn, isPlaceholder, str } from '../rule-kit/field-index.js';
import { closestName } from '../schema/did-you-mean.js';
import { renameKey } from '../rule-kit/edits.js';

/**
 * The keyword arguments each HF schedule function takes besides the optimizer and the step counts the Trainer passes
 * (transformers' optimization.py, 4.38 to 4.5x, union). `get_scheduler` hands `lr_scheduler_kwargs` to the function as
 * `**scheduler_specific_kwargs`, so a key it does not take is a TypeError when the Trainer creates its scheduler.
 * `constant` and `constant_with_warmup` are called without them (the keys are ignored, not refused), and `inverse_sqrt`
 * gets them only in recent versions (`timescale`): none of the three is judged.
 */
const SCHEDULE_KWARGS = new Map<string, readonly string[]>(Object.entries({
  linear: ['last_epoch'],
  cosine: ['num_cycles', 'last_epoch'],
  cosine_with_restarts: ['num_cycles', 'last_epoch'],
  polynomial: ['lr_end', 'power', 'last_epoch'],
  cosine_with_min_lr: ['num_cycles', 'last_epoch', 'min_lr', 'min_lr_rate'],
  cosine_warmup_with_min_lr: ['num_cycles', 'last_epoch', 'min_lr', 'min_lr_rate', 'warmup_lr_rate'],
  // `num_training_steps` is no kwarg here: recent versions pass it themselves (a duplicate), older ones had no such parameter.
  warmup_stable_decay: ['num_decay_steps', 'num_stable_steps', 'warmup_type', 'decay_type', 'min_lr_ratio', 'num_cycles', 'last_epoch'],
  reduce_lr_on_plateau: ['mode', 'factor', 'patience', 'threshold', 'threshold_mode', 'cooldown', 'min_lr', 'eps', 'verbose'],
}));

/** Schedules whose function raises unless exactly one of these is in `lr_scheduler_kwargs`. */
const NEEDS_ONE_OF = new Map<string, readonly string[]>([
  ['cosine_with_min_lr', ['min_lr', 'min_lr_rate']],
  ['cosine_warmup_with_min_lr', ['min_lr', 'min_lr_rate']],
]);

/** Schedules whose function has a required argument only `lr_scheduler_kwargs` can give. */
const REQUIRED = new Map<string, string>([['warmup_stable_decay', 'num_decay_steps']]);

export default defineRule({
  id: 'hf-scheduler-kwargs',
  severity: 'error',
  category: 'consistency',
  description: "Check `lr_scheduler_kwargs` against the HF schedule `lr_scheduler_type` names",
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  references: [
    { title: 'transformers optimization.py: get_scheduler and the schedule functions', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/optimization.py' },
    { title: 'TrainingArguments: lr_scheduler_type and lr_scheduler_kwargs', url: 'https://huggingface.co/docs/transformers/main_classes/trainer#transformers.TrainingArguments' },
  ],
  check(ctx) {
    for (const { map } of hfArgumentsScopes(ctx)) {
      const typeField = fieldIn(ctx.fields, map, 'lr_scheduler_type');
      if (!typeField || isPlaceholder(typeField)) continue;
      const type = str(typeField);
      // Maps, not objects: a schedule named `constructor` must not find Object.prototype's.
      const allowed = type === undefined ? undefined : SCHEDULE_KWARGS.get(type);
      if (type === undefined || allowed === undefined) continue;
      const kwargsField = fieldIn(ctx.fields, map, 'lr_scheduler_kwargs');
      // A JSON string, a placeholder or an interpolation: not read here.
      if (kwargsField && (kwargsField.value.kind !== 'map' || isPlaceholder(kwargsField))) continue;
      const kwargs = kwargsField ? ctx.fields.filter((f) => f.container === kwargsField.value) : [];
      const given = new Set(kwargs.map((f) => f.name));
      for (const f of kwargs) {
        if (allowed.includes(f.name)) continue;
        const meant = closestName(f.name, allowed);
        const suggestions: Fix[] = meant ? [{ description: `Rename to \`${meant}\``, edits: [renameKey(f.key, meant)] }] : [];
        ctx.report({
          field: f,
          on: 'key',
          message: `The \`${type}\` schedule takes no argument \`${f.name}\`${meant ? ` (did you mean \`${meant}\`?)` : ''}.`,
          explanation:
            `${fieldName(typeField)} is \`${type}\`, and the Trainer passes ${fieldName(kwargsField!)} to its schedule function as keyword arguments. ` +
            (f.name === 'num_training_steps' || f.name === 'num_warmup_steps'
              ? `The Trainer works out \`${f.name}\` and passes it itself, so it arrives twice (in older versions it is no parameter at all): a TypeError when the Trainer creates its scheduler. `
              : `\`${f.name}\` raises \`TypeError: ... got an unexpected keyword argument '${f.name}'\` when the Trainer creates its scheduler, after the model is loaded. `) +
            `The \`${type}\` schedule takes ${allowed.map((a) => `\`${a}\``).join(', ')}.` +
            (f.name === 'min_lr' || f.name === 'min_lr_rate' ? ' A floor for the cosine decay needs `lr_scheduler_type: cosine_with_min_lr`.' : '') +
            (meant ? ` Rename the key to \`${meant}\`, or remove it.` : ' Remove the key, or choose the schedule that takes it.'),
          ...(suggestions.length > 0 ? { suggestions } : {}),
        });
      }
      const oneOf = NEEDS_ONE_OF.get(type);
      if (oneOf) {
        const present = oneOf.filter((k) => given.has(k));
        if (present.length === 0) {
          ctx.report({
            field: kwargsField ?? typeField,
            ...(kwargsField ? { on: 'key' as const } : {}),
            message: `The \`${type}\` schedule needs \`min_lr\` or \`min_lr_rate\` in \`lr_scheduler_kwargs\`.`,
            explanation:
              `${fieldName(typeField)} is \`${type}\`, whose schedule function raises "One of min_lr or min_lr_rate should be set through the \`lr_scheduler_kwargs\`" ` +
              `when the Trainer creates its scheduler${kwargsField ? `, and ${fieldName(kwargsField)} has neither` : ', and the file has no `lr_scheduler_kwargs`'}. ` +
              'Add `lr_scheduler_kwargs: {min_lr_rate: 0.1}` (the floor as a fraction of the peak rate) or `{min_lr: 1.0e-6}`.',
          });
        } else if (present.length > 1) {
          const second = kwargs.find((f) => f.name === present[1])!;
          ctx.report({
            field: second,
            on: 'key',
            message: `The \`${type}\` schedule takes \`min_lr\` or \`min_lr_rate\`, not both.`,
            explanation:
              `${fieldName(kwargsField!)} sets both \`min_lr\` and \`min_lr_rate\`, and the schedule function raises "Only one of min_lr or min_lr_rate should be set" ` +
              'when the Trainer creates its scheduler. Keep one: `min_lr` is the floor itself, `min_lr_rate` the floor as a fraction of the peak rate.',
          });
        }
      }
      const required = REQUIRED.get(type);
      if (required && !given.has(required)) {
        ctx.report({
          field: kwargsField ?? typeField,
          ...(kwargsField ? { on: 'key' as const } : {}),
          message: `The \`${type}\` schedule needs \`${required}\` in \`lr_scheduler_kwargs\`.`,
          explanation:
            `${fieldName(typeField)} is \`${type}\`, whose schedule function (\`get_wsd_schedule\`) has no default for \`${required}\`, the length of the final decay, ` +
            `so the Trainer raises \`TypeError: ... missing 1 required positional argument: '${required}'\` when it creates its scheduler. ` +
            `Add \`lr_scheduler_kwargs: {${required}: ...}\` (often 10–20% of the run).`,
        });
      }
    }
  },
});

