import { defineRule, type RuleContext } from '../rule-kit/types.js';
import { usesAxolotl } from '../rule-kit/axolotl.js';
import type { Field } from '../classify/classify.js';
import type { ConfigNode } from '../document/types.js';
import { HF_TRAINER_LIKE, fieldName, formatNumber } from '../rule-kit/helpers.js';
import { bool, fieldIn, isPlaceholder, num, rootMap } from '../rule-kit/field-index.js';
import { hfArgumentsBuiltByName, hfArgumentsScopes, reachesHfArguments, type HfArgumentsScope } from '../rule-kit/hf-arguments-block.js';
import { deepspeedConfigs, dsField, type DeepSpeedConfig } from '../rule-kit/deepspeed.js';
import { HF_DEFAULTS, hfDefaultsApply, type HfDefaultKey } from '../rule-kit/hf-defaults.js';
import { numberValue, booleanValue, specialKind } from '../loader/special-values.js';

/**
 * When HF Trainer (and so TRL, axolotl, LLaMA-Factory) runs DeepSpeed, it fills every `"auto"` in
 * the DeepSpeed config from TrainingArguments and compares every other value with the matching
 * argument (`HfTrainerDeepSpeedConfig.trainer_config_process` / `trainer_config_finalize`); any
 * difference stops training with "Please correct the following DeepSpeed config values that
 * mismatch TrainingArguments values". The DeepSpeed config may be inline (`deepspeed: {...}`) or a
 * JSON file the front-end could read (`deepspeed: ds_z3.json`). The arguments are an HF file's top level or a nested
 * block a program hands to `TrainingArguments` whole (`training_args: {deepspeed: ds.json, ...}`); in such a block only
 * what is written is compared, since the program may hand it on key by key and set the rest itself.
 */
interface Side {
  readonly value: unknown;
  readonly field?: Field;
  readonly text: string;
}

/** A DeepSpeed config a scope names, with the file it lives in when it is not inline. */
interface ScopeConfig {
  readonly ds: DeepSpeedConfig;
  readonly file?: string;
  readonly lines?: NonNullable<RuleContext<object>['related']>[number]['lines'];
}

