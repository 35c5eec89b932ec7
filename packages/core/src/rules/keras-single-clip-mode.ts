import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { entriesOf, num } from '../rule-kit/field-index.js';

const MODES = ['clipnorm', 'clipvalue', 'global_clipnorm'] as const;

/**
 * A Keras optimizer clips gradients one way: by each variable's norm, by value, or by the global
 * norm. `BaseOptimizer.__init__` raises "Only one of `clipnorm`, `clipvalue` and `global_clipnorm`
 * can be set". Serialized Keras configs write all three, with null for the unused ones, so only
 * non-null values count.
 */
export default defineRule({
  id: 'keras-single-clip-mode',
  severity: 'error',
  category: 'consistency',
  description: 'Allow only one of `clipnorm`, `clipvalue` and `global_clipnorm` in a Keras optimizer',
  presets: ['recommended', 'strict'],
  frameworks: ['keras'],
  references: [
    { title: 'Keras keras/src/optimizers/base_optimizer.py', url: 'https://github.com/keras-team/keras/blob/master/keras/src/optimizers/base_optimizer.py' },
    { title: 'Keras optimizers: common arguments', url: 'https://keras.io/api/optimizers/#base-optimizer-class' },
  ],
  check(ctx) {
    const seen = new Set<Field['container']>();
    for (const f of ctx.fields) {
      if (!(MODES as readonly string[]).includes(f.normalized) || seen.has(f.container)) continue;
      seen.add(f.container);
      const e = entriesOf(ctx.fields, f.container);
      // Keras spells the global norm `global_clipnorm`; other frameworks (Ludwig's `clipglobalnorm`) allow several modes.
      if (!ctx.hasFramework('keras') && !e.has('global_clipnorm')) continue;
      const set = MODES.map((m) => e.get(m)).filter((x): x is Field => x !== undefined && num(x) !== undefined);
      if (set.length < 2) continue;
      const [first, ...rest] = set.sort((a, b) => a.key.range[0] - b.key.range[0]);
      ctx.report({
        field: rest[0]!,
        on: 'key',
        message: `Keras optimizers take only one of clipnorm, clipvalue and global_clipnorm, but ${set.map((x) => x.name).join(' and ')} are set.`,
        explanation: `${fieldName(first!)} and ${rest.map((x) => fieldName(x)).join(' and ')} each choose a way to clip gradients, and Keras raises "Only one of \`clipnorm\`, \`clipvalue\` and \`global_clipnorm\` can be set" when the optimizer is built. Keep one (\`global_clipnorm\` is the usual choice for transformers) and set the others to null.`,
      });
    }
  },
});
