/**
 * `mlconfig/parse-error`: what stops mlconfig from reading a file its ESLint language did parse.
 * Syntax errors are the language's to report (ESLint shows them as fatal errors); what is left is
 * what `mlconfig check` also refuses with the id `parse-error`: YAML aliases that multiply out to an
 * "alias bomb", and nesting deeper than mlconfig reads.
 */
import { LineIndex, PARSE_ERROR } from '@mlconfig/core';
import { prepareFile } from './document-cache.js';
import { LANGUAGES, ROOT_NODE_TYPES } from './languages.js';
import { DEFAULT_JS_OPTIONS } from './options.js';
import { MESSAGE_ID, toReport } from './report.js';
import type { MlconfigRuleContext, MlconfigRuleDefinition } from './rule-factory.js';
import { readSettings } from './settings.js';

export const parseErrorRule: MlconfigRuleDefinition = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Report files mlconfig cannot read although their language parsed them (alias bombs, excessive nesting)',
      url: 'https://github.com/mlconfig/mlconfig/blob/main/docs/eslint-plugin.md#mlconfigparse-error',
      recommended: true,
    },
    messages: { [MESSAGE_ID]: '{{ message }}' },
    schema: [],
    languages: [...LANGUAGES],
  },
  create(ctx) {
    const context = ctx as unknown as MlconfigRuleContext;
    const settings = readSettings(context.settings);
    const check = (root: { readonly type: string; readonly body?: unknown }): void => {
      const file = prepareFile(root, context, DEFAULT_JS_OPTIONS, settings);
      const problem = file?.problems[0];
      if (!file || !problem) return;
      const lines = new LineIndex(context.sourceCode.text);
      const start = lines.positionAt(problem.range[0]);
      const end = lines.positionAt(problem.range[1]);
      context.report(
        toReport(
          { ruleId: PARSE_ERROR, severity: 'error', message: problem.message, explanation: '', path: '', line: start.line, column: start.column, endLine: end.line, endColumn: end.column, range: problem.range },
          file.columnStart,
        ),
      );
    };
    return Object.fromEntries(ROOT_NODE_TYPES.map((type) => [type, check]));
  },
};
