/**
 * Text edits for fixes and suggestions that keep the file's own style: a replaced value keeps its
 * quotes, a quoted value uses the quote the format expects.
 */
import type { ScalarNode } from '../document/types.js';
import type { TextEdit } from './types.js';

/** Replaces a scalar's value, keeping single or double quotes if it had them. */
export function replaceScalar(node: ScalarNode, value: string): TextEdit {
  const quote = node.style === 'single-quoted' ? "'" : node.style === 'double-quoted' || node.style === 'json' || node.style === 'toml' ? '"' : '';
  return { range: node.range, text: quote + value + quote };
}

/** Wraps a plain YAML scalar in double quotes so every loader reads it as a string. */
export function quoteScalar(node: ScalarNode): TextEdit {
  return { range: node.range, text: JSON.stringify(node.raw.trim()) };
}
