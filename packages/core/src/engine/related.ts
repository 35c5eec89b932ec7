/**
 * Files a config names whose contents decide its findings: an HF Trainer, TRL or axolotl YAML (or a nested block of
 * `TrainingArguments` fields) that points at a DeepSpeed JSON with `deepspeed: ds_config.json` (HF fills the JSON's
 * `"auto"` values from the YAML and refuses values that disagree), an Accelerate config whose `deepspeed_config.deepspeed_config_file` names one (its ZeRO stage
 * decides what `zero3_init_flag` does), and the `_BASE_` chain of a detectron2 config that sets `SOLVER.MAX_ITER` or
 * `SOLVER.STEPS` (the warmup and the other of the two come from the bases when the file does not set them). Core never touches the file system:
 * the front-end passes a `readRelated` callback (the CLI reads the file from disk), and core parses and analyses what it
 * returns. A reference that cannot be read or parsed is simply left out; the referenced file gets its own diagnostics
 * when it is linted itself.
 */
import type { Field } from '../classify/classify.js';
import { formatFromPath } from '../parse/index.js';
import { HF_TRAINER_LIKE } from '../model/frameworks.js';
import type { RelatedDocument } from '../rule-kit/types.js';
import { analyze, type Analysis } from './analyze.js';
import { isHfArgumentsBlock } from '../rule-kit/hf-arguments-block.js';
import { baseField, baseReference } from '../rule-kit/base-chain.js';
import { childOf, topField } from '../rule-kit/field-index.js';

export interface RelatedText {
  readonly text: string;
  /** The resolved path, for messages. */
  readonly filePath?: string;
}

/** How a reference is resolved: detectron2 reads `_BASE_` relative to the config's folder and nowhere else. */
export interface ReadRelatedOptions {
  readonly besideOnly?: boolean;
}

/**
 * Reads a file a config refers to. `reference` is the path as written in the config (for a `_BASE_` chain, the path
 * from the linted file's folder); `fromPath` is the linted file's path as the front-end gave it. Returns undefined when
 * the file cannot be read.
 */
export type ReadRelated = (reference: string, fromPath: string | undefined, options?: ReadRelatedOptions) => RelatedText | undefined;

/** The references in `analysis` worth reading, with the field that names each. */
export function relatedReferences(analysis: Analysis): { readonly kind: RelatedDocument['kind']; readonly field: Field; readonly reference: string }[] {
  const hf = analysis.frameworks.some((f) => HF_TRAINER_LIKE.includes(f.id));
  const accelerate = analysis.frameworks.some((f) => f.id === 'accelerate');
  const out: { kind: RelatedDocument['kind']; field: Field; reference: string }[] = [];
  for (const f of analysis.fields) {
    if (f.documentIndex !== 0) continue;
    // HF's `deepspeed:` at the top of an HF file, or in a nested block a program hands to `TrainingArguments` whole.
    const hfReference = f.normalized === 'deepspeed' && (f.path.length === 1 ? hf : f.parent !== undefined && isHfArgumentsBlock(analysis, f.container));
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
    const got = tryRead(read, ref.reference, fromPath);
    if (!got) continue;
    const filePath = got.filePath ?? ref.reference;
    const result = analyze(got.text, { format: formatFromPath(filePath) === 'jsonc' ? 'jsonc' : 'json', filePath, frameworks: ['deepspeed'] });
    if (!result.analysis) continue;
    out.push({ kind: ref.kind, reference: ref.field, filePath, doc: result.analysis.document, fields: result.analysis.fields, lines: result.analysis.lines });
  }
  out.push(...loadBaseChain(analysis, read, fromPath));
  return out;
}

function tryRead(read: ReadRelated, reference: string, fromPath: string | undefined, options?: ReadRelatedOptions): RelatedText | undefined {
  try {
    return read(reference, fromPath, options);
  } catch {
    return undefined;
  }
}

/** Links followed in a `_BASE_` chain; detectron2's own chains are one or two deep. */
export const MAX_BASE_CHAIN = 8;

/**
 * A detectron2 config's `_BASE_` files, nearest first, as far as they can be read: each is resolved against the folder
 * of the file that names it, as detectron2's `load_yaml_with_base` does. Read only for a file that sets
 * `SOLVER.MAX_ITER` or `SOLVER.STEPS`, the questions a base answers today (see rule-kit/base-chain.ts). The chain stops
 * at a link that cannot be read, a URL, a cycle or MAX_BASE_CHAIN links; what it stopped at shows in the last file's
 * own `_BASE_`.
 */
function loadBaseChain(analysis: Analysis, read: ReadRelated, fromPath: string | undefined): RelatedDocument[] {
  if (!analysis.frameworks.some((f) => f.id === 'detectron2')) return [];
  const start = baseField(analysis.fields);
  if (!start || !childOf(analysis.fields, topField(analysis.fields, 'solver'), 'max_iter', 'steps')) return [];
  const out: RelatedDocument[] = [];
  const seen = new Set<string>();
  let written = baseReference(start);
  let from = '';
  while (written !== undefined && out.length < MAX_BASE_CHAIN) {
    const reference = written.startsWith('/') ? written : joinPosix(from, written);
    const got = tryRead(read, reference, fromPath, { besideOnly: true });
    if (!got) break;
    const filePath = got.filePath ?? reference;
    if (seen.has(filePath)) break;
    seen.add(filePath);
    const result = analyze(got.text, { format: 'yaml', filePath, frameworks: ['detectron2'] });
    if (!result.analysis) break;
    out.push({ kind: 'base', reference: start, filePath, doc: result.analysis.document, fields: result.analysis.fields, lines: result.analysis.lines });
    const next = baseField(result.analysis.fields);
    written = next ? baseReference(next) : undefined;
    from = dirnamePosix(reference);
  }
  return out;
}

function dirnamePosix(path: string): string {
  const at = path.lastIndexOf('/');
  return at === -1 ? '' : path.slice(0, at);
}

/**
 * `from` + `/` + `path`, with `.` and `..` segments folded as far as they go (`../a` + `b.yaml` is `../b.yaml` from
 * `..`); an absolute `from` stays absolute.
 */
export function joinPosix(from: string, path: string): string {
  const absolute = from.startsWith('/');
  const out: string[] = [];
  for (const segment of `${from}/${path}`.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (segment !== '..' || !absolute) out.push(segment);
  }
  return (absolute ? '/' : '') + out.join('/');
}
