import { UNREAD_KEY_REFERENCES, ownCodeVocabulary } from '../rule-kit/project-code.js';
import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { entriesOf, siblingOf } from '../rule-kit/field-index.js';
import { readSection, readWithoutNaming, type ReadSection } from '../rule-kit/read-section.js';
import type { CodeVocabulary } from '../model/training-run.js';
import type { Field } from '../classify/classify.js';
// A key that misnamed-key or misspelled-key explains (the code reads it under another name) is theirs to report.
import { CLASS_KEYS, builtIntoClass, otherNameRead } from '../rule-kit/other-names.js';
import { intendedName } from '../rule-kit/misspelt-names.js';
import { referencedInFile } from '../rule-kit/referenced-in-file.js';

/** What a run is trained with: a setting written for these and never read changes the run the reader thinks of. */
const TRAINING_CONCEPTS = new Set([
  'learning-rate', 'min-learning-rate', 'momentum', 'betas', 'epsilon', 'gradient-clipping', 'lr-schedule', 'lr-decay',
  'warmup', 'epochs', 'max-steps', 'batch-size', 'micro-batch-size', 'global-batch-size', 'gradient-accumulation',
  'weight-decay', 'dropout', 'label-smoothing', 'ema', 'precision', 'seed', 'lora-rank', 'lora-alpha',
]);

/** Per vocabulary, how many keys the code reads through each section (lower-cased). */
const READS_PER_SECTION = new WeakMap<CodeVocabulary, Map<string, number>>();

/**
 * A training setting that no script of the project reads, in a section the code reads key by key:
 * haixinfeng6-source/rlhf-qwen3-baseline writes `training: {warmup_steps: 100, fp16: true}` and its training script
 * takes `training_config = config['training']` and reads nine other keys from it, none of them these, so the run has
 * no warmup and full precision whatever the file says.
 *
 * Only where the project's whole Python code was read, in a file no framework reads (Hydra aside), for settings of how
 * the run trains (learning rate, schedule, warmup, length, batch, decay, dropout, clipping, precision, seed, LoRA). The
 * key is named nowhere in the code; its section is read by name at least twice through that section
 * (`cfg.training.lr`, `cfg["training"]["epochs"]`, or a name holding the section, see section-aliases.ts), and neither
 * it nor a section around it is handed on whole, gone through entry by entry or built into a class, where a callee
 * could read the key without naming it. A value that changes nothing when dropped (`null`, `false`, empty) is left
 * alone, and so is a key beside one of the same kind, or one that extends its name, that the code reads (PathFormer's
 * `fp16: true` beside the `precision: 16` its trainer takes; mri_seg2D's `scheduler: cosine` beside the
 * `scheduler_T_max` its script hands to the `CosineAnnealingLR` it always builds).
 */
