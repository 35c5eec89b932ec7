/**
 * Wraps a core rule as an ESLint rule that runs on every language in LANGUAGES. The rule listens on
 * the language's root node, gets the file's analysis from the shared cache (one conversion per file
 * for all rules), runs the core rule through the core engine with the options ESLint validated (and
 * mlconfig's built-in JSON Schemas for `schema-validation`), and reports core's diagnostics
 * unchanged: same ids, messages, lines and columns as `mlconfig check`.
 */
import { docsUrl, lintAnalyzed, type Diagnostic, type FileSettings, type Rule } from '@mlconfig/core';
import type { RuleDefinition } from '@eslint/core';
import { prepareFile, type RuleContextLike } from './document-cache.js';
import { LANGUAGES, ROOT_NODE_TYPES } from './languages.js';
import { jsOptionsKey, optionsSchema, splitOptions } from './options.js';
import { MESSAGE_ID, toReport, type EslintReport } from './report.js';
import { readSettings, settingsKey, type PluginSettings } from './settings.js';
import { builtinSchemaLoader } from './schema-loader.js';

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
      // ESLint creates every rule for a file before it walks the file: each mlconfig rule joins the
      // file's batch here, and the first one to reach the root runs the whole batch through the
      // engine once (a hundred rules would otherwise pay a hundred engine runs per file).
      const batch = joinBatch(context.sourceCode, `${settingsKey(settings)}\u0000${jsOptionsKey(js)}`, settings, rule, core);
      const check = (root: { readonly type: string; readonly body?: unknown }): void => {
        const file = prepareFile(root, context, js, settings);
        if (!file?.analysis || file.skipped) return;
        if (!batch.results) batch.results = groupByRule(lintAnalyzed(file.analysis, batchSettings(batch), batch.rules, file.filePath, builtinSchemaLoader()).diagnostics);
        for (const d of batch.results.get(rule.id) ?? []) context.report(toReport(d, file.columnStart));
      };
      return Object.fromEntries(ROOT_NODE_TYPES.map((type) => [type, check]));
    },
  };
}

interface Batch {
  readonly settings: PluginSettings;
  readonly rules: Rule<object>[];
  readonly options: Map<string, object>;
  results?: Map<string, Diagnostic[]>;
}

const BATCHES = new WeakMap<object, Map<string, Batch>>();

function joinBatch(sourceCode: object, key: string, settings: PluginSettings, rule: Rule<object>, options: object): Batch {
  let perFile = BATCHES.get(sourceCode);
  if (!perFile) BATCHES.set(sourceCode, (perFile = new Map()));
  let batch = perFile.get(key);
  if (!batch) perFile.set(key, (batch = { settings, rules: [], options: new Map() }));
  if (!batch.options.has(rule.id)) batch.rules.push(rule);
  batch.options.set(rule.id, options);
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

function groupByRule(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = out.get(d.ruleId);
    if (list) list.push(d);
    else out.set(d.ruleId, [d]);
  }
  return out;
}
