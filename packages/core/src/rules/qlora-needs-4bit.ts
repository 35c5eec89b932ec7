import { defineRule, type RuleContext } from '../rule-kit/types.js';
import { usesAxolotl } from '../rule-kit/axolotl.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { bool, childOf, fieldAt, isSet, str, topField } from '../rule-kit/field-index.js';

/**
 * QLoRA trains LoRA adapters on a 4-bit quantised base model. axolotl (`schemas/peft.py`
 * `validate_qlora`, `validate_adapter`) refuses `adapter: qlora` without `load_in_4bit: true`, with
 * `load_in_8bit` or with `gptq`, and refuses `load_in_4bit`/`load_in_8bit` with no adapter at all.
 * Ludwig (`check_qlora_requirements`) refuses LLM `quantization` without a `lora` adapter.
 */
export default defineRule({
  id: 'qlora-needs-4bit',
  severity: 'error',
  category: 'consistency',
  description: 'Require 4-bit loading for QLoRA and an adapter for quantised fine-tuning',
  presets: ['recommended', 'strict'],
  frameworks: ['axolotl', 'ludwig'],
  references: [
    { title: 'axolotl schemas/peft.py validate_qlora and validate_adapter', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/peft.py' },
    { title: 'Ludwig config_validation/checks.py check_qlora_requirements', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/config_validation/checks.py' },
  ],
  check(ctx) {
    if (usesAxolotl(ctx)) axolotl(ctx);
    if (ctx.hasFramework('ludwig')) ludwig(ctx);
  },
});

type Ctx = RuleContext<object>;

function axolotl(ctx: Ctx): void {
  const top = (...names: string[]): Field | undefined => topField(ctx.fields, ...names);
  const adapter = top('adapter');
  const in4 = top('load_in_4bit');
  const in8 = top('load_in_8bit');
  const gptq = top('gptq');
  const peft = top('peft');
  // `peft: {backend: bnb|torchao, weight_dtype: nf4}` chooses the quantisation itself.
  if (isSet(childOf(ctx.fields, peft, 'weight_dtype')) || isSet(childOf(ctx.fields, peft, 'backend'))) return;
  if (!isSet(adapter)) {
    const q = bool(in4) === true ? in4 : bool(in8) === true ? in8 : undefined;
    if (q && !isSet(top('inference')) && !ctx.partial) {
      ctx.report({
        field: q,
        on: 'key',
        message: `${q.name} needs an adapter; axolotl does not full-fine-tune a quantised model.`,
        explanation: `${fieldName(q)} is true but no \`adapter\` is set. Quantised weights cannot be trained directly, and axolotl rejects the config ("load_in_8bit and load_in_4bit are not supported without setting an adapter"). Set \`adapter: qlora\` (4-bit) or \`adapter: lora\` (8-bit), or turn quantisation off for a full fine-tune.`,
      });
    }
    return;
  }
  if (str(adapter) !== 'qlora') return;
  const merging = bool(top('merge_lora')) === true;
  if (merging) {
    const q = [in4, in8, gptq].find((f) => bool(f) === true);
    if (q) {
      ctx.report({
        field: q,
        on: 'key',
        message: `A QLoRA adapter cannot be merged while the base model is loaded with ${q.name}.`,
        explanation: `${fieldName(adapter!)} is qlora and \`merge_lora\` is true, but ${fieldName(q)} is set; merging needs the base weights in 16-bit, and axolotl rejects the config ("Can't merge qlora if ${q.normalized === 'gptq' ? 'gptq' : `loaded in ${q.normalized === 'load_in_8bit' ? '8bit' : '4bit'}`}"). Set \`${q.name}: false\` in the merge config.`,
      });
    }
    return;
  }
  if (bool(in8) === true) {
    ctx.report({
      field: in8!,
      on: 'key',
      message: 'QLoRA loads the base model in 4-bit, not 8-bit.',
      explanation: `${fieldName(adapter!)} is qlora but ${fieldName(in8!)} is true, and axolotl rejects the config ("Can't load qlora in 8bit"). Use \`load_in_4bit: true\` for QLoRA, or \`adapter: lora\` with 8-bit loading.`,
    });
    return;
  }
  if (bool(gptq) === true) {
    ctx.report({
      field: gptq!,
      on: 'key',
      message: 'QLoRA cannot be trained on a GPTQ model.',
      explanation: `${fieldName(adapter!)} is qlora and ${fieldName(gptq!)} is true; axolotl rejects the combination ("Can't load qlora if gptq"). Use \`adapter: lora\` on the GPTQ model.`,
    });
    return;
  }
  // A placeholder (`${...}`) is unknown; a missing key may come from a base config.
  if (in4 ? bool(in4) === undefined || bool(in4) === true : ctx.partial) return;
  ctx.report({
    field: in4 ?? adapter!,
    message: 'QLoRA needs `load_in_4bit: true`.',
    explanation: `${fieldName(adapter!)} is qlora, which trains LoRA adapters on a 4-bit quantised base model, but ${in4 ? `${fieldName(in4)} is false` : '`load_in_4bit` is not set'}; axolotl rejects the config ("Require cfg.load_in_4bit to be True for qlora"). Add \`load_in_4bit: true\`, or use \`adapter: lora\` for an unquantised base.`,
  });
}

function ludwig(ctx: Ctx): void {
  if (str(topField(ctx.fields, 'model_type')) !== 'llm') return;
  const quantization = topField(ctx.fields, 'quantization');
  if (!isSet(quantization)) return;
  if (str(fieldAt(ctx.fields, topField(ctx.fields, 'trainer')?.value, ['type'])) === 'none') return;
  const adapter = topField(ctx.fields, 'adapter');
  const type = adapter ? (adapter.value.kind === 'map' ? str(childOf(ctx.fields, adapter, 'type')) : str(adapter)) : undefined;
  if (type === 'lora') return;
  if (!adapter && ctx.partial) return;
  ctx.report({
    field: quantization!,
    on: 'key',
    message: `Ludwig fine-tunes a quantised LLM only with a \`lora\` adapter, but the adapter is ${type ? `\`${type}\`` : 'not set'}.`,
    explanation: `${fieldName(quantization!)} quantises the base model's weights, which cannot be trained directly, so Ludwig rejects the config ("Fine-tuning and LLM with quantization requires using the 'lora' adapter"). Add \`adapter: {type: lora}\`.`,
  });
}
