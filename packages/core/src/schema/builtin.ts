/**
 * mlconfig's own schemas (the files in `schemas/`) and which framework each one describes. Core
 * only names them; a front-end's `SchemaLoader` reads and compiles them.
 */
import type { DetectedFramework, FrameworkId } from '../model/frameworks.js';

/** Built-in schema references are written `mlconfig:<name>` (in settings too). */
export const BUILTIN_SCHEMA_PREFIX = 'mlconfig:';

/** Every schema in `schemas/`, by name; the file is `schemas/<name>.schema.json`. */
export const BUILTIN_SCHEMA_NAMES = [
  'axolotl',
  'deepspeed',
  'hf-training-arguments',
  'lightning',
  'litgpt',
  'ludwig',
  'settings',
  'torchtitan',
  'training-config',
] as const;
export type BuiltinSchemaName = (typeof BUILTIN_SCHEMA_NAMES)[number];

/** The schema that describes a framework's config file, for the frameworks that have one. */
export const FRAMEWORK_SCHEMAS: Readonly<Partial<Record<FrameworkId, BuiltinSchemaName>>> = {
  axolotl: 'axolotl',
  deepspeed: 'deepspeed',
  'hf-trainer': 'hf-training-arguments',
  lightning: 'lightning',
  litgpt: 'litgpt',
  ludwig: 'ludwig',
  torchtitan: 'torchtitan',
};

/**
 * Values that a built-in schema restricts to a list and a dedicated rule checks as well, with the
 * framework's own error and advice (enum-optimizer-name, enum-scheduler-name, enum-misc,
 * zero-stage-range): schema-validation leaves a value outside the list to that rule, so the value
 * gets one finding, not two. JSON pointers into the validated document.
 */
export const VALUES_CHECKED_BY_RULES: Readonly<Partial<Record<BuiltinSchemaName, readonly string[]>>> = {
  axolotl: ['/optimizer', '/lr_scheduler', '/lr_scheduler_type', '/eval_strategy', '/evaluation_strategy', '/save_strategy', '/logging_strategy'],
  'hf-training-arguments': ['/optim', '/lr_scheduler_type', '/eval_strategy', '/evaluation_strategy', '/save_strategy', '/logging_strategy', '/hub_strategy'],
  deepspeed: ['/optimizer/type', '/scheduler/type', '/zero_optimization/stage'],
  lightning: ['/trainer/precision', '/trainer/gradient_clip_algorithm'],
  litgpt: ['/precision'],
  ludwig: ['/trainer/optimizer/type', '/trainer/learning_rate_scheduler/decay'],
};

/** `mlconfig:deepspeed` → `deepspeed`; undefined for anything else. */
export function builtinSchemaName(ref: string): BuiltinSchemaName | undefined {
  if (!ref.startsWith(BUILTIN_SCHEMA_PREFIX)) return undefined;
  const name = ref.slice(BUILTIN_SCHEMA_PREFIX.length);
  return (BUILTIN_SCHEMA_NAMES as readonly string[]).includes(name) ? (name as BuiltinSchemaName) : undefined;
}

export function builtinSchemaFile(name: BuiltinSchemaName): string {
  return `${name}.schema.json`;
}

/**
 * The built-in schema for a file, from its detected frameworks (best first): the first one that has
 * a schema. A file detected as axolotl and HF Trainer is an axolotl config (axolotl hands part of it
 * to the Trainer), so the more specific framework, which detection scores higher, wins.
 */
export function schemaForFrameworks(frameworks: readonly DetectedFramework[]): { readonly ref: string; readonly framework: DetectedFramework } | undefined {
  for (const framework of frameworks) {
    const name = FRAMEWORK_SCHEMAS[framework.id];
    if (name) return { ref: BUILTIN_SCHEMA_PREFIX + name, framework };
  }
  return undefined;
}
