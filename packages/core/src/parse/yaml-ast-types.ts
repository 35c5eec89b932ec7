/**
 * The parts of yaml-eslint-parser's AST that yaml-ast.ts reads: a structural subset of its `AST`
 * namespace, so core needs neither the parser nor ESLint.
 */
type AstRange = readonly [number, number];

export interface YamlAstProgram {
  readonly type: 'Program';
  readonly body: readonly YamlAstDocument[];
  readonly comments: readonly { readonly value: string; readonly range: AstRange }[];
  readonly range: AstRange;
}

export interface YamlAstDocument {
  readonly type: 'YAMLDocument';
  readonly directives: readonly { readonly kind: 'YAML' | 'TAG' | null; readonly version?: string; readonly range: AstRange }[];
  readonly content: YamlAstNode | null;
  readonly range: AstRange;
}

export type YamlAstNode = YamlAstWithMeta | YamlAstMapping | YamlAstSequence | YamlAstScalar | YamlAstAlias;

export interface YamlAstWithMeta {
  readonly type: 'YAMLWithMeta';
  readonly anchor: { readonly name: string; readonly range: AstRange } | null;
  /** `tag` is the resolved tag name (`tag:yaml.org,2002:float`, `!new:torch.optim.Adam`). */
  readonly tag: { readonly tag: string; readonly raw: string; readonly range: AstRange } | null;
  readonly value: YamlAstMapping | YamlAstSequence | YamlAstScalar | null;
  readonly range: AstRange;
}

export interface YamlAstMapping {
  readonly type: 'YAMLMapping';
  readonly style: 'block' | 'flow';
  readonly pairs: readonly YamlAstPair[];
  readonly range: AstRange;
}

export interface YamlAstPair {
  readonly type: 'YAMLPair';
  readonly key: YamlAstNode | null;
  readonly value: YamlAstNode | null;
  readonly range: AstRange;
}

export interface YamlAstSequence {
  readonly type: 'YAMLSequence';
  readonly style: 'block' | 'flow';
  readonly entries: readonly (YamlAstNode | null)[];
  readonly range: AstRange;
}

export interface YamlAstScalar {
  readonly type: 'YAMLScalar';
  readonly style: 'plain' | 'double-quoted' | 'single-quoted' | 'literal' | 'folded';
  /** The folded plain or unescaped quoted text, before type resolution (not on block scalars). */
  readonly strValue?: string;
  readonly value: unknown;
  readonly range: AstRange;
}

export interface YamlAstAlias {
  readonly type: 'YAMLAlias';
  readonly name: string;
  readonly range: AstRange;
}

export interface AstConvertOptions {
  /** Whether the file started with a byte-order mark (ESLint strips it from the text). */
  readonly bom?: boolean;
  readonly filePath?: string;
}
