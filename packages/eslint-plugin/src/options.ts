/**
 * Rule options. Each rule takes one options object: the core rule's own options (validated by its
 * JSON Schema) plus three the plugin adds for TS/JS files, which decide where config objects are:
 *
 * - `typeAware`: also read every object whose contextual type is a config interface (needs typed
 *   linting: typescript-eslint's `parserOptions.projectService`);
 * - `configTypes`: the names of those interfaces (`*` wildcards), also used for `: T` and `satisfies T`;
 * - `configFactories`: functions whose first argument is a config (`defineConfig`).
 */
import { DEFAULT_CONFIG_FACTORIES, DEFAULT_CONFIG_TYPES, type JsonSchema, type Rule } from '@mlconfig/core';

export interface JsOptions {
  readonly typeAware: boolean;
  readonly configTypes: readonly string[];
  readonly configFactories: readonly string[];
}

const PLUGIN_OPTION_SCHEMAS = {
  typeAware: { type: 'boolean', description: 'In TS files, also check every object whose contextual type is a config interface (needs typed linting).' },
  configTypes: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Names of config types (`*` wildcards) whose objects are checked in TS/JS files.' },
  configFactories: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Functions whose first argument is a config object, such as `defineConfig`.' },
} as const;

const PLUGIN_OPTION_NAMES = new Set(Object.keys(PLUGIN_OPTION_SCHEMAS));

/** The ESLint schema of a rule's options: the core rule's properties and the plugin's. */
export function optionsSchema(rule: Rule<object>): JsonSchema {
  const core = rule.options?.schema ?? { type: 'object', properties: {}, additionalProperties: false };
  const properties = { ...((core.properties as Record<string, unknown> | undefined) ?? {}), ...PLUGIN_OPTION_SCHEMAS };
  return toDraft4({ ...core, type: 'object', properties }) as JsonSchema;
}

/**
 * ESLint validates options with JSON Schema draft-04, where `exclusiveMinimum` is a flag on `minimum`;
 * core writes newer schemas (`exclusiveMinimum: 0`). Rewrites those keywords, recursively.
 */
export function toDraft4(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toDraft4);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'properties' || k === 'patternProperties' || k === '$defs' || k === 'definitions' ? mapValues(v, toDraft4) : toDraft4(v);
  for (const [keyword, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof out[keyword] === 'number') {
      out[bound] = out[keyword];
      out[keyword] = true;
    }
  }
  if ('const' in out) {
    out.enum = [out.const];
    delete out.const;
  }
  return out;
}

function mapValues(v: unknown, f: (x: unknown) => unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, f(x)]));
}

/** Splits what the user wrote into the core rule's options (defaults applied) and the plugin's. */
/** ESLint hands every file the same options object: split it once per rule and object. */
const SPLIT = new WeakMap<object, Map<string, { core: object; js: JsOptions }>>();
const NO_OPTIONS = {};

export function splitOptions(rule: Rule<object>, given: unknown): { core: object; js: JsOptions } {
  const holder = typeof given === 'object' && given !== null ? given : NO_OPTIONS;
  let perRule = SPLIT.get(holder);
  if (!perRule) SPLIT.set(holder, (perRule = new Map()));
  let split = perRule.get(rule.id);
  if (!split) perRule.set(rule.id, (split = split_(rule, given)));
  return split;
}

function split_(rule: Rule<object>, given: unknown): { core: object; js: JsOptions } {
  const all = (typeof given === 'object' && given !== null ? given : {}) as Record<string, unknown>;
  const core: Record<string, unknown> = { ...(rule.options?.defaults ?? {}) };
  for (const [k, v] of Object.entries(all)) if (!PLUGIN_OPTION_NAMES.has(k)) core[k] = v;
  return {
    core,
    js: {
      typeAware: all.typeAware === true,
      configTypes: (all.configTypes as string[] | undefined) ?? DEFAULT_CONFIG_TYPES,
      configFactories: (all.configFactories as string[] | undefined) ?? DEFAULT_CONFIG_FACTORIES,
    },
  };
}

/** Where config objects are looked for when a rule sets none of the plugin's options. */
export const DEFAULT_JS_OPTIONS: JsOptions = { typeAware: false, configTypes: DEFAULT_CONFIG_TYPES, configFactories: DEFAULT_CONFIG_FACTORIES };

const JS_KEYS = new WeakMap<JsOptions, string>();

export function jsOptionsKey(o: JsOptions): string {
  let key = JS_KEYS.get(o);
  if (key === undefined) JS_KEYS.set(o, (key = JSON.stringify([o.typeAware, o.configTypes, o.configFactories])));
  return key;
}
