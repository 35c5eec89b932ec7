/**
 * Every mlconfig rule, in every ESLint language it declares, through ESLint's RuleTester, from the
 * example tables in fixtures/eslint/rules/ (see fixtures/eslint/README.md). For each case the test
 * checks that:
 *
 * - ESLint reports each «marked» range with messageId, the message the table gives, line, column,
 *   end line and end column, and the fix output and suggestions the table gives;
 * - `mlconfig check`'s engine (core `lint`, and the CLI's TS/JS reader) finds exactly the same ranges
 *   with the same messages in the same text, so the table speaks for both front-ends;
 * - every rule in core's RULES has a table with at least one invalid case, and every declared
 *   language has at least one case.
 */
import { RuleTester } from 'eslint';
import { describe, expect, it } from 'vitest';
import { lint, RULES, type ConfigFormat, type Diagnostic, type MlconfigSettings } from '@mlconfig/core';
import plugin, { LANGUAGES, MESSAGE_ID } from 'eslint-plugin-mlconfig';
import { lintScriptConfig } from '../../packages/cli/src/io/read-script-config.js';
import { createSchemaLoader } from '../../packages/cli/src/schemas/schema-loader.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { codeFor, loadRuleTables, messagesFor, sourceFormat, stripMarkers, type RuleCase, type RuleTable } from './helpers/cases.js';
import { CODE_FORMATS, declaredLanguage, LANGUAGE_VARIANTS, type CodeFormat, type LanguageVariant } from './helpers/languages.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tables = loadRuleTables();
const tester = new RuleTester();
/** The schema loader `mlconfig check` hands the engine (built-in schemas, for `schema-validation`). */
const schemas = createSchemaLoader(REPO_ROOT);

/**
 * Rules that fire only beside the project's scripts, which a RuleTester case has none of; their invalid cases run in
 * real ESLint on a project on disk instead (test/eslint/config-groups.test.ts).
 */
const SCRIPTS_ONLY = new Set(['misspelled-key', 'misnamed-key', 'unread-key', 'torch-class-name']);

