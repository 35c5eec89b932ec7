/**
 * Text edits for fixes and suggestions that keep the file's own style: a replaced value keeps its
 * quotes, a quoted value uses the quote the format expects.
 */
import type { ScalarNode } from '../document/types.js';
import type { TextEdit } from './types.js';

/**
 * Replaces a scalar's value, keeping the quote it was written with (YAML, TOML literal strings, JS/TS
 * string literals); a JS/TS string computed by an expression becomes a quoted literal, never bare text.
 */
export function replaceScalar(node: ScalarNode, value: string): TextEdit {
  const written = /^['"`]/.exec(node.raw.trimStart())?.[0];
  const quote = written ?? (node.style === 'double-quoted' || node.style === 'json' || node.style === 'toml' ? '"' : node.style === 'js' ? "'" : '');
  return { range: node.range, text: quote + value + quote };
}

/** Wraps a plain YAML scalar in double quotes so every loader reads it as a string. */
export function quoteScalar(node: ScalarNode): TextEdit {
  return { range: node.range, text: JSON.stringify(node.raw.trim()) };
}

/** Renames a key, keeping the quotes it was written with (`"gama"` → `"gamma"` in JSON, `gama` → `gamma` in YAML). */
export function renameKey(key: ScalarNode, name: string): TextEdit {
  const style = key.style;
  return { range: key.range, text: style === 'single-quoted' ? `'${name}'` : style === 'double-quoted' || style === 'json' ? `"${name}"` : name };
}
