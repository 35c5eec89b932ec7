/**
 * Every ESLint language mlconfig rules declare in `meta.languages`, as RuleTester configs, with the
 * format of the example code each one reads. `jsonc/*` is spelled out as the four languages
 * eslint-plugin-jsonc ships; JS runs once with espree and once with typescript-eslint's parser.
 * Languages that allow comments read a case's `jsonc` code, falling back to its `json` code.
 */
import json from '@eslint/json';
import jsonc from 'eslint-plugin-jsonc';
import toml from 'eslint-plugin-toml';
import yml from 'eslint-plugin-yml';
import tseslint from 'typescript-eslint';

/** Which code of a fixture case a language reads. */
export type CodeFormat = 'yaml' | 'json' | 'jsonc' | 'toml' | 'js' | 'ts';

/** Every code format a case can give, in the order the tests read them. */
export const CODE_FORMATS: readonly CodeFormat[] = ['yaml', 'json', 'jsonc', 'toml', 'js', 'ts'];

/** Code a format falls back to when a case does not give its own: JS is TS, JSON is JSONC. */
export const FALLBACK_FORMAT: Partial<Record<CodeFormat, CodeFormat>> = { ts: 'js', jsonc: 'json' };

export interface LanguageVariant {
  /** `plugin/language`, plus the parser when it matters. */
  readonly id: string;
  readonly format: CodeFormat;
  readonly filename: string;
  readonly config: Record<string, unknown>;
}

export const LANGUAGE_VARIANTS: readonly LanguageVariant[] = [
  { id: 'yml/yaml', format: 'yaml', filename: 'config.yaml', config: { plugins: { yml }, language: 'yml/yaml', languageOptions: { parserOptions: { defaultYAMLVersion: '1.1' } } } },
  { id: 'json/json', format: 'json', filename: 'config.json', config: { plugins: { json }, language: 'json/json' } },
  { id: 'json/jsonc', format: 'jsonc', filename: 'config.jsonc', config: { plugins: { json }, language: 'json/jsonc' } },
  { id: 'json/json5', format: 'jsonc', filename: 'config.json5', config: { plugins: { json }, language: 'json/json5' } },
  { id: 'jsonc/json', format: 'json', filename: 'config.json', config: { plugins: { jsonc }, language: 'jsonc/json' } },
  { id: 'jsonc/jsonc', format: 'jsonc', filename: 'config.jsonc', config: { plugins: { jsonc }, language: 'jsonc/jsonc' } },
  { id: 'jsonc/json5', format: 'jsonc', filename: 'config.json5', config: { plugins: { jsonc }, language: 'jsonc/json5' } },
  // eslint-plugin-jsonc's `x` reads any JSON extension, comments included.
  { id: 'jsonc/x', format: 'jsonc', filename: 'config.json', config: { plugins: { jsonc }, language: 'jsonc/x' } },
  { id: 'toml/toml', format: 'toml', filename: 'config.toml', config: { plugins: { toml }, language: 'toml/toml' } },
  // RuleTester's own config defines JavaScript (under the name `@/js`); it is the default language.
  { id: 'js/js', format: 'js', filename: 'config.js', config: {} },
  { id: 'js/js (typescript-eslint)', format: 'ts', filename: 'config.ts', config: { languageOptions: { parser: tseslint.parser } } },
];

/** The declared language each variant stands for, as written in `meta.languages`. */
export function declaredLanguage(variant: LanguageVariant): string {
  const id = variant.id.split(' ')[0];
  return id.startsWith('jsonc/') ? 'jsonc/*' : id;
}
