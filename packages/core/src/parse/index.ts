/**
 * One entry point for every format: text in, `ConfigDocument` or positioned problems out.
 * Nothing a parser does on hostile input (stack exhaustion included) escapes as an exception.
 */
import type { ConfigFormat } from '../document/types.js';
import type { ParseOutput } from './parse-output.js';
import { parseYaml, MAX_DEPTH } from './yaml.js';
import { parseJson } from './json.js';
import { parseToml } from './toml.js';
import { findDeepNesting, nestingTooDeep } from './nesting.js';

export type { ParseOutput } from './parse-output.js';

export interface ParseOptions {
  readonly format: ConfigFormat;
  readonly filePath?: string;
}

const BOM = '\uFEFF';

export function parseConfig(text: string, options: ParseOptions): ParseOutput {
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  try {
    switch (options.format) {
      case 'yaml':
        return parseYaml(body, bom, options.filePath);
      case 'json':
      case 'jsonc':
        return parseJson(body, bom, options.format, options.filePath);
      case 'toml':
        return parseToml(body, bom, options.filePath);
      case 'js':
        return {
          problems: [{ message: 'JavaScript and TypeScript configs are read from their syntax tree (see parseEstreeConfig), not from text.', range: [0, 0], code: 'UNSUPPORTED' }],
        };
    }
  } catch (err) {
    if (err instanceof RangeError) {
      const at = findDeepNesting(body, MAX_DEPTH);
      return { problems: [nestingTooDeep(at < 0 ? 0 : at, MAX_DEPTH)] };
    }
    const message = err instanceof Error ? err.message : String(err);
    return { problems: [{ message: `The ${options.format.toUpperCase()} parser failed: ${message.replace(/[.\s]*$/, '')}.`, range: [0, 0], code: 'PARSER_FAILURE' }] };
  }
}

const EXTENSIONS: Record<string, ConfigFormat> = {
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  jsonc: 'jsonc',
  toml: 'toml',
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  ts: 'js',
  mts: 'js',
  cts: 'js',
};

/** The format a file name implies, or undefined when mlconfig does not read that kind of file. */
export function formatFromPath(filePath: string): ConfigFormat | undefined {
  const base = filePath.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  if (dot <= 0 && !base.startsWith('.')) return undefined;
  return EXTENSIONS[base.slice(dot + 1).toLowerCase()];
}
