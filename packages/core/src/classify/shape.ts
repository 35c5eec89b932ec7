import type { ConfigNode } from '../document/types.js';
import { specialKind } from '../loader/special-values.js';

/** What a value looks like, as evidence for classification. */
export type ValueShape =
  | 'number'
  | 'numeric-string'
  | 'string'
  | 'boolean'
  | 'null'
  | 'placeholder'
  | 'map'
  | 'list'
  | 'numeric-list'
  | 'numeric-matrix'
  | 'opaque';

const NUMERIC_STRING = /^\s*[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\s*$/;

export function valueShape(node: ConfigNode): ValueShape {
  if (specialKind(node)) return node.kind === 'opaque' ? 'opaque' : 'placeholder';
  switch (node.kind) {
    case 'opaque':
      return 'opaque';
    case 'map':
      return 'map';
    case 'seq': {
      if (node.items.length === 0) return 'list';
      let allNumbers = true;
      let allNumericLists = true;
      for (const item of node.items) {
        if (!isNumberNode(item)) allNumbers = false;
        if (item.kind !== 'seq' || item.items.length === 0 || !item.items.every((x) => isNumberNode(x) || (x.kind === 'seq' && x.items.every(isNumberNode)))) allNumericLists = false;
        if (!allNumbers && !allNumericLists) return 'list';
      }
      return allNumbers ? 'numeric-list' : 'numeric-matrix';
    }
    case 'scalar': {
      const v = node.value;
      if (typeof v === 'number' || typeof v === 'bigint') return 'number';
      if (typeof v === 'boolean') return 'boolean';
      if (v === null) return 'null';
      return NUMERIC_STRING.test(v) ? 'numeric-string' : 'string';
    }
  }
}

function isNumberNode(n: ConfigNode): boolean {
  return n.kind === 'scalar' && (typeof n.value === 'number' || typeof n.value === 'bigint');
}

/** Number of numeric leaves in a list or matrix (for "is this a tensor?" tests). */
export function numericLeafCount(node: ConfigNode): number {
  if (node.kind === 'scalar') return typeof node.value === 'number' ? 1 : 0;
  if (node.kind !== 'seq') return 0;
  let n = 0;
  for (const item of node.items) n += numericLeafCount(item);
  return n;
}

/** A value shaped like a tensor: a matrix, or a numeric list longer than any hyperparameter tuple. */
export function isTensorLike(node: ConfigNode, shape: ValueShape = valueShape(node)): boolean {
  if (shape === 'numeric-matrix') return true;
  return shape === 'numeric-list' && numericLeafCount(node) > 8;
}

export function isNumericShape(shape: ValueShape): boolean {
  return shape === 'number' || shape === 'numeric-list' || shape === 'numeric-matrix';
}
