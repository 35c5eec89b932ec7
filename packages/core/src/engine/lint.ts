/**
 * The engine: runs the enabled rules on an analysed document, applies severities, options and inline
 * suppressions, and returns plain diagnostics. Any failure inside a rule becomes a diagnostic, never
 * an exception, so one bad rule or input cannot stop a run.
 */
import type { ConfigDocument, ConfigFormat, ParseProblem, Range } from '../document/types.js';
import { LineIndex } from '../document/line-index.js';
import type { Diagnostic, RelatedDocument, Report, Rule, RuleContext, Severity } from '../rule-kit/types.js';
import { RULES } from '../rules/index.js';
import { analyze, analyzeDocument, type Analysis, type AnalyzeOptions } from './analyze.js';
import { docsUrl } from './docs-url.js';
import { resolveFileSettings, type FileSettings, type MlconfigSettings } from './settings.js';
import { parseDirectives, Suppressions } from './suppressions.js';
import type { SchemaLoader } from '../schema/types.js';
import { loadRelated, type ReadRelated } from './related.js';
import { replacedAtPointer, replacedByScripts } from '../model/training-run.js';
import type { ComposedBy, LayoutLoader, ScriptsYamlRead } from '../model/hydra-groups.js';
import type { ScriptFacts } from '../model/training-run.js';
import { isUnderIndentedFlow } from '../parse/yaml-flow-fold.js';
import { forgetRecentValues, RecentMemo } from '../util/recent-memo.js';

export interface LintOptions {
  readonly format: ConfigFormat;
  /** Path for messages, framework hints and `overrides` matching (POSIX, relative to the settings file). */
  readonly filePath?: string;
  /** Raw settings (presets, rules, overrides); resolved here for `filePath`. */
  readonly settings?: MlconfigSettings;
  /** Already-resolved settings; takes precedence over `settings`. */
  readonly fileSettings?: FileSettings;
  /** Extra rules (tests, plugins); they run with the built-in ones when enabled in settings. */
  readonly rules?: readonly Rule<object>[];
  /** Loads JSON Schemas for `schema-validation`; without it, schema validation is skipped. */
  readonly schemas?: SchemaLoader;
  /**
   * Reads a file the config refers to (a DeepSpeed JSON named by `deepspeed:`), so rules can compare
   * the two. Front-ends with file access supply it; without it such rules check inline configs only.
   */
  readonly readRelated?: ReadRelated;
  /** The framework that composes the file from a config elsewhere, found by the front-end from the folder layout. */
  readonly composedBy?: ComposedBy;
  /** Keys the project's scripts pass through `float()`, found by the front-end (see `AnalyzeOptions.floatKeys`). */
  readonly floatKeys?: readonly string[];
  /** The loader the project's scripts show (see `AnalyzeOptions.layoutLoader`). */
  readonly layoutLoader?: LayoutLoader;
  /** How the project's scripts read YAML (see `AnalyzeOptions.scriptsReadYaml`). */
  readonly scriptsReadYaml?: ScriptsYamlRead;
  /** What the project's scripts show about the run (see `AnalyzeOptions.scripts`). */
  readonly scripts?: ScriptFacts;
}

export interface LintResult {
  readonly filePath?: string;
  readonly format: ConfigFormat;
  readonly diagnostics: readonly Diagnostic[];
  /** Present when the file could be read. */
  readonly analysis?: Analysis;
}

export const PARSE_ERROR = 'parse-error';
export const RULE_FAILURE = 'rule-failure';

/** What the front-end found in the file's place in the project, passed on to the analysis as given. */
function layoutOptionsOf(options: Omit<LintOptions, 'format'>): Pick<AnalyzeOptions, 'composedBy' | 'floatKeys' | 'layoutLoader' | 'scriptsReadYaml' | 'scripts'> {
  return {
    ...(options.composedBy ? { composedBy: options.composedBy } : {}),
    ...(options.floatKeys && options.floatKeys.length > 0 ? { floatKeys: options.floatKeys } : {}),
    ...(options.layoutLoader ? { layoutLoader: options.layoutLoader } : {}),
    ...(options.scriptsReadYaml ? { scriptsReadYaml: options.scriptsReadYaml } : {}),
    ...(options.scripts ? { scripts: options.scripts } : {}),
  };
}

