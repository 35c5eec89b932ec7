/**
 * Another name of a key's setting that the project's code reads through the key's section (see rules/misnamed-key.ts):
 * shared with unread-key, which leaves such a key to misnamed-key's finding and its rename.
 */
import { siblingOf } from './field-index.js';
import { readSection } from './read-section.js';
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

export interface OtherName {
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

/** Whether the field, or a section around it, sits in a block built into a class (`_target_`, `class_path`), which takes its keys. */
export function builtIntoClass(field: Field, fields: readonly Field[]): boolean {
  for (let at: Field | undefined = field; at !== undefined; at = at.parent) if (siblingOf(fields, at, ...CLASS_KEYS)) return true;
  return false;
}