describe('rule tables', () => {
  it('covers every rule in core RULES with an invalid case, and nothing else', () => {
    expect(tables.map((t) => t.ruleId)).toEqual(RULES.map((r) => r.id));
    for (const t of tables) expect(t.cases.some((c) => !c.valid), `${t.ruleId} has an invalid case`).toBe(!SCRIPTS_ONLY.has(t.ruleId));
  });

  it('declares every rule for the same languages, and the tests run each of them', () => {
    for (const rule of Object.values(plugin.rules)) expect(rule.meta.languages).toEqual([...LANGUAGES]);
    expect([...new Set(LANGUAGE_VARIANTS.map(declaredLanguage))].sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(tables.map((t) => [t.ruleId, t] as const))('has a case for %s in every language it declares', (_id, table) => {
    for (const variant of LANGUAGE_VARIANTS) {
      expect(table.cases.some((c) => codeFor(c, variant.format) !== undefined), `${table.ruleId} in ${variant.id}`).toBe(true);
    }
  });

  it.each(tables.map((t) => [t.ruleId, t] as const))('gives the message of every finding of %s', (_id, table) => {
    for (const c of table.cases.filter((x) => !x.valid)) {
      for (const variant of variantsOf(c)) {
        const expected = stripMarkers(codeFor(c, variant.format)!).findings.length;
        expect(messagesFor(c, variant.format)?.length, `${table.ruleId} / ${c.name} / ${variant.format}`).toBe(expected);
      }
    }
  });

  it.each(tables.map((t) => [t.ruleId, t] as const))('marks exactly what mlconfig check finds for %s', (_id, table) => {
    for (const c of table.cases) {
      for (const format of CODE_FORMATS) {
        const marked = c.code[format];
        if (marked === undefined) continue;
        const { code, findings } = stripMarkers(marked);
        const found = coreFindings(table.ruleId, c, format, code);
        expect(found.map((d) => [d.line, d.column, d.endLine, d.endColumn]), `${table.ruleId} / ${c.name} / ${format}`).toEqual(
          findings.map((f) => [f.line, f.column, f.endLine, f.endColumn]),
        );
        const messages = messagesFor(c, format);
        if (messages) expect(found.map((d) => d.message), `${table.ruleId} / ${c.name} / ${format}: messages`).toEqual(messages);
      }
    }
  });
});

for (const table of tables) {
  const rule = plugin.rules[table.ruleId];
  describe(`mlconfig/${table.ruleId}`, () => {
    tester.run(table.ruleId, rule as never, {
      valid: table.cases.filter((c) => c.valid).flatMap((c) => variantsOf(c).map((v) => validCase(c, v))),
      invalid: table.cases.filter((c) => !c.valid).flatMap((c) => variantsOf(c).map((v) => invalidCase(table, c, v))),
    });
  });
}

function variantsOf(c: RuleCase): LanguageVariant[] {
  return LANGUAGE_VARIANTS.filter((v) => codeFor(c, v.format) !== undefined);
}

function baseCase(c: RuleCase, v: LanguageVariant, code: string): Record<string, unknown> {
  return {
    name: `${c.name} (${v.id})`,
    code,
    filename: v.filename,
    ...v.config,
    ...(c.options ? { options: [c.options] } : {}),
    ...(c.settings ? { settings: c.settings } : {}),
  };
}

function validCase(c: RuleCase, v: LanguageVariant): Record<string, unknown> {
  const { code, findings } = stripMarkers(codeFor(c, v.format)!);
  if (findings.length > 0) throw new Error(`valid case "${c.name}" has markers`);
  return baseCase(c, v, code);
}

function invalidCase(table: RuleTable, c: RuleCase, v: LanguageVariant): Record<string, unknown> {
  const { code, findings } = stripMarkers(codeFor(c, v.format)!);
  if (findings.length === 0) throw new Error(`${table.ruleId}: invalid case "${c.name}" has no «markers» in ${v.format}`);
  const format = sourceFormat(c, v.format)!;
  const suggestions = c.suggestions[format];
  const output = c.output[format];
  const messages = messagesFor(c, v.format);
  return {
    ...baseCase(c, v, code),
    errors: findings.map((f, i) => ({
      messageId: MESSAGE_ID,
      ...(messages ? { data: { message: messages[i] } } : {}),
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ...(suggestions ? { suggestions: suggestions[i].map((s) => ({ desc: s.desc, output: s.output })) } : {}),
    })),
    ...(output !== undefined ? { output } : { output: null }),
  };
}

/** What `mlconfig check` reports for the same text: core's engine, and the CLI's TS/JS reader. */
function coreFindings(ruleId: string, c: RuleCase, format: CodeFormat, code: string): Diagnostic[] {
  const mlconfig = (c.settings?.mlconfig ?? {}) as { loader?: MlconfigSettings['loader']; worldSize?: number; frameworks?: string[] };
  const settings: MlconfigSettings = {
    extends: [],
    rules: { [ruleId]: c.options ? ['error', c.options] : 'error' },
    ...(mlconfig.loader ? { loader: mlconfig.loader } : {}),
    ...(mlconfig.worldSize ? { worldSize: mlconfig.worldSize } : {}),
    ...(mlconfig.frameworks ? { frameworks: mlconfig.frameworks } : {}),
  };
  const filePath = `config.${format}`;
  if (format === 'js' || format === 'ts') {
    const fileSettings = { rules: new Map([[ruleId, { severity: 'error' as const, options: { ...(RULES.find((r) => r.id === ruleId)?.options?.defaults ?? {}), ...(c.options ?? {}) } }]]), frameworks: mlconfig.frameworks ?? [], ...(mlconfig.loader ? { loader: mlconfig.loader } : {}), ...(mlconfig.worldSize ? { worldSize: mlconfig.worldSize } : {}) };
    return [...lintScriptConfig(code, { filePath, fileSettings, schemas }).diagnostics];
  }
  return [...lint(code, { format: format as ConfigFormat, filePath, settings, schemas }).diagnostics];
}
