/**
 * typescript-eslint's parser for the presets' TS block, loaded when the first TS file is parsed: the
 * presets must name a parser when ESLint reads the config, but importing typescript-eslint there
 * would load TypeScript on every run, also for projects that only lint YAML.
 */
import { createRequire } from 'node:module';
import { PLUGIN_META } from './meta.js';

interface Parser {
  parseForESLint(code: string, options?: unknown): unknown;
}

export interface LazyParser extends Parser {
  readonly meta: { readonly name: string; readonly version: string };
}

const require = createRequire(import.meta.url);

/** The parser, or undefined when typescript-eslint is not installed. */
export function lazyTypeScriptParser(): LazyParser | undefined {
  let entry: string;
  try {
    entry = require.resolve('typescript-eslint');
  } catch {
    return undefined;
  }
  let parser: Parser | undefined;
  return {
    meta: { name: `${PLUGIN_META.name}/typescript-eslint-parser`, version: PLUGIN_META.version },
    parseForESLint(code, options) {
      parser ??= (require(entry) as { parser: Parser }).parser;
      return parser.parseForESLint(code, options);
    },
  };
}
