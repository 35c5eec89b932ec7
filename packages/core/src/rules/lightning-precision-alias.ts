import { builtByLightningTrainer, isLightningTrainerArg } from '../rule-kit/lightning.js';
import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { entryOf } from '../rule-kit/select.js';
import { childOf, topField } from '../rule-kit/field-index.js';
import type { RuleContext } from '../rule-kit/types.js';
import { LIGHTNING_1_TRAINER_ARGS, LIGHTNING_PRECISION_ALIASES } from '../frameworks-data/torch.js';
import { stringValue } from '../loader/special-values.js';
import type { TextEdit } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { normalizeKey } from '../classify/normalize.js';
import { own } from '../util/own.js';

/**
 * Lightning 2 still accepts `precision: 16` and `bf16` but warns that they are "supported for
 * historical reasons but [their] usage is discouraged" and maps them to `16-mixed`/`bf16-mixed`.
 * On CPU, `16-mixed` is silently replaced by `bf16-mixed`. A project that pins Lightning below 2.0 (its
 * requirements, conda environment or pyproject), or whose script overrides `training_epoch_end` and the other hooks
 * 2.0 removed, runs a Trainer that takes only the alias, and is left alone.
 */
export default defineRule({
  id: 'lightning-precision-alias',
  severity: 'info',
  category: 'framework',
  description: 'Prefer Lightning\'s explicit precision names (`16-mixed`, `bf16-mixed`) over the legacy `16`/`bf16`',
  presets: ['strict'],
  fixable: true,
  frameworks: ['lightning', 'nemo', 'litgpt'],
  references: [
    { title: 'Lightning fabric/connector.py _convert_precision_to_unified_args (deprecation warning)', url: 'https://github.com/Lightning-AI/pytorch-lightning/blob/master/src/lightning/fabric/connector.py' },
    { title: 'Lightning docs: N-bit precision', url: 'https://lightning.ai/docs/pytorch/stable/common/precision_basic.html' },
    { title: 'NeMo megatron_trainer_builder.py: MegatronTrainerBuilder reads trainer.precision and passes None to Lightning', url: 'https://github.com/NVIDIA/NeMo/blob/main/nemo/collections/nlp/parts/megatron_trainer_builder.py' },
  ],
  check(ctx) {
    const lightning = ctx.hasFramework('lightning') || ctx.hasFramework('nemo') || ctx.hasFramework('litgpt');
    const megatron = nemoMegatron(ctx);
    const pinnedBelow2 = ctx.scripts.lightningBelow2 !== undefined;
    for (const field of ctx.fields) {
      if (field.normalized !== 'precision') continue;
      if (megatron && field.parent?.normalized === 'trainer' && field.parent.path.length === 1) continue;
      const trainerArg = (lightning && (isLightningTrainerArg(field) || (ctx.hasFramework('litgpt') && field.path.length === 1))) || builtByLightningTrainer(field);
      if (!trainerArg) continue;
      const node = field.value;
      if (node.kind !== 'scalar' || node.tag) continue;
      const text = typeof node.value === 'number' ? String(node.value) : typeof node.value === 'string' ? node.value : undefined;
      if (text === undefined) continue;
      const replacement = own(LIGHTNING_PRECISION_ALIASES, text);
      // A Lightning 1.x trainer (`auto_select_gpus`, `gpus`: gone in 2.0) takes `16` and refuses `"16-mixed"`.
      if (replacement && !pinnedBelow2 && !writtenForLightning1(field)) {
        const edit: TextEdit = { range: node.range, text: quoted(node.raw, replacement) };
        ctx.report({
          field,
          message: `Precision ${text} is a legacy alias; write "${replacement}".`,
          explanation:
            `${fieldName(field)} is \`${node.raw}\`. Lightning maps it to \`${replacement}\` but warns that the alias is "supported for historical reasons but its usage is discouraged". ` +
            `Writing \`${replacement}\` says the same thing without the warning and makes clear that training runs in mixed precision (weights stay in 32-bit).`,
          fix: { description: `Write "${replacement}"`, edits: [edit] },
        });
        continue;
      }
      // `16-mixed` on a CPU accelerator silently becomes bf16-mixed.
      const accelerator = stringValue(entryOf(field.container, 'accelerator')?.value);
      if (text === '16-mixed' && accelerator?.toLowerCase() === 'cpu') {
        ctx.report({
          field,
          message: 'Precision "16-mixed" on a CPU accelerator runs as "bf16-mixed".',
          explanation: `${fieldName(field)} asks for float16 mixed precision, but with \`accelerator: cpu\` Lightning switches to \`bf16-mixed\` (AMP with float16 is not supported on CPU) and only logs that it did. Write \`bf16-mixed\`, or \`32-true\`, so the file says what runs.`,
          fix: { description: 'Write "bf16-mixed"', edits: [{ range: node.range, text: quoted(node.raw, 'bf16-mixed') }] },
        });
      }
    }
  },
});

/** `text` in the quote the value was written with (YAML, TOML literal strings, JS/TS literals), else double quotes. */
function quoted(raw: string, text: string): string {
  const quote = /^['"]/.exec(raw.trimStart())?.[0] ?? '"';
  return quote + text + quote;
}

/**
 * NeMo's Megatron models (`model.megatron_amp_O2`, `model.tensor_model_parallel_size`) build their
 * Trainer with MegatronTrainerBuilder, which reads `trainer.precision` itself (16, '16', 'bf16',
 * '16-mixed' and 'bf16-mixed' alike), installs its own precision plugin and passes `precision=None`
 * to Lightning, so Lightning never sees the alias and never warns. Older Megatron scripts even test
 * `precision in [16, 'bf16']`, so rewriting the value could switch their mixed precision off.
 */
function nemoMegatron(ctx: RuleContext<object>): boolean {
  if (!ctx.hasFramework('nemo')) return false;
  const model = topField(ctx.fields, 'model');
  return childOf(ctx.fields, model, 'megatron_amp_O2', 'tensor_model_parallel_size', 'pipeline_model_parallel_size') !== undefined;
}

function writtenForLightning1(field: Field): boolean {
  return field.container.entries.some((e) => LIGHTNING_1_TRAINER_ARGS.has(normalizeKey(String(e.key.value))));
}
