/**
 * Whether a file found while walking a project is a training config worth checking. A file the user
 * names is always checked; a discovered one only when it sets at least two distinct hyperparameter
 * concepts (or holds learned parameters), so package.json, tsconfig.json and CI workflows are left alone.
 */
import { hyperparameterConceptOfName, type Field } from './classify.js';
import { hasWandbSweepKeys } from '../model/wandb-sweep.js';

export function looksLikeTrainingConfig(fields: readonly Field[], frameworks: readonly { readonly id: string }[] = []): boolean {
  // A DeepSpeed config is one whatever it sets: a file with only `zero_optimization` is passed to the engine
  // beside the training arguments, and its stage, offload and precision settings are what the DeepSpeed rules check.
  // So is an Accelerate launcher config: `accelerate launch --config_file` reads its `distributed_type` and precision,
  // which PyYAML can turn into a boolean (`distributed_type: NO`).
  if (frameworks.some((f) => f.id === 'deepspeed' || f.id === 'accelerate')) return true;
  if (sweepsAHyperparameter(fields)) return true;
  const concepts = new Set<string>();
  let learningRates = 0;
  for (const f of fields) {
    if (f.kind === 'learned-parameter') return true;
    if (f.kind === 'hyperparameter' && f.concept) {
      concepts.add(f.concept);
      if (concepts.size >= 2) return true;
      // Two learning rates are a training run's (an RL config's `lr` and `critic_lr`, a GAN's generator and
      // discriminator rates), even with nothing else the vocabulary knows beside them.
      if (f.concept === 'learning-rate' && ++learningRates >= 2) return true;
    }
  }
  return false;
}

/**
 * A W&B sweep (`method` or `program` beside `parameters`) searches a training run, so one hyperparameter among its
 * `parameters` is enough: AkuSax's sweep of `lr` alone, `min: 1e-5` and `max: 5e-4`, whose bounds the sweep
 * controller compares as PyYAML read them.
 */
function sweepsAHyperparameter(fields: readonly Field[]): boolean {
  const top = new Map(fields.filter((f) => f.path.length === 1).map((f) => [f.name, f]));
  if (!hasWandbSweepKeys((key) => top.has(key)) || top.get('parameters')?.value.kind !== 'map') return false;
  return fields.some((f) => f.kind === 'hyperparameter' && f.concept !== undefined && f.path[0] === 'parameters' && f.path.length === 2);
}

const NAMES = /^[\s"'-]*(?:learning_rate|lr|base_lr|batch_size|micro_batch_size|per_device_train_batch_size|train_batch_size|train_micro_batch_size_per_gpu|epochs|num_epochs|num_train_epochs|max_epochs|max_steps|max_iters|warmup_steps|warmup_ratio|warmup_iters|optimizer|optim|lr_scheduler|lr_scheduler_type|scheduler|weight_decay|dropout|momentum|gradient_accumulation_steps|betas|adam_beta1|adam_beta2|BASE_LR|IMS_PER_BATCH|MAX_ITER)["']?\s*[:=]/gm;

/** DeepSpeed's own block, as a key: a broken `zero2.json` is still a DeepSpeed config. */
const DEEPSPEED_MARKER = /^[ \t]*["']?zero_optimization["']?[ \t]*[:=]/m;

/** A key at the start of a line: YAML `key:`, TOML `key =`, JSON `"key":`. */
const KEY = /^[ \t-]*["']?([A-Za-z_][\w.-]*)["']?[ \t]*[:=]/gm;

/**
 * For files that do not parse: do the key names alone say "training config"? The common names first; then every
 * key through the concept vocabulary, so a broken Hydra experiment whose rate is `lr: ${optimizer.lr}` beside
 * `resid_dropout` and `embed_dropout` (safari's `pile/hyena.yaml`) still counts.
 */
export function textMentionsHyperparameters(text: string): boolean {
  if (DEEPSPEED_MARKER.test(text)) return true;
  const found = new Set<string>();
  for (const m of text.matchAll(NAMES)) {
    found.add(m[0].replace(/[\s"':=-]/g, '').toLowerCase());
    if (found.size >= 2) return true;
  }
  const concepts = new Set<string>();
  for (const m of text.matchAll(KEY)) {
    const concept = hyperparameterConceptOfName(m[1]);
    if (concept) concepts.add(concept);
    if (concepts.size >= 2) return true;
  }
  return false;
}