/** Lints config text. Never throws for any input text. */
export function lint(text: string, options: LintOptions): LintResult {
  const rules = allRules(options.rules);
  const fileSettings = options.fileSettings ?? resolveFileSettings(options.settings, options.filePath, rules);
  const result = analyze(text, {
    format: options.format,
    ...(options.filePath !== undefined ? { filePath: options.filePath } : {}),
    frameworks: fileSettings.frameworks,
    ...(fileSettings.loader ? { loader: fileSettings.loader } : {}),
    ...layoutOptionsOf(options),
  });
  if (!result.analysis) {
    return { ...(options.filePath !== undefined ? { filePath: options.filePath } : {}), format: options.format, diagnostics: parseDiagnostics(result.text, result.problems, options.format) };
  }
  const related = options.readRelated ? loadRelated(result.analysis, options.readRelated, options.filePath) : undefined;
  return lintAnalysis(result.analysis, fileSettings, rules, options.filePath, options.schemas, related);
}

/** Lints a document built from another tool's AST (the ESLint plugin). */
export function lintDocument(document: ConfigDocument, options: Omit<LintOptions, 'format'> = {}): LintResult {
  const rules = allRules(options.rules);
  const fileSettings = options.fileSettings ?? resolveFileSettings(options.settings, options.filePath, rules);
  const analysis = analyzeDocument(document, {
    frameworks: fileSettings.frameworks,
    ...(fileSettings.loader ? { loader: fileSettings.loader } : {}),
    ...layoutOptionsOf(options),
  });
  const related = options.readRelated ? loadRelated(analysis, options.readRelated, options.filePath) : undefined;
  return lintAnalysis(analysis, fileSettings, rules, options.filePath, options.schemas, related);
}

function allRules(extra: readonly Rule<object>[] | undefined): readonly Rule<object>[] {
  return extra && extra.length > 0 ? [...RULES, ...extra] : RULES;
}

/** Findings about the file as written, which hold whether or not the program uses the setting they are placed on. */
const FILE_RULES: ReadonlySet<string> = new Set(['duplicate-key', 'parse-error', 'yaml-unsafe-python-tag']);

/**
 * What every rule run on one analysis shares. The ESLint plugin runs the engine once per rule and
 * file, so this is computed once per analysis rather than once per call.
 */
const PREPARED = new RecentMemo<Analysis, { readonly suppressions: Suppressions; readonly frameworkIds: ReadonlySet<string> }>();

function prepared(analysis: Analysis): { readonly suppressions: Suppressions; readonly frameworkIds: ReadonlySet<string> } {
  return PREPARED.getOrMake(analysis, (a) => ({
    suppressions: new Suppressions(parseDirectives(a.document.comments, a.lines)),
    frameworkIds: new Set(a.frameworks.map((f) => f.id)),
  }));
}

