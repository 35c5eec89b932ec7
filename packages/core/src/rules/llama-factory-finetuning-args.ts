import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { bool, isPlaceholder, num, topField } from '../rule-kit/field-index.js';
import { stringValue } from '../loader/special-values.js';
import { didYouMean } from '../rule-kit/suggest.js';
import { replaceScalar } from '../rule-kit/edits.js';
import { usesLlamaFactory } from '../rule-kit/axolotl.js';

/**
 * LLaMA-Factory checks its fine-tuning arguments when it parses them (`hparams/finetuning_args.py`,
 * `FinetuningArguments.__post_init__`) and stops before loading the model: an unknown `finetuning_type`, options that
 * only LoRA has under another method, GaLore, APOLLO or BAdam beside LoRA (LLaMA-Factory's default method) or beside
 * each other, LLaMA Pro with full fine-tuning, label smoothing with a DPO loss other than sigmoid, PPO without a reward
 * model, and PiSSA for a stage that uses a reference model.
 */
export default defineRule({
  id: 'llama-factory-finetuning-args',
  severity: 'error',
  category: 'consistency',
  description: 'Flag LLaMA-Factory fine-tuning settings that its argument checks refuse at start-up',
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  frameworks: ['llama-factory'],
  references: [
    { title: 'LLaMA-Factory hparams/finetuning_args.py: FinetuningArguments.__post_init__', url: 'https://github.com/hiyouga/LLaMA-Factory/blob/main/src/llamafactory/hparams/finetuning_args.py' },
  ],
  check(ctx) {
    if (usesLlamaFactory(ctx)) checkArguments(ctx);
  },
});

const METHODS = ['lora', 'oft', 'freeze', 'full'];
/** `FinetuningArguments.stage`, which the tuner dispatches on (`run_exp`: "Unknown task" for any other). */
const STAGES = ['pt', 'sft', 'rm', 'ppo', 'dpo', 'kto'];
/** Switches of the optimizers LLaMA-Factory runs on the full model only, with their names. */
const FULL_PARAMETER_OPTIMIZERS: Readonly<Record<string, string>> = { use_galore: 'GaLore', use_apollo: 'APOLLO', use_badam: 'BAdam' };
const SOURCE = 'LLaMA-Factory checks it in `FinetuningArguments.__post_init__` and stops before the model is loaded';

