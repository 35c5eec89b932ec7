/**
 * Small helpers shared by rules: naming fields in messages, formatting numbers, and the framework
 * groups several rules care about.
 */
import type { Field } from '../classify/classify.js';
import { toDotted } from '../document/pointer.js';
import { HF_TRAINER_LIKE } from '../model/frameworks.js';
import type { RuleContext } from './types.js';

/** `optimizer.lr` in backticks, for messages. */
export function fieldName(field: Field): string {
  return '`' + toDotted(field.path) + '`';
}

/** A number as people write it in configs (0.0001, 3e-7, 1000). */
export function formatNumber(n: number): string {
  // As Python prints them (`float('inf')` is `inf`), which is how the programs that read these files show them.
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  const abs = Math.abs(n);
  // Past 1e21 JavaScript writes an integer as `1e+21`; it gets the exponent form below instead.
  if (Number.isInteger(n) && abs < 1e21) return String(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e6)) return n.toExponential().replace(/\.?0+e/, 'e').replace('e+', 'e');
  return String(Number(n.toPrecision(6)));
}

export { HF_TRAINER_LIKE };

export function usesHfTrainer(ctx: RuleContext<object>): boolean {
  return HF_TRAINER_LIKE.some((id) => ctx.hasFramework(id));
}

/** Fields of a concept whose value is meant as a number (placeholders and search spaces excluded). */
export function numericFields(ctx: RuleContext<object>, concepts: readonly string[]): Field[] {
  return ctx.fields.filter((f) => f.concept !== undefined && concepts.includes(f.concept) && f.kind === 'hyperparameter' && (f.shape === 'number' || f.shape === 'numeric-string') && !inSearchSpace(f));
}

const SEARCH = /^(?:hyperopt|sweep|sweeper|sweeps|search_space|param_space|tune|tuner|optuna|hparams_search|search)$/i;

/** Whether the field sits inside a hyperparameter search space, where values are bounds, not settings. */
export function inSearchSpace(field: Field): boolean {
  for (let p = field.parent; p; p = p.parent) if (SEARCH.test(p.normalized)) return true;
  return false;
}

/**
 * A mapping that names the run's basics its own way (`lr`, `epochs`, `batch_size`: names HF TrainingArguments does
 * not take) is not handed to TrainingArguments whole: a script maps it field by field and sets what the file leaves
 * out itself (Wav2Vec-Wrapper's `TrainingArguments(learning_rate=config['lr'], evaluation_strategy="epoch",
 * metric_for_best_model="eval_loss", ...)`), so TrainingArguments' defaults say nothing of its run.
 */
export function mappedByScript(fields: readonly Field[], container: Field['container']): boolean {
  return fields.some((f) => f.container === container && OWN_NAMES.has(f.normalized));
}

// `train_batch_size`/`eval_batch_size` are TrainingArguments' read-only properties, not fields: HfArgumentParser refuses
// them, so a file that writes them (KoELECTRA's JSON, read into an AttrDict) belongs to the script's own arguments.
const OWN_NAMES: ReadonlySet<string> = new Set(['lr', 'epochs', 'batch_size', 'num_epochs', 'max_epochs', 'train_batch_size', 'eval_batch_size']);