export default defineRule({
  id: 'hf-deepspeed-mismatch',
  severity: 'error',
  category: 'consistency',
  description: 'Require DeepSpeed values that HF Trainer also sets to match the TrainingArguments or be "auto"',
  presets: ['recommended', 'strict'],
  frameworks: HF_TRAINER_LIKE,
  references: [
    { title: 'transformers integrations/deepspeed.py HfTrainerDeepSpeedConfig (fill_match)', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/integrations/deepspeed.py' },
    { title: 'HF Transformers DeepSpeed integration: shared configuration and "auto" values', url: 'https://huggingface.co/docs/transformers/main/en/deepspeed#deepspeed-and-trainer-parameter-summary' },
  ],
  check(ctx) {
    const inline = deepspeedConfigs(ctx).filter((ds) => ds.holder);
    const related = (ctx.related ?? []).filter((rel) => rel.kind === 'deepspeed');
    for (const scope of hfArgumentsScopes(ctx)) {
      // The DeepSpeed configs this scope's own `deepspeed:` key names, inline or in a file.
      const inScope = (holder: Field): boolean => holder.container === scope.map;
      const configs: ScopeConfig[] = inline
        .filter((ds) => inScope(ds.holder!))
        .map((ds) => ({ ds }));
      for (const rel of related) {
        const root = rootMap(rel.fields);
        if (root && inScope(rel.reference)) configs.push({ ds: { root, fields: rel.fields, holder: rel.reference }, file: rel.filePath, lines: rel.lines });
      }
      if (configs.length > 0) checkScope(ctx, scope, configs);
    }
  },
});

function checkScope(ctx: RuleContext<object>, scope: HfArgumentsScope, configs: ScopeConfig[]): void {
  const hf = hfValues(ctx, scope);
  for (const { ds, file, lines } of configs) {
    const where = (f: Field): string => (file && lines ? `\`${file}\` line ${lines.positionAt(f.value.range[0]).line}` : '');
    const compare = (dsPath: string[], hfSide: Side | undefined): void => {
      const f = dsField(ds, ...dsPath);
      if (!f || !hfSide || isPlaceholder(f) || hfSide.value === undefined) return;
      const dsValue = read(f.value);
      if (dsValue === undefined || same(dsValue, hfSide.value)) return;
      report(ctx, ds, f, dsPath, dsValue, hfSide, where(f), file);
    };
    compare(['train_micro_batch_size_per_gpu'], hf.micro);
    compare(['gradient_accumulation_steps'], hf.accumulation);
    compare(['gradient_clipping'], hf.clip);
    compare(['optimizer', 'params', 'lr'], hf.lr);
    compare(['optimizer', 'params', 'betas'], hf.betas);
    compare(['optimizer', 'params', 'eps'], hf.eps);
    compare(['optimizer', 'params', 'weight_decay'], hf.weightDecay);
    compare(['scheduler', 'params', 'warmup_max_lr'], hf.lr);
    compare(['scheduler', 'params', 'warmup_num_steps'], hf.warmup);
    compare(['scheduler', 'params', 'total_num_steps'], hf.totalSteps);
    compare(['fp16', 'enabled'], hf.fp16);
    compare(['bf16', 'enabled'], hf.bf16);
    // train_batch_size = world size × micro batch × accumulation: exact with a known world size,
    // otherwise only "no number of GPUs fits".
    const tbs = dsField(ds, 'train_batch_size');
    const t = tbs && !isPlaceholder(tbs) ? num(tbs) : undefined;
    const m = hf.micro?.value;
    const a = hf.accumulation?.value;
    if (tbs && t !== undefined && typeof m === 'number' && typeof a === 'number' && m > 0 && a > 0) {
      const perStep = m * a;
      const world = ctx.worldSize;
      const bad = world !== undefined ? t !== perStep * world : t % perStep !== 0;
      if (bad) {
        const side = { value: world !== undefined ? perStep * world : perStep, field: hf.micro?.field, text: `${hf.micro!.text} × ${hf.accumulation!.text}${world !== undefined ? ` × world size ${formatNumber(world)}` : ' × the number of GPUs'}` };
        const message = world !== undefined ? undefined : `DeepSpeed \`train_batch_size\` ${formatNumber(t)} is not a multiple of the Trainer's per-GPU batch ${formatNumber(perStep)}, so no number of GPUs matches it.`;
        report(ctx, ds, tbs, ['train_batch_size'], t, side, where(tbs), file, message);
      }
    }
  }
}

interface HfValues {
  micro?: Side;
  accumulation?: Side;
  clip?: Side;
  lr?: Side;
  betas?: Side;
  eps?: Side;
  weightDecay?: Side;
  warmup?: Side;
  totalSteps?: Side;
  fp16?: Side;
  bf16?: Side;
}

function hfValues(ctx: RuleContext<object>, scope: HfArgumentsScope): HfValues {
  // HF's defaults stand for unset keys only at an HF file's top level (see the note at the top).
  const defaults = !scope.nested && hfDefaultsApply(ctx);
  // Scripts that build TrainingArguments keyword by keyword may set an argument from another key or from code
  // (`learning_rate=opt.lr`): its default is then not HF's value.
  const passedFromElsewhere = (names: readonly string[]): boolean => hfArgumentsBuiltByName(ctx)?.names.some((n) => names.includes(n)) === true;
  // A key the scripts never pass to TrainingArguments (they build it keyword by keyword) leaves HF's value at its default.
  const topField = (...names: string[]): Field | undefined => {
    const f = fieldIn(ctx.fields, scope.map, ...names);
    return f && reachesHfArguments(ctx, f) ? f : undefined;
  };
  const axolotl = usesAxolotl(ctx);
  const side = (names: string[], key: HfDefaultKey | undefined, kind: 'number' | 'boolean' = 'number'): Side | undefined => {
    const f = topField(...names);
    if (f) {
      if (isPlaceholder(f)) return undefined;
      // `bf16: 1` (CFGPT's YAML) reaches TrainingArguments as the integer 1, which HF's `bf16 or bf16_full_eval` keeps and
      // DeepSpeed's `enabled != 1` compares as Python does (see `same`): a number stands for a flag as it is.
      const v = kind === 'number' ? num(f) : bool(f) ?? num(f);
      return v === undefined ? undefined : { value: v, field: f, text: `${fieldName(f)} (${show(v)})` };
    }
    if (!defaults || key === undefined || passedFromElsewhere(names)) return undefined;
    return { value: HF_DEFAULTS[key], text: `\`${names[0]}\` (default ${show(HF_DEFAULTS[key])})` };
  };
  const beta1 = side(['adam_beta1'], 'adam_beta1');
  const beta2 = side(['adam_beta2'], 'adam_beta2');
  const betas = beta1 && beta2 && (beta1.field || beta2.field) ? { value: [beta1.value, beta2.value], field: beta1.field ?? beta2.field, text: `${beta1.text} and ${beta2.text}` } : undefined;
  const either = (a: Side | undefined, b: Side | undefined): Side | undefined => {
    if (!a && !b) return undefined;
    if (a?.value === true) return a;
    if (b?.value === true) return b;
    return a ?? b;
  };
  // HF compares `fp16.enabled` with `fp16 or fp16_full_eval` (and likewise for bf16).
  // A flag written so that it cannot be read (a placeholder, a word) leaves `flag or flag_full_eval` unknown: the other's
  // default says nothing of it.
  const flag = (name: 'fp16' | 'bf16'): Side | undefined => {
    const own = side([name], name, 'boolean');
    return topField(name) && !own ? undefined : either(own, side([`${name}_full_eval`], `${name}_full_eval`, 'boolean'));
  };
  const fp16 = flag('fp16');
  const bf16 = flag('bf16');
  // Warmup: HF uses `warmup_steps` when it is a step count; a ratio is resolved at run time.
  const warmupField = topField('warmup_steps');
  const ratio = topField('warmup_ratio');
  const w = num(warmupField);
  const warmup = warmupField && w !== undefined && w >= 1 ? { value: w, field: warmupField, text: `${fieldName(warmupField)} (${show(w)})` } : !warmupField && !ratio && defaults && !passedFromElsewhere(['warmup_steps', 'warmup_ratio']) ? { value: 0, text: '`warmup_steps` (default 0)' } : undefined;
  const maxSteps = topField('max_steps');
  const ms = num(maxSteps);
  const totalSteps = maxSteps && ms !== undefined && ms > 0 ? { value: ms, field: maxSteps, text: `${fieldName(maxSteps)} (${show(ms)})` } : undefined;
  return {
    micro: side(axolotl ? ['micro_batch_size'] : ['per_device_train_batch_size'], 'per_device_train_batch_size'),
    accumulation: side(['gradient_accumulation_steps'], axolotl ? undefined : 'gradient_accumulation_steps'),
    clip: side(['max_grad_norm'], 'max_grad_norm'),
    lr: side(['learning_rate'], 'learning_rate'),
    betas,
    eps: side(['adam_epsilon'], 'adam_epsilon'),
    weightDecay: side(['weight_decay'], 'weight_decay'),
    warmup,
    totalSteps,
    fp16,
    bf16,
  };
}

function read(node: ConfigNode): unknown {
  if (specialKind(node)) return undefined;
  if (node.kind === 'seq') {
    const items = node.items.map((n) => numberValue(n));
    return items.every((x) => x !== undefined) ? items : undefined;
  }
  if (node.kind !== 'scalar') return undefined;
  if (typeof node.value === 'boolean') return node.value;
  return numberValue(node) ?? booleanValue(node);
}

/** Python's `!=` as HF applies it: 1 == 1.0 == True, lists element-wise. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  const n = (x: unknown): unknown => (typeof x === 'boolean' ? Number(x) : x);
  return n(a) === n(b);
}

function show(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'number') return formatNumber(v);
  return String(v);
}

function report(ctx: RuleContext<object>, ds: DeepSpeedConfig, dsF: Field, dsPath: string[], dsValue: unknown, hf: Side, where: string, file: string | undefined, message?: string): void {
  const dsName = `\`${dsPath.join('.')}\``;
  // Land where the disagreement is written in this file: the inline DeepSpeed value, else the HF value, else the reference.
  const inline = !file;
  const at = inline ? dsF : hf.field ?? ds.holder!;
  const dsText = file ? `${dsName} in \`${file}\`` : `DeepSpeed ${fieldName(dsF)}`;
  ctx.report({
    field: at,
    message: message ?? `DeepSpeed ${dsName} is ${show(dsValue)} but the ${ctx.scripts?.deepspeedWithoutHfTrainer !== undefined ? "arguments'" : "Trainer's"} value is ${show(hf.value)}.`,
    explanation: ctx.scripts?.deepspeedWithoutHfTrainer !== undefined
      // LOMO's own trainer passes the file to `deepspeed.initialize`: HF's comparison never runs, and each side is used
      // where it is read, DeepSpeed's by the engine, the argument by whatever the project's code does with it.
      ? `${dsText}${where ? ` (${where})` : ''} is ${show(dsValue)}, and the arguments set it from ${hf.text}. HF's Trainer would refuse to train on this; here ${ctx.scripts.deepspeedWithoutHfTrainer}, so nothing compares the two: DeepSpeed's engine runs with its own value, and the argument applies only where the project's code reads it. ` +
        `Make the two values equal, so that the run does what both files say.`
      : `${dsText}${where ? ` (${where})` : ''} is ${show(dsValue)}, and the Trainer sets it from ${hf.text}. HF fills DeepSpeed's "auto" values from TrainingArguments and refuses to train when a concrete value disagrees ("Please correct the following DeepSpeed config values that mismatch TrainingArguments values"). ` +
        `Set ${dsName} to "auto" so it follows the Trainer (the usual fix), or make the two values equal.`,
  });
}
