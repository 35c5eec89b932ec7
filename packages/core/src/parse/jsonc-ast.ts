/**
 * jsonc-eslint-parser's AST (eslint-plugin-jsonc's `jsonc/json`, `jsonc/jsonc`, `jsonc/json5` and
 * `jsonc/x` languages) → ConfigDocument, equal to what `parseJson` builds from the same text.
 * The parser writes `-1` as a unary minus on `1`; `parseJson` sees one number, so do we.
 */
import type { Comment, Range, ScalarValue } from '../document/types.js';
import type { ParseOutput } from './parse-output.js';
import { buildJsonDocument, jsonComment, type JsonAstView } from './json-ast-builder.js';

type AstRange = readonly [number, number];

/** The parts of a jsonc-eslint-parser node we read. */
export interface JsoncAstNode {
  readonly type: string;
  readonly range: AstRange;
  readonly value?: unknown;
  readonly name?: string;
  readonly key?: JsoncAstNode;
  readonly properties?: readonly JsoncAstNode[];
  readonly elements?: readonly (JsoncAstNode | null)[];
  readonly operator?: string;
  readonly argument?: JsoncAstNode;
  readonly expressions?: readonly unknown[];
  readonly quasis?: readonly { readonly value: { readonly cooked: string | null } }[];
}

export interface JsoncAstProgram {
  readonly type: 'Program';
  readonly body: readonly { readonly type: string; readonly expression?: JsoncAstNode }[];
  readonly comments?: readonly { readonly range: AstRange }[];
  readonly range: AstRange;
}

export interface JsoncAstOptions {
  /** Whether comments are legal (`jsonc/json` reads like Python's `json.load`). */
  readonly format: 'json' | 'jsonc';
  readonly bom?: boolean;
  readonly filePath?: string;
}

export function jsoncAstToDocument(ast: JsoncAstProgram, text: string, options: JsoncAstOptions): ParseOutput {
  const root = ast.body.find((s) => s.type === 'JSONExpressionStatement')?.expression ?? null;
  const comments: Comment[] = (ast.comments ?? []).map((c) => jsonComment(text, [c.range[0], c.range[1]]));
  return buildJsonDocument(root, jsoncView, text, comments, options);
}

const IDENTIFIER_VALUES: Record<string, ScalarValue> = { Infinity: Infinity, NaN: NaN, undefined: null };

function jsoncView(n: JsoncAstNode): JsonAstView<JsoncAstNode> {
  const range: Range = [n.range[0], n.range[1]];
  switch (n.type) {
    case 'JSONObjectExpression':
      return {
        kind: 'object',
        range,
        members: (n.properties ?? []).map((p) => {
          const key = p.key!;
          const name = key.type === 'JSONIdentifier' ? String(key.name) : String(key.value);
          return { name, keyRange: [key.range[0], key.range[1]] as Range, value: p.value as JsoncAstNode };
        }),
      };
    case 'JSONArrayExpression':
      if ((n.elements ?? []).some((e) => e === null)) return { kind: 'opaque', range, reason: 'array with holes' };
      return { kind: 'array', range, elements: n.elements as JsoncAstNode[] };
    case 'JSONLiteral':
      if (n.value !== null && typeof n.value === 'object') return { kind: 'opaque', range, reason: 'regular expression' };
      return { kind: 'scalar', range, value: n.value as ScalarValue };
    case 'JSONIdentifier':
      return n.name !== undefined && Object.hasOwn(IDENTIFIER_VALUES, n.name) ? { kind: 'scalar', range, value: IDENTIFIER_VALUES[n.name]! } : { kind: 'opaque', range, reason: `identifier ${n.name}` };
    case 'JSONUnaryExpression': {
      const arg = n.argument ? jsoncView(n.argument) : undefined;
      if (arg?.kind === 'scalar' && (typeof arg.value === 'number' || typeof arg.value === 'bigint')) {
        const v = arg.value;
        return { kind: 'scalar', range, value: n.operator === '-' ? (typeof v === 'bigint' ? -v : -v) : v };
      }
      return { kind: 'opaque', range, reason: 'unary expression' };
    }
    case 'JSONTemplateLiteral':
      if ((n.expressions ?? []).length === 0 && n.quasis?.[0]?.value.cooked != null) return { kind: 'scalar', range, value: n.quasis[0].value.cooked };
      return { kind: 'opaque', range, reason: 'template literal with expressions' };
    default:
      return { kind: 'opaque', range, reason: n.type.replace(/^JSON/, '') };
  }
}
