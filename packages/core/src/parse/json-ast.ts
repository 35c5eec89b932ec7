/**
 * @eslint/json's AST (Momoa; the `json/json`, `json/jsonc` and `json/json5` languages) →
 * ConfigDocument, equal to what `parseJson` builds from the same text. JSON5's extensions become
 * values where the tree can hold them (`Infinity`, `NaN`, unquoted keys, hex numbers) and are
 * otherwise kept as written.
 */
import type { Comment, Range, ScalarValue } from '../document/types.js';
import type { ParseOutput } from './parse-output.js';
import { buildJsonDocument, jsonComment, type JsonAstView } from './json-ast-builder.js';

type AstRange = readonly [number, number];

/** The parts of a Momoa node we read. */
export interface MomoaNode {
  readonly type: string;
  readonly range?: AstRange;
  readonly value?: unknown;
  /** `Member` */
  readonly name?: MomoaNode | string;
  readonly members?: readonly MomoaNode[];
  /** `Array` */
  readonly elements?: readonly MomoaNode[];
  /** `Infinity` and `NaN` in JSON5: `+`, `-` or `""`. */
  readonly sign?: string;
}

export interface MomoaDocument {
  readonly type: 'Document';
  readonly body: MomoaNode;
  readonly tokens?: readonly { readonly type: string; readonly range?: AstRange }[];
  readonly range?: AstRange;
}

export interface JsonAstOptions {
  /** The language's mode: `json` reads like Python's `json.load`; `jsonc` and `json5` allow comments. */
  readonly mode: 'json' | 'jsonc' | 'json5';
  readonly bom?: boolean;
  readonly filePath?: string;
}

export function momoaToDocument(ast: MomoaDocument, text: string, options: JsonAstOptions): ParseOutput {
  const comments: Comment[] = (ast.tokens ?? [])
    .filter((t) => (t.type === 'LineComment' || t.type === 'BlockComment') && t.range)
    .map((t) => jsonComment(text, [t.range![0], t.range![1]]));
  return buildJsonDocument(ast.body, momoaView, text, comments, {
    format: options.mode === 'json' ? 'json' : 'jsonc',
    ...(options.bom !== undefined ? { bom: options.bom } : {}),
    ...(options.filePath !== undefined ? { filePath: options.filePath } : {}),
  });
}

function rangeOf(n: MomoaNode): Range {
  return n.range ? [n.range[0], n.range[1]] : [0, 0];
}

function momoaView(n: MomoaNode): JsonAstView<MomoaNode> {
  const range = rangeOf(n);
  switch (n.type) {
    case 'Object':
      return {
        kind: 'object',
        range,
        members: (n.members ?? []).map((m) => {
          const key = m.name as MomoaNode;
          const name = key.type === 'Identifier' ? String((key as { name?: unknown }).name ?? key.value) : String(key.value);
          return { name, keyRange: rangeOf(key), value: m.value as MomoaNode };
        }),
      };
    case 'Array':
      return { kind: 'array', range, elements: (n.elements ?? []).map((e) => e.value as MomoaNode) };
    case 'String':
    case 'Number':
    case 'Boolean':
      return { kind: 'scalar', range, value: n.value as ScalarValue };
    case 'Null':
      return { kind: 'scalar', range, value: null };
    case 'Infinity':
      return { kind: 'scalar', range, value: n.sign === '-' ? -Infinity : Infinity };
    case 'NaN':
      return { kind: 'scalar', range, value: NaN };
    default:
      return { kind: 'opaque', range, reason: `JSON5 ${n.type}` };
  }
}
