/**
 * Reads a JSON Schema file: a parse error comes back as a sentence with the line and column, never
 * as an exception. Shared by schema validation (`check`) and `mlconfig types`.
 */
import { readFileSync } from 'node:fs';
import { LineIndex, parseConfig } from '@mlconfig/core';

export type ReadSchemaResult = { readonly schema: Record<string, unknown>; readonly problem?: undefined } | { readonly schema?: undefined; readonly problem: string };

export function readSchemaFile(absolutePath: string): ReadSchemaResult {
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a folder, not a file' : `the file could not be read (${code ?? (err as Error).message})` };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (err) {
    // Only a broken file pays for the position-keeping parse, which says where it breaks; a valid
    // one (every schema on a normal run) is read by the engine's native JSON.parse alone.
    const parsed = parseConfig(text, { format: 'json' });
    const p = parsed.problems[0];
    if (!p) return { problem: `it is not valid JSON: ${(err as Error).message}` };
    const at = new LineIndex(text).positionAt(p.range[0]);
    return { problem: `it is not valid JSON at line ${at.line}, column ${at.column}: ${p.message.replace(/[.\s]*$/, '')}` };
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return { problem: 'a JSON Schema file must hold an object' };
  return { schema: schema as Record<string, unknown> };
}

/** Every `$ref` in a schema, with its JSON pointer (for error messages). */
export function collectRefs(schema: unknown): { readonly ref: string; readonly pointer: string }[] {
  const out: { ref: string; pointer: string }[] = [];
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${pointer}/${i}`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        const child = `${pointer}/${escape(k)}`;
        if (k === '$ref' && typeof v === 'string') out.push({ ref: v, pointer: child });
        // `enum`, `const`, `default` and `examples` hold data, not schemas.
        else if (!DATA.has(k)) walk(v, child);
      }
    }
  };
  walk(schema, '');
  return out;
}

/** Keywords whose value maps names to schemas: their keys are names, not keywords. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const DATA = new Set(['enum', 'const', 'default', 'examples']);

/** The first JSON pointer where a schema object uses `keyword`, for ajv's "unknown keyword" errors. */
export function findKeyword(schema: unknown, keyword: string): string | undefined {
  const inSchema = (node: unknown, pointer: string): string | undefined => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const hit = inSchema(node[i], `${pointer}/${i}`);
        if (hit !== undefined) return hit;
      }
      return undefined;
    }
    if (!node || typeof node !== 'object') return undefined;
    for (const [k, v] of Object.entries(node)) {
      const child = `${pointer}/${escape(k)}`;
      if (k === keyword) return child;
      if (DATA.has(k)) continue;
      if (NAME_MAPS.has(k) && v && typeof v === 'object') {
        for (const [name, sub] of Object.entries(v)) {
          const hit = inSchema(sub, `${child}/${escape(name)}`);
          if (hit !== undefined) return hit;
        }
      } else {
        const hit = inSchema(v, child);
        if (hit !== undefined) return hit;
      }
    }
    return undefined;
  };
  return inSchema(schema, '');
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