function checkArguments(ctx: RuleContext<object>): void {
  const top = (name: string): Field | undefined => topField(ctx.fields, name);
  const typeField = top('finetuning_type');
  if (isPlaceholder(typeField)) return;
  const typeValue = typeField ? stringValue(typeField.value) : undefined;
  if (typeField && typeValue !== undefined && !METHODS.includes(typeValue)) {
    const closest = METHODS.includes(typeValue.toLowerCase()) ? typeValue.toLowerCase() : didYouMean(typeValue.toLowerCase(), METHODS);
    ctx.report({
      field: typeField,
      message: `\`${typeValue}\` is not a fine-tuning method of LLaMA-Factory, which takes lora, oft, freeze or full.`,
      explanation: `${fieldName(typeField)} must be one of lora, oft, freeze and full, written in lower case: ${SOURCE} ("Invalid fine-tuning method.").${closest ? ` Write \`${closest}\`.` : ''}`,
      ...(closest && typeField.value.kind === 'scalar' ? { suggestions: [{ description: `Write ${closest}`, edits: [replaceScalar(typeField.value, closest)] }] } : {}),
    });
    return;
  }
  // LoRA is the default method when the file does not name one.
  const method = typeValue ?? 'lora';
  const stage = stringValue(top('stage')?.value) ?? 'sft';
  const prefLoss = stringValue(top('pref_loss')?.value) ?? 'sigmoid';
  const on = (name: string): Field | undefined => {
    const f = top(name);
    return bool(f) === true ? f : undefined;
  };
  const methodText = typeField ? `${fieldName(typeField)} is ${method}` : 'no `finetuning_type` is set, so LLaMA-Factory fine-tunes with its default, lora';

  // PiSSA's stage check runs before its LoRA check, so a stage conflict is what LLaMA-Factory reports first.
  const pissa = on('pissa_init');
  const usesReference = stage === 'dpo' && prefLoss !== 'orpo' && prefLoss !== 'simpo';
  const pissaStageConflict = stage === 'ppo' || stage === 'kto' || usesReference;
  if (pissa && pissaStageConflict) {
    ctx.report({
      field: pissa,
      on: 'key',
      message: `PiSSA cannot initialise the adapters of a ${stage.toUpperCase()} run${usesReference ? ' that uses a reference model' : ''}.`,
      explanation: `${fieldName(pissa)} is true and the stage is ${stage}${usesReference ? ` with \`pref_loss: ${prefLoss}\`, which trains against a reference model` : ''}: ${SOURCE} ("Cannot use PiSSA for current training stage."). Turn PiSSA off for this stage${stage === 'dpo' ? ', or use a reference-free loss (`pref_loss: orpo` or `simpo`)' : ''}.`,
    });
  }

  if (method !== 'lora') {
    const loraOnly: (Field | undefined)[] = [top('loraplus_lr_ratio'), on('use_rslora'), on('use_dora'), pissaStageConflict ? undefined : pissa];
    for (const f of loraOnly) {
      if (!f || (f.normalized === 'loraplus_lr_ratio' && (f.shape === 'null' || num(f) === undefined))) continue;
      ctx.report({
        field: f,
        on: 'key',
        message: `\`${f.name}\` applies to LoRA only, but the fine-tuning method is ${method}.`,
        explanation: `${fieldName(f)} is set and ${methodText}: ${SOURCE} ("\`${f.normalized}\` is only valid for LoRA training."). Remove it, or set \`finetuning_type: lora\`.`,
      });
    }
  }

  const optimizers = Object.keys(FULL_PARAMETER_OPTIMIZERS).map(on).filter((f): f is Field => f !== undefined);
  const label = (f: Field): string => FULL_PARAMETER_OPTIMIZERS[f.normalized] ?? f.name;
  if (method === 'lora' && optimizers.length > 0) {
    for (const f of optimizers) {
      ctx.report({
        field: f,
        on: 'key',
        message: `${label(f)} trains the full model and cannot be combined with LoRA.`,
        explanation: `${fieldName(f)} is true and ${methodText}: ${SOURCE} ("Cannot use LoRA with GaLore, APOLLO or BAdam together."). Set \`finetuning_type: full\` to train with ${label(f)}, or turn it off to train a LoRA adapter.`,
      });
    }
  } else if (optimizers.length > 1) {
    for (const f of optimizers.slice(1)) {
      ctx.report({
        field: f,
        on: 'key',
        message: `${label(f)} cannot be combined with ${label(optimizers[0])}.`,
        explanation: `${fieldName(f)} and ${fieldName(optimizers[0])} are both true: ${SOURCE} ("Cannot use GaLore, APOLLO or BAdam together."). Keep one of them.`,
      });
    }
  }

  const llamaPro = on('use_llama_pro');
  if (llamaPro && method === 'full') {
    ctx.report({
      field: llamaPro,
      on: 'key',
      message: 'LLaMA Pro trains only the expanded blocks, which full fine-tuning does not do.',
      explanation: `${fieldName(llamaPro)} is true and ${methodText}: ${SOURCE} ("\`use_llama_pro\` is only valid for Freeze or LoRA training."). Use \`finetuning_type: freeze\` or \`lora\` with LLaMA Pro.`,
    });
  }

  const smoothing = top('dpo_label_smoothing');
  const smoothingValue = num(smoothing);
  if (smoothing && smoothingValue !== undefined && smoothingValue > 1e-6 && stage === 'dpo' && prefLoss !== 'sigmoid' && !top('dpo_loss')) {
    ctx.report({
      field: smoothing,
      message: `Label smoothing works only with the sigmoid DPO loss, not with \`pref_loss: ${prefLoss}\`.`,
      explanation: `${fieldName(smoothing)} is ${smoothingValue} and the DPO loss is ${prefLoss}: ${SOURCE} ("\`dpo_label_smoothing\` is only valid for sigmoid loss function."). Set it to 0, or use \`pref_loss: sigmoid\`.`,
    });
  }

  const stageField = top('stage');
  if (stageField?.value.kind === 'scalar' && !STAGES.includes(stage) && STAGES.includes(stage.toLowerCase())) {
    // `SFT`, `DPO`: a built-in stage in another case. Other names may be a fork's stage (`attrib`) and are left alone.
    ctx.report({
      field: stageField,
      message: `\`${stage}\` is not a stage of LLaMA-Factory, whose stages are written in lower case.`,
      explanation: `${fieldName(stageField)} names the training stage, which LLaMA-Factory compares with pt, sft, rm, ppo, dpo and kto as written, so it stops with ValueError ("Unknown task: ${stage}."). Write \`${stage.toLowerCase()}\`.`,
      suggestions: [{ description: `Write ${stage.toLowerCase()}`, edits: [replaceScalar(stageField.value, stage.toLowerCase())] }],
    });
  }
  const reward = top('reward_model');
  if (stage === 'ppo' && stageField && (!reward || reward.shape === 'null') && !isPlaceholder(reward) && !ctx.partial) {
    ctx.report({
      field: stageField,
      message: 'PPO needs a `reward_model`, which the file does not set.',
      explanation: `${fieldName(stageField)} is ppo and no \`reward_model\` is set: ${SOURCE} ("\`reward_model\` is necessary for PPO training."). Point \`reward_model\` at a reward model trained with \`stage: rm\` (a LoRA adapter or a full model).`,
    });
  }
}
