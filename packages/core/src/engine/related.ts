/**
 * Files a config names whose contents decide its findings: an HF Trainer, TRL or axolotl YAML (or a nested block of
 * `TrainingArguments` fields) that points at a DeepSpeed JSON with `deepspeed: ds_config.json` (HF fills the JSON's
 * `"auto"` values from the YAML and refuses values that disagree), and an Accelerate config whose `deepspeed_config.deepspeed_config_file` names one (its ZeRO stage
 * decides what `zero3_init_flag` does). Core never touches the file system: the front-end passes a `readRelated`
 * callback (the CLI reads the file from disk), and core parses and analyses what it returns. A reference that cannot be
 * read or parsed is simply left out; the referenced file gets its own diagnostics when it is linted itself.
 */
import type { Field } from '../classify/classify.js';
import { formatFromPath } from '../parse/index.js';
import { HF_TRAINER_LIKE } from '../model/frameworks.js';
import type { RelatedDocument } from '../rule-kit/types.js';
import { analyze, type Analysis } from './analyze.js';
import { isHfArgumentsBlock } from '../rule-kit/hf-arguments-block.js';

export interface RelatedText {
  readonly text: string;
  /** The resolved path, for messages. */
  readonly filePath?: string;
}

/**
 * Reads a file a config refers to. `reference` is the path as written in the config; `fromPath` is
 * the linted file's path as the front-end gave it. Returns undefined when the file cannot be read.
 */
export type ReadRelated = (reference: string, fromPath: string | undefined) => RelatedText | undefined;

/** The references in `analysis` worth reading, with the field that names each. */
export function relatedReferences(analysis: Analysis): { readonly kind: RelatedDocument['kind']; readonly field: Field; readonly reference: string }[] {
  const hf = analysis.frameworks.some((f) => HF_TRAINER_LIKE.includes(f.id));
  const accelerate = analysis.frameworks.some((f) => f.id === 'accelerate');
  const out: { kind: RelatedDocument['kind']; field: Field; reference: string }[] = [];
  for (const f of analysis.fields) {
    if (f.documentIndex !== 0) continue;
    // HF's `deepspeed:` at the top of an HF file, or in a nested block a program hands to `TrainingArguments` whole.
    const hfReference = f.normalized === 'deepspeed' && (f.path.length === 1 ? hf : f.parent !== undefined && isHfArgumentsBlock(f.container));
    // Accelerate's `deepspeed_config: {deepspeed_config_file: zero2.json}`: the DeepSpeed config `accelerate launch` hands on.
    const accelerateReference = accelerate && f.path.length === 2 && f.normalized === 'deepspeed_config_file' && f.parent?.normalized === 'deepspeed_config';
    if (!hfReference && !accelerateReference) continue;
    if (f.value.kind !== 'scalar' || typeof f.value.value !== 'string') continue;
    const reference = f.value.value.trim();
    // HF also accepts a JSON string on the command line; only file names are read here.
    if (reference === '' || reference.startsWith('{') || !/\.json5?$|\.hjson$/i.test(reference)) continue;
    out.push({ kind: 'deepspeed', field: f, reference });
  }
  return out;
}

/** Reads and analyses the files `analysis` refers to. Never throws. */
export function loadRelated(analysis: Analysis, read: ReadRelated, fromPath: string | undefined): RelatedDocument[] {
  const out: RelatedDocument[] = [];
  for (const ref of relatedReferences(analysis)) {
    let got: RelatedText | undefined;
    try {
      got = read(ref.reference, fromPath);
    } catch {
      got = undefined;
    }
    if (!got) continue;
    const filePath = got.filePath ?? ref.reference;
    const result = analyze(got.text, { format: formatFromPath(filePath) === 'jsonc' ? 'jsonc' : 'json', filePath, frameworks: ['deepspeed'] });
    if (!result.analysis) continue;
    out.push({ kind: ref.kind, reference: ref.field, filePath, doc: result.analysis.document, fields: result.analysis.fields, lines: result.analysis.lines });
  }
  return out;
}
