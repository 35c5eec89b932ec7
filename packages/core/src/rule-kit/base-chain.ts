/**
 * A detectron2 config's settings as its `_BASE_` chain leaves them: the first file, nearest first, that sets a key
 * decides it, and a key no file sets keeps detectron2's default (`config/defaults.py`). The chain is known only when every
 * link was read, or when the link that could not be read names one of the model zoo's own bases (`Base-RCNN-FPN.yaml`
 * and the others in detectron2's `configs/`), which set no warmup and name no base of their own: configs copied out of
 * detectron2's tree (`_BASE_: "../Base-RCNN-FPN.yaml"`) point at them.
 */
import type { Field } from '../classify/classify.js';
import type { ConfigNode } from '../document/types.js';
import type { RelatedDocument, RuleContext } from './types.js';
import { childOf, topField } from './field-index.js';

/** A file's top-level `_BASE_`. */
export function baseField(fields: readonly Field[]): Field | undefined {
  return fields.find((f) => f.documentIndex === 0 && f.path.length === 1 && f.path[0] === '_BASE_');
}

/** The path a `_BASE_` names, when it is a YAML file on disk (not a URL or a home-relative path). */
export function baseReference(field: Field): string | undefined {
  if (field.value.kind !== 'scalar' || typeof field.value.value !== 'string') return undefined;
  const written = field.value.value.trim();
  return /\.ya?ml$/i.test(written) && !written.includes('://') && !written.startsWith('~') ? written : undefined;
}

/**
 * The bases in detectron2's model zoo (`configs/Base-*.yaml`): none sets `SOLVER.WARMUP_ITERS` or names a base, and each
 * trains for `MAX_ITER: 90000` with `STEPS: (60000, 80000)` (MODEL_ZOO_SOLVER).
 */
const MODEL_ZOO_BASES: ReadonlySet<string> = new Set(['base-rcnn-fpn.yaml', 'base-rcnn-c4.yaml', 'base-rcnn-dilatedc5.yaml', 'base-retinanet.yaml']);

/** detectron2's `_C.SOLVER.WARMUP_ITERS`. */
export const DETECTRON2_DEFAULT_WARMUP_ITERS = 1000;

/** `SOLVER` settings as detectron2's `config/defaults.py` writes them. */
const DETECTRON2_DEFAULT_SOLVER: Readonly<Record<string, string>> = { max_iter: '40000', steps: '(30000,)', lr_scheduler_name: 'WarmupMultiStepLR' };
/** The same as the model zoo's four `Base-*.yaml` files leave them: 90k iterations with drops at 60k and 80k. */
const MODEL_ZOO_SOLVER: Readonly<Record<string, string>> = { ...DETECTRON2_DEFAULT_SOLVER, max_iter: '90000', steps: '(60000, 80000)' };

/**
 * A `SOLVER` setting the linted file inherits, as written: from the nearest file of the chain that sets it, from the
 * model-zoo base the chain ends at, or from detectron2's defaults when the chain's root was read; undefined when the
 * chain leaves it unknown. `where` says which, for messages.
 */
export function inheritedSolverValue(chain: BaseChain, key: 'max_iter' | 'steps' | 'lr_scheduler_name'): { readonly value: ConfigNode | string; readonly where: string } | undefined {
  const set = inheritedSolverSetting(chain, key);
  if (set) return { value: set.field.value, where: `\`${set.file.filePath}\`` };
  if (!chain.complete) return undefined;
  if (chain.modelZooBase !== undefined) return { value: MODEL_ZOO_SOLVER[key]!, where: `the model zoo's \`${chain.modelZooBase}\`` };
  return { value: DETECTRON2_DEFAULT_SOLVER[key]!, where: "detectron2's defaults" };
}

export interface BaseChain {
  /** The files read, nearest first. */
  readonly files: readonly RelatedDocument[];
  /** Whether every file of the chain is known: read, or a model-zoo base. */
  readonly complete: boolean;
  /** The model-zoo base the chain ends at without reading it (`Base-RCNN-FPN.yaml`), if it does. */
  readonly modelZooBase?: string;
}

/** The linted file's `_BASE_` chain, or undefined when the file names no base. */
export function baseChain(ctx: RuleContext<object>): BaseChain | undefined {
  const start = baseField(ctx.fields);
  if (!start) return undefined;
  const files = (ctx.related ?? []).filter((r) => r.kind === 'base');
  const last = files.length > 0 ? baseField(files[files.length - 1]!.fields) : start;
  if (!last) return { files, complete: true };
  // The link that was not read: a model-zoo base is known; anything else, a URL or a cycle back to a file already read
  // leaves the chain open.
  const written = baseReference(last);
  const name = written === undefined ? undefined : fileName(written);
  const cycle = name !== undefined && files.some((f) => fileName(f.filePath) === name);
  return name !== undefined && !cycle && MODEL_ZOO_BASES.has(name) ? { files, complete: true, modelZooBase: written!.slice(written!.lastIndexOf('/') + 1) } : { files, complete: false };
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).toLowerCase();
}

/** The first file of the chain that sets `SOLVER.<key>`, and the field there. */
export function inheritedSolverSetting(chain: BaseChain, key: string): { readonly file: RelatedDocument; readonly field: Field } | undefined {
  for (const file of chain.files) {
    const field = childOf(file.fields, topField(file.fields, 'solver'), key);
    if (field) return { file, field };
  }
  return undefined;
}
