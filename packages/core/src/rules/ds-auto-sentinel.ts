import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { deepspeedRootOf, deepspeedRoots, dsPath, type DeepSpeedRoot } from '../rule-kit/deepspeed.js';
import { classOfField } from '../rule-kit/select.js';
import { DS_ACCELERATE_FILLED, DS_HF_FILLED } from '../frameworks-data/deepspeed.js';
import type { RuleContext } from '../rule-kit/types.js';

type Launcher = 'detect' | 'deepspeed' | 'hf';

/**
 * `"auto"` in a DeepSpeed config is a request to the launcher: HF Trainer and Accelerate replace it
 * from their own arguments before DeepSpeed sees the config. DeepSpeed itself does not: top-level
 * `"auto"` values reach its arithmetic as strings, and in its pydantic blocks they are dropped for
 * the defaults. Reported only when the file shows it is run by DeepSpeed directly (Lightning's
 * DeepSpeedStrategy, a `--deepspeed_config` launch line, or `launcher: deepspeed` in the rule's
 * options), or when no launcher would fill that key at all.
 */
export default defineRule({
  id: 'ds-auto-sentinel',
  severity: 'error',
  category: 'framework',
  description: 'Flag DeepSpeed `"auto"` values that no launcher will replace',
  presets: ['recommended', 'strict'],
  frameworks: ['deepspeed'],
  options: {
    schema: { type: 'object', properties: { launcher: { enum: ['detect', 'deepspeed', 'hf'] } }, additionalProperties: false },
    defaults: { launcher: 'detect' },
  },
  references: [
    { title: 'transformers integrations/deepspeed.py: HfTrainerDeepSpeedConfig fills "auto"', url: 'https://huggingface.co/docs/transformers/main/en/deepspeed#deepspeed-and-trainer-parameter-summary' },
    { title: 'Accelerate DeepSpeedPlugin: "auto" values filled from the accelerate config', url: 'https://huggingface.co/docs/accelerate/usage_guides/deepspeed' },
    { title: 'DeepSpeed config JSON reference', url: 'https://www.deepspeed.ai/docs/config-json/' },
  ],
  check(ctx) {
    const option = ((ctx.options as { launcher?: Launcher }).launcher ?? 'detect') as Launcher;
    const roots = deepspeedRoots(ctx);
    if (roots.length === 0) return;
    for (const field of ctx.fields) {
      const node = field.value;
      if (node.kind !== 'scalar' || typeof node.value !== 'string' || node.value.toLowerCase() !== 'auto') continue;
      const root = deepspeedRootOf(field, roots);
      if (!root) continue;
      const path = dsPath(field, root);
      const fillable = DS_HF_FILLED.has(path) || DS_ACCELERATE_FILLED.has(path);
      const raw = option === 'deepspeed' || (option === 'detect' && runByDeepSpeed(ctx, root));
      if (fillable && !raw) continue;
      ctx.report({
        field,
        message: fillable ? `DeepSpeed run directly does not replace "auto" in \`${path}\`.` : `No launcher replaces "auto" in \`${path}\`.`,
        explanation: fillable
          ? `\`${path}\` is "auto", a placeholder that HF Trainer or Accelerate fill in from their own arguments before DeepSpeed starts. ` +
            `This config is run by DeepSpeed directly (${rawReason(ctx, root, option)}), where nothing fills it: the string "auto" reaches DeepSpeed, which fails on it or silently falls back to its default. Write the actual value.`
          : `\`${path}\` is "auto", but neither HF Trainer nor Accelerate fill this key, so DeepSpeed receives the string "auto": top-level settings then fail or misbehave, and settings inside a DeepSpeed block are dropped for their defaults. Write the actual value, or remove the key to use DeepSpeed's default.`,
      });
    }
  },
});

/** Evidence that no HF/Accelerate launcher sits between this DeepSpeed config and DeepSpeed. */
function runByDeepSpeed(ctx: RuleContext<object>, root: DeepSpeedRoot): boolean {
  return rawReason(ctx, root, 'detect') !== '';
}

function rawReason(ctx: RuleContext<object>, root: DeepSpeedRoot, option: Launcher): string {
  if (option === 'deepspeed') return 'the rule\'s `launcher` option says so';
  if (root.holder && isLightningStrategy(root.holder)) return 'it is the `config` of Lightning\'s DeepSpeedStrategy';
  if (ctx.doc.comments.some((c) => /--deepspeed_config\b|deepspeed\.initialize\(/.test(c.text))) return 'a comment launches it with `--deepspeed_config`/`deepspeed.initialize`';
  return '';
}

function isLightningStrategy(holder: Field): boolean {
  const cls = classOfField(holder);
  return cls !== undefined && /deepspeedstrategy$/i.test(cls);
}
