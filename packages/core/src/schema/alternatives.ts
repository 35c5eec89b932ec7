/**
 * Collapses `anyOf`/`oneOf` failures into what a person needs to read.
 *
 * When no alternative matches, ajv reports every branch's errors, then the `anyOf` error. Two cases:
 * - every branch failed on the value itself (wrong type, not one of the values): one merged error,
 *   "must be a number or \"auto\"";
 * - some branch accepted the value's type but failed inside it (an unknown key in the object form):
 *   those errors are the real problem, so they are kept, from the branch with the fewest errors, and
 *   the type mismatches of the other branches are dropped.
 *
 * ajv emits a branch's errors just before the `anyOf` error; they are found by walking back while
 * errors lie at or under the same value and do not come from a sibling keyword of the `anyOf`.
 */
import type { SchemaError } from './types.js';

/** A merged "none of the alternatives" error (not an ajv keyword). */
export const ALTERNATIVES = 'mlconfig:alternatives';

export interface AlternativesParams {
  readonly types: readonly string[];
  readonly values: readonly unknown[];
}

export function collapseAlternatives(errors: readonly SchemaError[]): SchemaError[] {
  const out: SchemaError[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue; // the failing `then`/`else` errors are reported themselves
    if ((e.keyword !== 'anyOf' && e.keyword !== 'oneOf') || Array.isArray(e.params.passingSchemas)) {
      out.push(e);
      continue;
    }
    const parentPath = e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/'));
    const branch: SchemaError[] = [];
    while (out.length > 0) {
      const last = out[out.length - 1];
      if (!isAtOrUnder(last.instancePath, e.instancePath) || isSiblingKeyword(last.schemaPath, parentPath, e.schemaPath)) break;
      branch.unshift(out.pop()!);
    }
    out.push(...resolve(e, branch));
  }
  return out;
}

function resolve(e: SchemaError, branch: readonly SchemaError[]): SchemaError[] {
  const onValue = (b: SchemaError): boolean => b.instancePath === e.instancePath && (b.keyword === 'type' || b.keyword === 'enum' || b.keyword === 'const' || b.keyword === ALTERNATIVES);
  const structural = branch.filter((b) => !onValue(b));
  if (structural.length > 0) return fewestErrorBranch(e, structural);
  const types: string[] = [];
  const values: unknown[] = [];
  for (const b of branch) {
    if (b.keyword === 'type') types.push(...String(b.params.type).split(','));
    else if (b.keyword === 'enum') values.push(...((b.params.allowedValues as unknown[]) ?? []));
    else if (b.keyword === 'const') values.push(b.params.allowedValue);
    else if (b.keyword === ALTERNATIVES) {
      const p = b.params as unknown as AlternativesParams;
      types.push(...p.types);
      values.push(...p.values);
    }
  }
  const params: AlternativesParams = { types: [...new Set(types)], values: uniqueValues(values) };
  return [{ keyword: ALTERNATIVES, instancePath: e.instancePath, schemaPath: e.schemaPath, params: params as unknown as Record<string, unknown>, ...(e.parentSchema !== undefined ? { parentSchema: e.parentSchema } : {}) }];
}

/** Groups errors by branch (`…/anyOf/<i>/…`, or the `$defs` entry a `$ref` led to) and keeps the smallest group. */
function fewestErrorBranch(e: SchemaError, errors: readonly SchemaError[]): SchemaError[] {
  const groups = new Map<string, SchemaError[]>();
  for (const err of errors) {
    const key = branchKey(err.schemaPath, e.schemaPath);
    const g = groups.get(key);
    if (g) g.push(err);
    else groups.set(key, [err]);
  }
  let best: SchemaError[] | undefined;
  for (const g of groups.values()) if (!best || g.length < best.length) best = g;
  return best ?? [];
}

function branchKey(schemaPath: string, alternativesPath: string): string {
  if (schemaPath.startsWith(alternativesPath + '/')) return schemaPath.slice(alternativesPath.length + 1).split('/')[0];
  const m = /^(.*?#\/(?:\$defs|definitions)\/[^/]+)/.exec(schemaPath);
  return m ? m[1] : schemaPath;
}

function isSiblingKeyword(schemaPath: string, parentPath: string, alternativesPath: string): boolean {
  if (!schemaPath.startsWith(parentPath + '/') || schemaPath.startsWith(alternativesPath + '/')) return false;
  const rest = schemaPath.slice(parentPath.length + 1);
  return !/^(?:\$defs|definitions)\//.test(rest);
}

function isAtOrUnder(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(prefix + '/');
}

function uniqueValues(values: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const v of values) {
    const k = JSON.stringify(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}