function lintAnalysis(
  analysis: Analysis,
  settings: FileSettings,
  rules: readonly Rule<object>[],
  filePath: string | undefined,
  schemaLoader?: SchemaLoader,
  related?: readonly RelatedDocument[],
): LintResult {
  const { document, lines } = analysis;
  const { suppressions, frameworkIds } = prepared(analysis);
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  let current: { readonly id: string; readonly severity: Severity } = { id: '', severity: 'error' };
  const push = (r: Report): void => {
    // A value the project's scripts overwrite whenever they run (`config["training"]["train_steps"] = calculate(...)`), or
    // read only in a commented-out line, never runs as written. What is wrong with the file itself still is.
    if (!FILE_RULES.has(current.id) && (r.field ? replacedByScripts(r.field, analysis.scripts) !== undefined : replacedAtPointer(r.pointer, analysis.scripts) !== undefined)) return;
    const d = toDiagnostic(current.id, current.severity, r, lines);
    if (suppressions.isSuppressed(current.id, d.line)) return;
    // One anchored value reached through several aliases is one finding, where it is written.
    const key = `${current.id}\u0000${d.range[0]}\u0000${d.range[1]}\u0000${d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push(d);
  };
  // One context per file, shared by every rule (only the options change): rules run one after the
  // other and keep nothing of it, and a hundred rules would otherwise cost a hundred objects per file.
  const context: { -readonly [K in keyof RuleContext<object>]: RuleContext<object>[K] } = {
    doc: document,
    lines,
    fields: analysis.fields,
    runs: analysis.runs,
    frameworks: analysis.frameworks,
    index: analysis.index,
    loader: analysis.loader,
    loaderAssumed: analysis.loaderAssumed,
    partial: analysis.partial,
    ...(analysis.packagePath !== undefined ? { packagePath: analysis.packagePath } : {}),
    scripts: analysis.scripts,
    options: {},
    ...(settings.worldSize !== undefined ? { worldSize: settings.worldSize } : {}),
    ...(schemaLoader ? { schemas: { mapped: settings.schemas ?? [], load: schemaLoader } } : {}),
    ...(related && related.length > 0 ? { related } : {}),
    hasFramework: (id) => frameworkIds.has(id),
    report: push,
  };
  for (const rule of rules) {
    const config = settings.rules.get(rule.id);
    if (!config) continue;
    current = { id: rule.id, severity: config.severity };
    context.options = config.options;
    try {
      rule.check(context);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      diagnostics.push(positioned(RULE_FAILURE, 'error', [0, 0], '', `${failurePrefix(rule.id)}${message.replace(/[.\s]*$/, '')}.`,
        'This is a bug in mlconfig, not in your config. The other rules still ran. Please report it with the file that triggers it.', lines));
    }
  }
  diagnostics.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
  // The next file shares nothing with this one; what the rules' caches hold of it is garbage now.
  forgetRecentValues();
  return { ...(filePath !== undefined ? { filePath } : {}), format: document.format, diagnostics, analysis };
}

const failurePrefix = (ruleId: string): string => `Rule ${ruleId} failed on this file: `;

/** The rule a `rule-failure` diagnostic is about (front-ends that report per rule, as ESLint does). */
export function failedRuleOf(d: Diagnostic): string | undefined {
  if (d.ruleId !== RULE_FAILURE) return undefined;
  return /^Rule (\S+) failed on this file: /.exec(d.message)?.[1];
}

function toDiagnostic(ruleId: string, severity: Severity, r: Report, lines: LineIndex): Diagnostic {
  let range: Range;
  let path: string;
  if (r.field) {
    const on = r.on ?? 'value';
    range = on === 'key' ? r.field.key.range : on === 'entry' ? r.field.entry.range : r.field.value.range;
    // An empty value (`lr:`) has no text of its own; point at the key instead.
    if (range[1] <= range[0]) range = r.field.key.range;
    path = r.field.pointer;
  } else if (r.node) {
    range = r.node.range;
    path = r.node.pointer;
  } else {
    range = r.range ?? [0, 0];
    path = r.pointer ?? '';
  }
  return {
    ...positioned(ruleId, severity, range, path, r.message, r.explanation, lines),
    ...(r.fix ? { fix: r.fix } : {}),
    ...(r.suggestions && r.suggestions.length > 0 ? { suggestions: r.suggestions } : {}),
  };
}

function positioned(ruleId: string, severity: Severity, range: Range, path: string, message: string, explanation: string, lines: LineIndex): Diagnostic {
  const start = lines.positionAt(range[0]);
  const end = lines.positionAt(range[1]);
  return {
    ruleId,
    severity,
    message,
    explanation,
    path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range,
    ...(ruleId !== RULE_FAILURE ? { docsUrl: docsUrl(ruleId) } : {}),
  };
}

function parseDiagnostics(text: string, problems: readonly ParseProblem[], format: ConfigFormat): Diagnostic[] {
  const lines = new LineIndex(text);
  const name = format === 'jsonc' ? 'JSONC' : format.toUpperCase();
  // Later problems are almost always a cascade of the first (one unclosed bracket gives dozens); ESLint
  // likewise reports one fatal parse error per file.
  return problems.slice(0, 1).map((p) =>
    positioned(PARSE_ERROR, 'error', p.range, '', p.message,
      `mlconfig could not read this file as ${name}, so no other rule ran on it. ` +
        (p.hint ?? `${lenientLoaders(p, format) ?? 'The loader your training script uses would fail here too.'} Fix the syntax at this position and run mlconfig again.`), lines),
  );
}

/**
 * YAML problems that PyYAML (and so most Python training scripts) tolerates: a flow collection
 * (`[...]`, `{...}`) whose lines are not indented past its parent. The parser reads such a file as
 * PyYAML does when it can (parse/yaml-flow-fold.ts: SpeechBrain's `]]` and Point-MAE's `}}` at
 * column 0); this explains the cases where the file has another error as well.
 */
function lenientLoaders(p: ParseProblem, format: ConfigFormat): string | undefined {
  if (format !== 'yaml' || !isUnderIndentedFlow(p)) return undefined;
  return 'PyYAML ignores indentation inside `[...]` and `{...}` and may load the file, but the YAML specification requires the lines of a flow collection to be indented past its key, and stricter parsers, such as the one mlconfig uses, refuse it.';
}

/**
 * Runs `rules` on an analysis made once, with settings already resolved: the ESLint plugin analyses
 * each file once and runs every one of its rules, each with its own severity and options, on it.
 * `schemas` loads the JSON Schemas `schema-validation` needs (without it, that rule does nothing);
 * `readRelated` reads the files the config names (a `deepspeed:` JSON), as for `lint`.
 */
export function lintAnalyzed(analysis: Analysis, fileSettings: FileSettings, rules: readonly Rule<object>[], filePath?: string, schemas?: SchemaLoader, readRelated?: ReadRelated): LintResult {
  const related = readRelated ? loadRelated(analysis, readRelated, filePath) : undefined;
  return lintAnalysis(analysis, fileSettings, rules, filePath, schemas, related);
}
