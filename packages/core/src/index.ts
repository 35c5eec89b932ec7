/**
 * @mlconfig/core — parse ML training configs, tell hyperparameters from learned parameters, model
 * each training run, and run the rules. No file system, no ESLint: front-ends adapt input and
 * render the plain data returned here.
 */
export type * from './document/types.js';
export { LineIndex, type Position } from './document/line-index.js';
export { toPointer, toDotted, isUnder } from './document/pointer.js';
export { parseConfig, formatFromPath, type ParseOptions, type ParseOutput } from './parse/index.js';
export { estreeToDocument, configTypePattern, DEFAULT_CONFIG_TYPES, DEFAULT_CONFIG_FACTORIES, type EstreeConfigOptions, type EsNode, type EsProgram, type EsComment } from './parse/estree.js';
export { yamlAstToDocument, type YamlAstProgram, type AstConvertOptions } from './parse/yaml-ast.js';
export { momoaToDocument, type MomoaDocument, type JsonAstOptions } from './parse/json-ast.js';
export { jsoncAstToDocument, type JsoncAstProgram, type JsoncAstOptions } from './parse/jsonc-ast.js';
export { tomlAstToDocument, type TomlAstProgram } from './parse/toml-ast.js';
export { decodeConfigBytes, type DecodeResult } from './parse/decode.js';
export { LOADERS, LOADER_IDS, defaultLoaderFor, type LoaderId, type LoaderProfile } from './loader/profiles.js';
export { specialKind, numberValue, booleanValue, stringValue, durationValue, type SpecialKind, type Duration } from './loader/special-values.js';
export { CONCEPTS, conceptById, type ConceptDef, type FieldKind, type ConceptGroup } from './classify/concepts.js';
export { classifyDocument, describeShape, type Field } from './classify/classify.js';
export { normalizeKey } from './classify/normalize.js';
export { looksLikeTrainingConfig, textMentionsHyperparameters } from './classify/training-config.js';
export { FRAMEWORKS, FRAMEWORK_IDS, detectFrameworks, frameworkById, type FrameworkId, type DetectedFramework, type FrameworkProfile } from './model/frameworks.js';
export type { TrainingRun, OptimizerModel, ScheduleModel, BatchModel, DurationModel, PrecisionModel, RegularizationModel, ScriptFacts, CodeVocabulary } from './model/training-run.js';
export type { ModelValue } from './model/model-value.js';
export { optimizerFamily, type OptimizerFamily } from './model/optimizer-family.js';
export { hydraComposedGroups, hydraDefaults, type ComposedBy, type HydraDefaults, type LayoutLoader, type ScriptsYamlRead } from './model/hydra-groups.js';
export { hydraEntryPoints, type HydraEntryPoint } from './model/hydra-entry-points.js';
export { analyze, analyzeDocument, type Analysis, type AnalyzeOptions, type AnalyzeResult } from './engine/analyze.js';
export { lint, lintDocument, lintAnalyzed, failedRuleOf, PARSE_ERROR, RULE_FAILURE, type LintOptions, type LintResult } from './engine/lint.js';
export { applyFixes, type FixOutput } from './engine/fixes.js';
export { loadRelated, relatedReferences, type ReadRelated, type RelatedText } from './engine/related.js';
export {
  resolveFileSettings,
  presetRules,
  matchesAny,
  SettingsError,
  type MlconfigSettings,
  type SettingsOverride,
  type RuleSetting,
  type RuleConfig,
  type FileSettings,
} from './engine/settings.js';
export { parseDirectives, Suppressions, type Directive } from './engine/suppressions.js';
export { docsUrl, DOCS_BASE_URL } from './engine/docs-url.js';
export { suggestRuleIds } from './engine/rule-suggestions.js';
export { RULES, ruleById } from './rules/index.js';
export type { SchemaError, SchemaValidator, SchemaLoader, SchemaLoadResult, FileSchemas } from './schema/types.js';
export { BUILTIN_SCHEMA_NAMES, BUILTIN_SCHEMA_PREFIX, FRAMEWORK_SCHEMAS, builtinSchemaName, builtinSchemaFile, schemaForFrameworks, type BuiltinSchemaName } from './schema/builtin.js';
export { defineRule } from './rule-kit/types.js';
export type * from './rule-kit/types.js';
