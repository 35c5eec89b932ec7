/**
 * One conversion and one analysis per file, shared by every mlconfig rule: the first rule that runs
 * on a file converts its AST and analyses the document; the others find the result here. Kept for
 * the file being linted (current-file.ts) and keyed by what changes the result: plugin settings,
 * and, for TS/JS, where config objects are looked for.
 */
import { analyzeDocument, looksLikeTrainingConfig, type Analysis, type ParseProblem } from '@mlconfig/core';
import { astKind, columnStart, convert, type AstKind } from './languages.js';
import { jsOptionsKey, type JsOptions } from './options.js';
import { settingsKey, type PluginSettings } from './settings.js';
import { typeAwareRoots, type TypedRuleContext } from './type-aware.js';
import { relativeFilePath } from './file-path.js';
import { CurrentFile } from './current-file.js';
import { layoutOptionsOf } from './config-groups.js';

export interface PreparedFile {
  readonly kind: AstKind;
  readonly columnStart: 0 | 1;
  /** Path for framework hints, relative to ESLint's working directory. */
  readonly filePath: string;
  readonly analysis?: Analysis;
  /** What stopped the conversion (an alias bomb, nesting too deep); the language itself parsed the file. */
  readonly problems: readonly ParseProblem[];
  /** True when the settings ask for training configs only and this file does not look like one. */
  readonly skipped: boolean;
}

export interface RuleContextLike extends TypedRuleContext {
  readonly filename: string;
  readonly cwd: string;
}

const cache = new CurrentFile<Map<string, PreparedFile>>();

export function prepareFile(root: { readonly type: string; readonly body?: unknown }, context: RuleContextLike, js: JsOptions, settings: PluginSettings): PreparedFile | undefined {
  const sourceCode = context.sourceCode;
  const kind = astKind(root, sourceCode);
  if (!kind) return undefined;
  const key = `${kind}\u0000${settingsKey(settings)}\u0000${kind === 'estree' ? jsOptionsKey(js) : ''}`;
  const perFile = cache.get(sourceCode, () => new Map());
  const hit = perFile.get(key);
  if (hit) return hit;
  const prepared = build(kind, root, context, js, settings);
  perFile.set(key, prepared);
  return prepared;
}

function build(kind: AstKind, root: unknown, context: RuleContextLike, js: JsOptions, settings: PluginSettings): PreparedFile {
  const filePath = relativeFilePath(context.filename, context.cwd);
  const extraRoots = kind === 'estree' && js.typeAware ? typeAwareRoots(context, js.configTypes) : undefined;
  const parsed = convert(kind, root, context.sourceCode, { filePath, configTypes: js.configTypes, configFactories: js.configFactories, ...(extraRoots ? { extraRoots } : {}) });
  const base = { kind, columnStart: columnStart(kind), filePath };
  if (!parsed.document) return { ...base, problems: parsed.problems, skipped: false };
  // As in `mlconfig check`: a YAML file in a folder that a Hydra defaults list above names is a group option, and the
  // project's scripts may name its loader, the keys they convert with `float()` and (any format) a schedule they build.
  const fromLayout = layoutOptionsOf(context.filename, context.cwd);
  const analysis = analyzeDocument(parsed.document, { frameworks: settings.frameworks, ...(settings.loader ? { loader: settings.loader } : {}), ...fromLayout });
  const skipped = settings.onlyTrainingConfigs && !looksLikeTrainingConfig(analysis.fields, analysis.frameworks);
  return { ...base, analysis, problems: [], skipped };
}
