/**
 * The ESLint languages mlconfig rules run on, and how each one's AST becomes a ConfigDocument.
 *
 * We ship no language of our own (a file has exactly one language, so ours would shut out
 * eslint-plugin-yml's rules on the same file): rules listen on the root node of the languages users
 * already configure and convert that AST with core's pure converters, which give the same document
 * `mlconfig check` builds from the text.
 */
import {
  estreeToDocument,
  jsoncAstToDocument,
  momoaToDocument,
  tomlAstToDocument,
  yamlAstToDocument,
  type EsNode,
  type EsProgram,
  type JsoncAstProgram,
  type MomoaDocument,
  type ParseOutput,
  type TomlAstProgram,
  type YamlAstProgram,
} from '@mlconfig/core';

/** `plugin/language` names, as `meta.languages` matches them (by plugin name or `meta.namespace`). */
export const LANGUAGES = ['yml/yaml', 'json/json', 'json/jsonc', 'json/json5', 'jsonc/*', 'toml/toml', 'js/js'] as const;

/** Root node types of those languages: `Document` for @eslint/json (Momoa), `Program` for the others. */
export const ROOT_NODE_TYPES = ['Program', 'Document'] as const;

export type AstKind = 'yaml' | 'momoa' | 'jsonc' | 'toml' | 'estree';

interface SourceCodeLike {
  readonly text: string;
  readonly parserServices?: Readonly<Record<string, unknown>>;
  readonly hasBOM?: boolean;
}

/** Which language produced this root node. */
export function astKind(root: { readonly type: string; readonly body?: unknown }, sourceCode: SourceCodeLike): AstKind | undefined {
  if (root.type === 'Document') return 'momoa';
  if (root.type !== 'Program') return undefined;
  const services = sourceCode.parserServices ?? {};
  const first = Array.isArray(root.body) ? (root.body[0] as { type?: string } | undefined)?.type : undefined;
  if (services.isYAML === true || first === 'YAMLDocument') return 'yaml';
  if (services.isTOML === true || first === 'TOMLTopLevelTable') return 'toml';
  if (services.isJSON === true || first === 'JSONExpressionStatement') return 'jsonc';
  return 'estree';
}

/** ESLint adds 1 to reported columns of languages that count columns from 0 (every one here but @eslint/json's). */
export function columnStart(kind: AstKind): 0 | 1 {
  return kind === 'momoa' ? 1 : 0;
}

export interface ConvertOptions {
  readonly filePath: string;
  /** TS/JS only: where config objects are. */
  readonly configTypes: readonly string[];
  readonly configFactories: readonly string[];
  readonly extraRoots?: readonly EsNode[];
}

export function convert(kind: AstKind, root: unknown, sourceCode: SourceCodeLike, options: ConvertOptions): ParseOutput {
  const text = sourceCode.text;
  const common = { filePath: options.filePath, bom: sourceCode.hasBOM === true };
  // `.json` is read as strict JSON by `mlconfig check` (Python's json.load); other JSON files as JSONC.
  const strictJson = /\.json$/i.test(options.filePath);
  switch (kind) {
    case 'yaml':
      return yamlAstToDocument(root as YamlAstProgram, text, common);
    case 'toml':
      return tomlAstToDocument(root as TomlAstProgram, text, common);
    case 'momoa':
      return momoaToDocument(root as MomoaDocument, text, { ...common, mode: strictJson ? 'json' : 'jsonc' });
    case 'jsonc':
      return jsoncAstToDocument(root as JsoncAstProgram, text, { ...common, format: strictJson ? 'json' : 'jsonc' });
    case 'estree':
      return estreeToDocument(root as EsProgram, text, {
        ...common,
        configTypes: options.configTypes,
        configFactories: options.configFactories,
        ...(options.extraRoots ? { extraRoots: options.extraRoots } : {}),
      });
  }
}
