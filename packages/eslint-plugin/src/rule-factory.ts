/**
 * Wraps a core rule as an ESLint rule that runs on every language in LANGUAGES. The mlconfig rules
 * enabled on a file form a batch: on the language's root node, the file's analysis comes from the
 * shared cache (one conversion per file for all rules), the core engine runs the batch's rules with
 * the options ESLint validated (and mlconfig's built-in JSON Schemas for `schema-validation`), and
 * each rule reports core's diagnostics unchanged: same ids, messages, lines and columns as
 * `mlconfig check`.
 */
import { docsUrl, failedRuleOf, lintAnalyzed, type FileSettings, type Rule } from '@mlconfig/core';
import { isAbsolute } from 'node:path';
import type { RuleDefinition } from '@eslint/core';
import { relatedReader } from '@mlconfig/core/node';
import { prepareFile, type RuleContextLike } from './document-cache.js';
import { LANGUAGES, ROOT_NODE_TYPES } from './languages.js';
import { jsOptionsKey, optionsSchema, splitOptions, type JsOptions } from './options.js';
import { MESSAGE_ID, toReport, type EslintReport } from './report.js';
import { readSettings, type PluginSettings } from './settings.js';
import { builtinSchemaLoader } from './schema-loader.js';
import { CurrentFile } from './current-file.js';

export interface MlconfigRuleContext extends RuleContextLike {
  readonly options: readonly unknown[];
  readonly settings: Readonly<Record<string, unknown>>;
  report(report: EslintReport): void;
}

export type MlconfigRuleDefinition = RuleDefinition & { readonly meta: NonNullable<RuleDefinition['meta']> };

export function toEslintRule(rule: Rule<object>): MlconfigRuleDefinition {
  return {
    meta: {
      type: rule.category === 'advice' ? 'suggestion' : 'problem',
      docs: { description: rule.description, url: docsUrl(rule.id), recommended: rule.presets.includes('recommended') },
      messages: { [MESSAGE_ID]: '{{ message }}' },
      schema: [optionsSchema(rule) as never],
      ...(rule.fixable ? { fixable: 'code' as const } : {}),
      ...(rule.hasSuggestions ? { hasSuggestions: true } : {}),
      languages: [...LANGUAGES],
    },
    create(ctx) {
      const context = ctx as unknown as MlconfigRuleContext;
      const { core, js } = splitOptions(rule, context.options[0]);
      const settings = readSettings(context.settings);
      // ESLint creates every rule for a file before it walks the file. Each mlconfig rule joins the
      // file's batch here; only the batch's first rule listens, on the root node, and runs the whole
      // batch through the engine once, reporting each finding through the context of the rule that
      // found it (so ids, severities and inline directives stay per rule). A hundred listeners would
      // cost ESLint a hundred registrations and calls per file for the same result.
      const batch = joinBatch(context, settings, js, rule, core);
      if (batch.members.size > 1) return {};
      const run = (root: { readonly type: string; readonly body?: unknown }): void => {
        const file = prepareFile(root, context, js, settings);
        if (!file?.analysis || file.skipped) return;
        // As in `mlconfig check`: a `deepspeed:` JSON the config names is read (next to it, then in ESLint's working directory).
        const readRelated = isAbsolute(context.filename) ? relatedReader(context.filename, [context.cwd], context.cwd) : undefined;
        const { diagnostics } = lintAnalyzed(file.analysis, batchSettings(batch), batch.rules, file.filePath, builtinSchemaLoader(), readRelated);
        // A rule that failed on this file is reported under its own id, as `mlconfig check` reports it
        // as `rule-failure`, rather than vanishing.
        for (const d of diagnostics) batch.members.get(failedRuleOf(d) ?? d.ruleId)?.report(toReport(d, file.columnStart));
      };
      return rootListeners(context.sourceCode, run);
    },
  };
}

/** A listener on the file's root node only: `Document` for @eslint/json, `Program` for the others. */
function rootListeners(sourceCode: object, run: (root: { readonly type: string }) => void): Record<string, typeof run> {
  const type = (sourceCode as { readonly ast?: { readonly type?: unknown } }).ast?.type;
  if (typeof type === 'string' && (ROOT_NODE_TYPES as readonly string[]).includes(type)) return { [type]: run };
  return Object.fromEntries(ROOT_NODE_TYPES.map((t) => [t, run]));
}

interface Batch {
  readonly settings: PluginSettings;
  readonly rules: Rule<object>[];
  readonly options: Map<string, object>;
  /** Each rule's own context, which its findings are reported through. */
  readonly members: Map<string, MlconfigRuleContext>;
}

/**
 * The batches of the file being linted, by its plugin settings and where TS/JS config objects are
 * looked for (rules that differ there need their own conversion). ESLint gives every rule of a file
 * the same settings object, and `readSettings`/`jsOptionsKey` return the same object and string for
 * it, so no key is built here.
 */
const BATCHES = new CurrentFile<Map<PluginSettings, Map<string, Batch>>>();

function joinBatch(context: MlconfigRuleContext, settings: PluginSettings, js: JsOptions, rule: Rule<object>, options: object): Batch {
  const perFile = BATCHES.get(context.sourceCode, () => new Map());
  let perSettings = perFile.get(settings);
  if (!perSettings) perFile.set(settings, (perSettings = new Map()));
  const key = jsOptionsKey(js);
  let batch = perSettings.get(key);
  // ESLint creates a rule once per run; a rule seen again means a new run on the same SourceCode
  // (`linter.verify` accepts one), which gets a batch and a leader of its own.
  if (!batch || batch.members.has(rule.id)) perSettings.set(key, (batch = { settings, rules: [], options: new Map(), members: new Map() }));
  batch.rules.push(rule);
  batch.options.set(rule.id, options);
  batch.members.set(rule.id, context);
  return batch;
}

function batchSettings(batch: Batch): FileSettings {
  const { settings } = batch;
  return {
    rules: new Map(batch.rules.map((r) => [r.id, { severity: r.severity, options: batch.options.get(r.id) ?? {} }])),
    frameworks: settings.frameworks,
    ...(settings.loader ? { loader: settings.loader } : {}),
    ...(settings.worldSize !== undefined ? { worldSize: settings.worldSize } : {}),
  };
}
