/**
 * Wraps a core rule as an ESLint rule that runs on every language in LANGUAGES. The rule listens on
 * the language's root node, gets the file's analysis from the shared cache (one conversion per file
 * for all rules), runs the core rule through the core engine with the options ESLint validated (and
 * mlconfig's built-in JSON Schemas for `schema-validation`), and reports core's diagnostics
 * unchanged: same ids, messages, lines and columns as `mlconfig check`.
 */
import { docsUrl, lintAnalyzed, type FileSettings, type Rule } from '@mlconfig/core';
import type { RuleDefinition } from '@eslint/core';
import { prepareFile, type RuleContextLike } from './document-cache.js';
import { LANGUAGES, ROOT_NODE_TYPES } from './languages.js';
import { optionsSchema, splitOptions } from './options.js';
import { MESSAGE_ID, toReport, type EslintReport } from './report.js';
import { readSettings } from './settings.js';
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
      const fileSettings: FileSettings = {
        rules: new Map([[rule.id, { severity: rule.severity, options: core }]]),
        frameworks: settings.frameworks,
        ...(settings.loader ? { loader: settings.loader } : {}),
        ...(settings.worldSize !== undefined ? { worldSize: settings.worldSize } : {}),
      };
      const check = (root: { readonly type: string; readonly body?: unknown }): void => {
        const file = prepareFile(root, context, js, settings);
        if (!file?.analysis || file.skipped) return;
        for (const d of lintAnalyzed(file.analysis, fileSettings, [rule], file.filePath, builtinSchemaLoader()).diagnostics) context.report(toReport(d, file.columnStart));
      };
      return Object.fromEntries(ROOT_NODE_TYPES.map((type) => [type, check]));
    },
  };
}
