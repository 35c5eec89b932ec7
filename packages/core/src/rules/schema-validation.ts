import { defineRule } from '../rule-kit/types.js';
import { builtinSchemaName, schemaForFrameworks, VALUES_CHECKED_BY_RULES } from '../schema/builtin.js';
import { documentData } from '../schema/document-data.js';
import { schemaFindings } from '../schema/findings.js';
import { pointerSegments } from '../document/pointer.js';
import { hfArgumentsBuiltByName } from '../rule-kit/hf-arguments-block.js';

interface Options {
  /** Validate files against the built-in schema of their detected framework. */
  readonly frameworkSchemas: boolean;
  /** Unknown keys in built-in schemas: none (`unknown-key` reports them), likely typos, or every one. */
  readonly unknownKeys: 'none' | 'typos' | 'all';
}

/**
 * Validates a config against a JSON Schema: the ones the `schemas` setting maps to the file, or else
 * the built-in schema of its detected framework. Each error lands on the key or value at fault.
 *
 * Built-in schemas leave ranges to the dedicated rules (lr-non-negative, dropout-range, …) and
 * unknown keys to `unknown-key`, which explain them better and would otherwise say the same thing
 * twice; they report wrong types and enum values. (`unknownKeys: typos|all` turns key checks on for
 * built-in schemas: real configs mix keys read by several parsers, TRL's and the script's own
 * dataclasses next to TrainingArguments, so "not in this schema" alone is no proof of a mistake.)
 * User schemas are the user's contract and are reported in full.
 */
export default defineRule<Options>({
  id: 'schema-validation',
  severity: 'warn',
  category: 'range',
  description: 'Validate configs against JSON Schemas: the framework\'s built-in schema or the ones mapped in settings',
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        frameworkSchemas: { type: 'boolean', description: 'Validate files against the built-in schema of their detected framework when no settings mapping applies.' },
        unknownKeys: { enum: ['none', 'typos', 'all'], description: 'For built-in schemas: leave unknown keys to the `unknown-key` rule (`none`), report them only when they look like a typo of a known key (`typos`), or always (`all`).' },
      },
    },
    defaults: { frameworkSchemas: true, unknownKeys: 'none' },
  },
  references: [
    { title: 'JSON Schema 2020-12 validation vocabulary', url: 'https://json-schema.org/draft/2020-12/json-schema-validation' },
    { title: 'HfArgumentParser.parse_yaml_file refuses keys no dataclass defines', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/hf_argparser.py' },
    { title: 'DeepSpeed config models forbid unknown fields (DeepSpeedConfigModel, extra="forbid")', url: 'https://github.com/deepspeedai/DeepSpeed/blob/master/deepspeed/runtime/config_utils.py' },
    { title: 'mlconfig schemas and typed configs', url: 'https://github.com/mlconfig/mlconfig/blob/main/docs/schemas.md' },
  ],
  check(ctx) {
    const schemas = ctx.schemas;
    if (!schemas) return; // the front-end gave no schema loader (e.g. core used on its own)
    const detected = ctx.options.frameworkSchemas ? schemaForFrameworks(ctx.frameworks) : undefined;
    const refs = schemas.mapped.length > 0 ? schemas.mapped : detected ? [detected.ref] : [];
    for (const ref of refs) {
      const loaded = schemas.load(ref);
      if (!loaded.validator) {
        ctx.report({
          range: [0, 0],
          pointer: '',
          message: `Schema could not be used: ${loaded.problem.replace(/[.\s]*$/, '')}.`,
          explanation: `The \`schemas\` setting maps this file to ${ref}, but the schema could not be loaded, so the file was not validated against it. Fix the schema file or the path in the settings; the other rules ran as usual.`,
        });
        continue;
      }
      const validator = loaded.validator;
      // HF's schema says nothing of a top-level key the project's scripts never hand to TrainingArguments (they build
      // it keyword by keyword): RepoFusion's `debug: False` is its own switch, not HF's `debug` (see reachesHfArguments).
      const passed = hfArgumentsBuiltByName(ctx);
      const hfOnly = validator.builtin && passed !== undefined && builtinSchemaName(ref) === 'hf-training-arguments';
      const reachesHf = (pointer: string): boolean => passed === undefined || pointer === '' || passed.names.includes(pointerSegments(pointer)[0]!);
      for (const d of ctx.doc.documents) {
        if (!d.root) continue;
        const data = documentData(d.root, ctx.loader, ctx.doc.format);
        const findings = schemaFindings(validator.validate(data.data), data, validator, {
          // Detected framework schemas leave unknown keys to `unknown-key`; a schema the settings map the
          // file to is what the user asked for, so its unknown keys are reported (typos for built-in ones,
          // or every one when the options ask for `all`).
          unknownKeys: !validator.builtin ? 'all' : schemas.mapped.length > 0 ? (ctx.options.unknownKeys === 'all' ? 'all' : 'typos') : ctx.options.unknownKeys,
          ranges: !validator.builtin,
          required: !ctx.partial,
          ...(validator.builtin ? { valuesCheckedByRules: valuesCheckedByRules(ref) } : {}),
        });
        for (const f of findings) {
          if (hfOnly && !reachesHf(f.pointer)) continue;
          ctx.report({ range: f.range, pointer: f.pointer, message: f.message, explanation: f.explanation, ...(f.suggestion ? { suggestions: [f.suggestion] } : {}) });
        }
      }
    }
  },
});

/** The values of a built-in schema that dedicated rules check (enum-optimizer-name, zero-stage-range, …). */
function valuesCheckedByRules(ref: string): ReadonlySet<string> {
  const name = builtinSchemaName(ref);
  return new Set(name ? VALUES_CHECKED_BY_RULES[name] ?? [] : []);
}
