import { UNREAD_KEY_REFERENCES, ownCodeVocabulary } from '../rule-kit/project-code.js';
import { defineRule, type Fix } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { replaceScalar } from '../rule-kit/edits.js';
import { siblingOf } from '../rule-kit/field-index.js';
import { readSection } from '../rule-kit/read-section.js';
import type { CodeVocabulary } from '../model/training-run.js';
import type { Field } from '../classify/classify.js';

/**
 * Names that mean the same setting in every program that uses them: a project reads one of them and a config written
 * for another program, or from memory, holds another. Names with a second meaning stay out (`epoch` is also the current
 * epoch, `batch` a batch, `max_norm` an embedding's bound, `num_steps` a rollout's length, `gamma` anything).
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['lr', 'learning_rate', 'learningrate'],
  ['wd', 'weight_decay', 'weightdecay'],
  ['epochs', 'num_epochs', 'n_epochs', 'nb_epochs', 'max_epochs', 'num_epoch', 'total_epochs', 'epoch_num', 'n_epoch', 'nepochs', 'num_train_epochs', 'train_epochs'],
  ['batch_size', 'bs', 'batchsize'],
  ['dropout', 'dropout_rate', 'drop_rate', 'dropout_prob', 'dropout_p', 'p_dropout'],
  ['grad_clip', 'clip_grad', 'max_grad_norm', 'gradient_clip_val', 'clip_grad_norm', 'grad_clip_norm', 'clip_norm', 'grad_norm_clip', 'gradient_clipping'],
  ['num_workers', 'workers', 'n_workers', 'num_worker'],
  ['warmup_steps', 'num_warmup_steps', 'warmup_iters', 'n_warmup_steps', 'warmup_iterations'],
  ['warmup_epochs', 'num_warmup_epochs', 'warmup_epoch', 'n_warmup_epochs'],
  ['label_smoothing', 'label_smoothing_factor', 'label_smooth'],
  ['seed', 'random_seed', 'rand_seed', 'manual_seed'],
  ['max_steps', 'total_steps', 'num_train_steps', 'train_steps', 'max_iters', 'max_iter', 'num_iters', 'total_iters', 'n_iters', 'num_iterations', 'max_iterations', 'total_iterations'],
  ['eps', 'epsilon', 'adam_eps', 'adam_epsilon'],
  ['gradient_accumulation_steps', 'grad_accum_steps', 'accumulate_grad_batches', 'grad_accum', 'accum_steps', 'accum_iter', 'gradient_accumulation', 'accumulation_steps'],
  ['min_lr', 'lr_min', 'minimum_lr', 'eta_min'],
  ['num_layers', 'n_layers', 'nlayers', 'num_layer', 'n_layer', 'layer_num', 'num_hidden_layers'],
  ['num_heads', 'n_heads', 'nheads', 'num_head', 'n_head', 'head_num', 'num_attention_heads'],
  ['embed_dim', 'embedding_dim', 'emb_dim', 'embedding_size', 'embed_size', 'emb_size'],
];

const GROUP = new Map<string, readonly string[]>();
for (const group of SYNONYMS) for (const name of group) GROUP.set(name, group);

/** Keys that hand a section to a class built from it (Hydra's `instantiate`, LightningCLI): the class takes its keys. */
export const CLASS_KEYS = ['_target_', 'class_path', '_component_'];

/**
 * A setting written under a name the project's code never reads, while the code reads the same setting under another
 * name in that section: nhtlongcs/liveness-detection's configs write `trainer: {lr: 0.0004}` and its models read
 * `self.cfg.get("trainer", {}).get("learning_rate", 1e-3)`, so every run trains at 1e-3. YAML and a dictionary take any
 * key, and the program's default stands in for the value written.
 *
 * Only where the project's whole Python code was read, in a file no framework reads, for names that mean one setting
 * wherever they are used (SYNONYMS). The key is named nowhere in the code (not as an attribute, a quoted key or a
 * declared field), its section is neither handed on whole (`**cfg.trainer`, `build(cfg.trainer)`) nor gone through
 * entry by entry, and the other name is read through that section (`.trainer.learning_rate`, `["trainer"]["learning_rate"]`).
 */
export default defineRule({
  id: 'misnamed-key',
  severity: 'warn',
  category: 'consistency',
  description: "Flag a setting the project's code never reads when it reads the same setting under another name in that section",
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  references: UNREAD_KEY_REFERENCES,
  check(ctx) {
    const vocabulary = ownCodeVocabulary(ctx);
    if (vocabulary === undefined) return;
    for (const field of ctx.fields) {
      const read = otherNameRead(field, vocabulary, ctx.fields, ctx.packagePath);
      if (read === undefined) continue;
      const rename: Fix = { description: `Rename to \`${read.name}\``, edits: [replaceScalar(field.key, read.name)] };
      ctx.report({
        field,
        on: 'key',
        message: `No script of the project reads \`${field.name}\`; the code reads this setting as \`${read.section}.${read.name}\`.`,
        explanation:
          `${fieldName(field)}${field.parent === undefined ? ` (under \`${ctx.packagePath}\`, where the composing config puts this file's keys)` : ''} is named nowhere in the project's Python code, while ${read.script} reads \`${read.section}.${read.name}\`, another name for the same setting. ` +
          'A YAML or JSON file and the dictionary it loads into take any key: the program asks for the name it knows and gets its default (or a KeyError), so the value written here never reaches training. ' +
          `Rename the key to \`${read.name}\`; if another program reads this file, tell mlconfig with an inline \`mlconfig-disable-next-line misnamed-key\` comment.`,
        suggestions: [rename],
      });
    }
  },
});

interface OtherName {
  readonly section: string;
  readonly name: string;
  readonly script: string;
}

/** The other name of `field`'s setting that the code reads through its section, when the code never names the key. */
export function otherNameRead(field: Field, vocabulary: CodeVocabulary, fields: readonly Field[], packagePath: string | undefined): OtherName | undefined {
  const section = readSection(field, packagePath);
  if (section === undefined || field.value.kind === 'map' || field.value.kind === 'seq') return undefined;
  const key = field.name.toLowerCase();
  const group = GROUP.get(key);
  if (group === undefined || vocabulary.names.has(key)) return undefined;
  const sectionName = section.name.toLowerCase();
  // Attributes are read as written: `pl.Trainer(...)` builds a class and hands on no `trainer` section.
  if (vocabulary.wholeUses.has(section.name) || vocabulary.iterated.has(sectionName)) return undefined;
  if (siblingOf(fields, field, ...CLASS_KEYS)) return undefined;
  let found: OtherName | undefined;
  for (const other of group) {
    if (other === key || siblingOf(fields, field, other)) continue;
    const read = vocabulary.sectionReads.get(`${sectionName}.${other}`);
    if (read === undefined) continue;
    // Two other names read in the section: which one the key stands for is not known.
    if (found !== undefined) return undefined;
    const [sectionAsRead, nameAsRead] = read.name.split('.') as [string, string];
    found = { section: sectionAsRead, name: nameAsRead, script: read.script };
  }
  return found;
}
