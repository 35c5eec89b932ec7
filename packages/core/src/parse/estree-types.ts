/**
 * The ESTree shapes the evaluator reads, as a minimal structural type: espree's and
 * typescript-estree's nodes (ESLint's `js/js` language, the CLI's TS parser) both fit it, and core
 * needs neither parser.
 */
export interface EsNode {
  readonly type: string;
  /** `[start, end)` offsets; ESLint and typescript-estree (with `range: true`) always set them. */
  readonly range?: readonly [number, number];
  readonly start?: number;
  readonly end?: number;
  readonly [key: string]: unknown;
}

export interface EsComment {
  readonly type: string;
  readonly value: string;
  readonly range?: readonly [number, number];
  readonly start?: number;
  readonly end?: number;
}

export interface EsProgram extends EsNode {
  readonly type: 'Program';
  readonly body: readonly EsNode[];
  readonly comments?: readonly EsComment[];
}

export function rangeOf(n: { readonly range?: readonly [number, number]; readonly start?: number; readonly end?: number }): [number, number] {
  if (n.range) return [n.range[0], n.range[1]];
  return [n.start ?? 0, n.end ?? n.start ?? 0];
}

/** Keys that never lead to runtime values: positions, parents, tokens and TypeScript types. */
const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'start', 'end', 'tokens', 'comments', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments', 'decorators']);

/** Child nodes of `n`, in source order of their keys (enough for finding roots; not for evaluation order). */
export function childNodes(n: EsNode): EsNode[] {
  const out: EsNode[] = [];
  for (const key of Object.keys(n)) {
    if (SKIPPED_KEYS.has(key)) continue;
    const v = n[key];
    if (Array.isArray(v)) {
      for (const item of v) if (isNode(item)) out.push(item);
    } else if (isNode(v)) out.push(v);
  }
  return out;
}

export function isNode(v: unknown): v is EsNode {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

/** `model` for `model.fit(...)`, `tf.train.adam` for `tf.train.adam(...)`; undefined for computed parts. */
export function dottedName(n: EsNode | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'Identifier') return String(n.name);
  if (n.type === 'ThisExpression') return 'this';
  if (n.type === 'MemberExpression' && !n.computed) {
    const object = dottedName(n.object as EsNode);
    const property = n.property as EsNode;
    return object !== undefined && property.type === 'Identifier' ? `${object}.${String(property.name)}` : undefined;
  }
  if (n.type === 'ChainExpression') return dottedName(n.expression as EsNode);
  return undefined;
}

/** Strips what TypeScript and parentheses wrap around a value: `x as T`, `x satisfies T`, `x!`, `<T>x`. */
export function unwrapExpression(n: EsNode): EsNode {
  let e = n;
  for (;;) {
    if (e.type === 'TSAsExpression' || e.type === 'TSSatisfiesExpression' || e.type === 'TSNonNullExpression' || e.type === 'TSTypeAssertion' || e.type === 'ParenthesizedExpression' || e.type === 'TSInstantiationExpression') {
      e = e.expression as EsNode;
    } else if (e.type === 'ChainExpression') e = e.expression as EsNode;
    else return e;
  }
}