export default defineRule({
  id: 'unread-key',
  severity: 'warn',
  category: 'consistency',
  description: "Flag a training setting that the project's code never reads, in a section the code reads key by key",
  presets: ['recommended', 'strict'],
  references: UNREAD_KEY_REFERENCES,
  check(ctx) {
    const vocabulary = ownCodeVocabulary(ctx);
    if (vocabulary === undefined) return;
    // OmegaConf resolves `${…}` across the files it composes, and only where the project's code uses it: a file read as
    // OmegaConf's by a project that never names `omegaconf` or `hydra` is read by something that does not interpolate.
    const interpolating = ctx.loader.id === 'omegaconf' && (vocabulary.words.has('omegaconf') || vocabulary.words.has('hydra'));
    for (const field of ctx.fields) {
      const settings = unreadSection(field, vocabulary, ctx.fields, ctx.packagePath);
      if (settings !== undefined) {
        const listed = settings.map((g) => `\`${g.name}\``).join(', ');
        ctx.report({
          field,
          on: 'key',
          message: `No script of the project reads \`${field.name}\`; its settings (${listed}) do not reach training.`,
          explanation:
            `${fieldName(field)} is named nowhere in the project's Python code, which reads the keys beside it by name and never hands ${field.parent === undefined ? 'the file' : `\`${field.parent.name}\``} on whole; none of its training settings (${listed}) is read any other way. ` +
            'A YAML or JSON file and the dictionary it loads into keep any key, and nothing reads this section: the run trains with the program\'s own choices, or with the same settings written under another section, whatever this one says. ' +
            `Move the settings to the section the code reads (a script may read them as \`trainer\` or \`optim\`, for example), or delete the section so the file says what the run does; if another program reads this file, tell mlconfig with an inline \`mlconfig-disable-next-line unread-key\` comment.`,
        });
        continue;
      }
      const found = unread(field, vocabulary, ctx.fields, ctx.packagePath, interpolating);
      if (found === undefined) continue;
      const { section, elsewhere } = found;
      const mounted = field.parent === undefined ? ` (under \`${ctx.packagePath}\`, where the composing config puts this file's keys)` : '';
      if (elsewhere !== undefined) {
        ctx.report({
          field,
          on: 'key',
          message: `No script of the project reads \`${field.name}\` from \`${section.name}\`; the code reads \`${elsewhere.name}\` instead, so this setting does not reach training.`,
          explanation:
            `${fieldName(field)}${mounted} is never read through \`${section.name}\`: the project's Python code reads ${readsOf(vocabulary, section.name)} other keys of \`${section.name}\` by name and never hands the section on whole, and it takes \`${field.name}\` only as \`${elsewhere.name}\` (${elsewhere.script}). ` +
            `A YAML or JSON file and the dictionary it loads into keep any key: the run trains with the value the code finds at \`${elsewhere.name}\` (or its own default, where that is missing), whatever this one says. ` +
            `Write the value at \`${elsewhere.name}\`, or delete this key so the file says what the run does; if another program reads this file, tell mlconfig with an inline \`mlconfig-disable-next-line unread-key\` comment.`,
        });
        continue;
      }
      ctx.report({
        field,
        on: 'key',
        message: `No script of the project reads \`${field.name}\`; this setting does not reach training.`,
        explanation:
          `${fieldName(field)}${mounted} is named nowhere in the project's Python code, which reads ${readsOf(vocabulary, section.name)} other keys of \`${section.name}\` by name and never hands the section on whole. ` +
          'A YAML or JSON file and the dictionary it loads into keep any key, and nothing reads this one: the run trains with the program\'s own choice for this setting, whatever the file says. ' +
          `Make the code read it (for example \`${section.name}["${field.name}"]\` where the run is built), or delete the key so the file says what the run does; if another program reads this file, tell mlconfig with an inline \`mlconfig-disable-next-line unread-key\` comment.`,
      });
    }
  },
});

/** Where the code reads a setting it never reads through the key's own section: `optimizer.lr` for `training.lr`. */
interface ReadElsewhere {
  /** `section.setting` as the code writes it. */
  readonly name: string;
  readonly script: string;
}

function unread(field: Field, vocabulary: CodeVocabulary, fields: readonly Field[], packagePath: string | undefined, interpolating: boolean): { section: ReadSection; elsewhere?: ReadElsewhere } | undefined {
  const section = readSection(field, packagePath);
  if (section === undefined || field.value.kind === 'map' || field.concept === undefined || !TRAINING_CONCEPTS.has(field.concept)) return undefined;
  if (changesNothing(field)) return undefined;
  const key = field.name.toLowerCase();
  let elsewhere: ReadElsewhere | undefined;
  if (vocabulary.names.has(key) || vocabulary.names.has(key.replace(/-/g, '_'))) {
    // Named somewhere, but perhaps only through another section: snn-transparent-grasping's `cnn.yaml` writes
    // `training: {lr: 1.0e-4}` while its trainer reads `epochs` and `batch_size` from `training` and the rate from
    // `optimizer` (5e-5, from the base file merged under it).
    // In a file OmegaConf reads, the other section may take this very value from it by an interpolation written in
    // another file of the tree (Hydra's `optimizer/adam.yaml: {lr: ${training.lr}}`), which this file does not show.
    if (interpolating) return undefined;
    elsewhere = readOnlyElsewhere(vocabulary, section, key);
    if (elsewhere === undefined) return undefined;
  }
  if (readsOf(vocabulary, section.name) < 2) return undefined;
  // `lr: &lr 1e-3` copied to `optimizer.lr: *lr`, or `max_lr: ${training.lr}`: the value reaches whatever reads the copy.
  if (referencedInFile(field, fields)) return undefined;
  // `fp16: true` beside a `precision: 16` the code reads, `scheduler: cosine` beside a `scheduler_T_max` it hands to
  // `CosineAnnealingLR`: the setting reaches training through the other key.
  const extension = `${key}_`;
  if ([...entriesOf(fields, field.container).values()].some((g) => g !== field && (g.concept === field.concept || g.name.toLowerCase().startsWith(extension)) && vocabulary.names.has(g.name.toLowerCase()))) return undefined;
  if (readWithoutNaming(section.enclosing, vocabulary) || builtIntoClass(field, fields)) return undefined;
  return otherNameRead(field, vocabulary, fields, packagePath) === undefined && intendedName(field.name, vocabulary) === undefined ? { section, elsewhere } : undefined;
}

