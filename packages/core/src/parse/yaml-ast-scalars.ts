/**
 * Scalar values as the `yaml` composer resolves them (compose/compose-scalar.js), with the `yaml`
 * package's own schema tags: YAML 1.2 core by default, 1.1 under a `%YAML 1.1` directive.
 * yaml-eslint-parser resolves for the version it was told instead, so yaml-ast.ts resolves again.
 */
import { Schema, isScalar } from 'yaml';
import type { ScalarTag } from 'yaml';

/** The schemas `yaml` documents use: YAML 1.2 core by default, 1.1 under a `%YAML 1.1` directive. */
export const SCHEMAS = {
  '1.2': new Schema({ resolveKnownTags: true, schema: 'core' }),
  '1.1': new Schema({ resolveKnownTags: false, schema: 'yaml-1.1' }),
};

/** The value of a scalar written as `source` (folded or unescaped), with its explicit tag if any. */
export function resolveScalar(schema: Schema, source: string, tagName: string | undefined, plain: boolean, atKey: boolean): unknown {
  const tag = tagName ? tagByName(schema, source, tagName) : plain ? tagByTest(schema, source, atKey) : undefined;
  if (!tag) return source;
  try {
    const res = tag.resolve(source, () => undefined, {} as never) as unknown;
    return isScalar(res) ? res.value : res;
  } catch {
    return source;
  }
}

type AnyTag = ScalarTag & { readonly collection?: unknown };

function tagByName(schema: Schema, source: string, tagName: string): AnyTag | undefined {
  if (tagName === '!') return undefined; // the non-specific tag: a string
  const withTest: AnyTag[] = [];
  for (const t of schema.tags as AnyTag[]) {
    if (t.collection || t.tag !== tagName) continue;
    if (t.default && t.test) withTest.push(t);
    else return t;
  }
  for (const t of withTest) if (t.test?.test(source)) return t;
  const known = (schema.knownTags as Record<string, AnyTag>)[tagName];
  return known && !known.collection ? known : undefined;
}

function tagByTest(schema: Schema, source: string, atKey: boolean): AnyTag | undefined {
  return (schema.tags as AnyTag[]).find((t) => (t.default === true || (atKey && (t.default as unknown) === 'key')) && t.test?.test(source));
}