/**
 * The one read of this setting through a section other than the key's own and those around it, when the code never
 * reads it through its own: it then takes the value from there. Two such sections leave the setting's home unclear.
 */
function readOnlyElsewhere(vocabulary: CodeVocabulary, section: ReadSection, key: string): ReadElsewhere | undefined {
  const around = new Set(section.enclosing.map((name) => name.toLowerCase()));
  let found: ReadElsewhere | undefined;
  for (const [pair, read] of vocabulary.sectionReads) {
    const dot = pair.indexOf('.');
    if (pair.slice(dot + 1) !== key) continue;
    const other = pair.slice(0, dot);
    if (around.has(other)) return undefined;
    // `torch.cuda.amp`, `torch.optim.lr_scheduler`: a library's name, no section of a config.
    if (LIBRARY_NAMESPACES.has(other)) continue;
    if (found !== undefined) return undefined;
    found = read;
  }
  return found;
}

/** Modules and namespaces whose attributes share names with settings (`cuda.amp`, `random.seed`, `functional.dropout`). */
const LIBRARY_NAMESPACES: ReadonlySet<string> = new Set([
  'torch', 'nn', 'f', 'functional', 'cuda', 'amp', 'optim', 'lr_scheduler', 'init', 'distributed', 'dist', 'backends', 'cudnn',
  'np', 'numpy', 'random', 'math', 'os', 'path', 'sys', 'time', 'datetime', 'logging', 'scipy', 'special', 'linalg',
  'jax', 'jnp', 'lax', 'optax', 'tf', 'keras', 'layers', 'optimizers', 'schedules', 'callbacks', 'torchvision', 'transforms',
  'sklearn', 'wandb', 'pl', 'lightning', 'transformers', 'accelerate', 'deepspeed',
]);

/**
 * A whole section of training settings that the code never names, beside keys it reads by name: KonNik88's SimCLR
 * config writes `train: {epochs: 5, lr: 0.001, weight_decay: 0.0001, precision: 16-mixed}` while its script reads
 * `data`, `model` and `trainer` and takes the rate from `model`. Gives the section's training settings, or undefined.
 */
function unreadSection(field: Field, vocabulary: CodeVocabulary, fields: readonly Field[], packagePath: string | undefined): Field[] | undefined {
  // A program that takes a section by a name held in a variable (`cfg[args.lora_section]`) reads sections it never names.
  if (field.value.kind !== 'map' || vocabulary.dynamicKeys) return undefined;
  const key = field.name.toLowerCase();
  if (vocabulary.names.has(key) || vocabulary.wholeUses.has(field.name) || vocabulary.iterated.has(key)) return undefined;
  const settings = [...entriesOf(fields, field.value).values()].filter((g) => g.value.kind !== 'map' && g.concept !== undefined && TRAINING_CONCEPTS.has(g.concept) && !changesNothing(g));
  if (settings.length < 2 || siblingOf(fields, settings[0]!, ...CLASS_KEYS)) return undefined;
  // The keys beside the section are read by name: the code reads this level key by key, not as a whole.
  const around = readSection(field, packagePath);
  const beside = [...entriesOf(fields, field.container).values()].filter((g) => g !== field && vocabulary.names.has(g.name.toLowerCase()));
  if (around === undefined ? beside.length < 2 : readsOf(vocabulary, around.name) < 2) return undefined;
  if ((around !== undefined && readWithoutNaming(around.enclosing, vocabulary)) || builtIntoClass(field, fields)) return undefined;
  // A misspelt section name is misspelled-key's finding, with the rename.
  return intendedName(field.name, vocabulary) === undefined ? settings : undefined;
}

/** `null`, `false`, `""` and `[]`: dropping the key leaves the program where the value puts it, or near enough. */
function changesNothing(field: Field): boolean {
  const value = field.value;
  if (value.kind === 'seq') return value.items.length === 0;
  return value.kind === 'scalar' && (value.value === null || value.value === false || value.value === '');
}

/** How many keys the code reads through the section of this name. */
function readsOf(vocabulary: CodeVocabulary, section: string): number {
  let counts = READS_PER_SECTION.get(vocabulary);
  if (counts === undefined) {
    counts = new Map();
    for (const pair of vocabulary.sectionReads.keys()) {
      const name = pair.slice(0, pair.indexOf('.'));
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    READS_PER_SECTION.set(vocabulary, counts);
  }
  return counts.get(section.toLowerCase()) ?? 0;
}
