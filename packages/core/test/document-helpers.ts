/**
 * Helpers for layer tests that look at documents and nodes directly (parse, loader, classify, model).
 * Rule tests use `findings()` from ./helpers.ts instead.
 */
import { expect } from 'vitest';
import {
  LineIndex,
  analyze,
  parseConfig,
  toDotted,
  type Analysis,
  type AnalyzeOptions,
  type ConfigDocument,
  type ConfigFormat,
  type ConfigNode,
  type Field,
  type ParseProblem,
  type Range,
} from '../src/index.js';

/** Parses text that must parse; fails the test with the parser's problems otherwise. */
export function parseDoc(text: string, format: ConfigFormat = 'yaml'): ConfigDocument {
  const out = parseConfig(text, { format });
  expect(out.problems, 'the text parses').toEqual([]);
  return out.document!;
}

/** Parses text that must not parse and returns its problems. */
export function parseProblems(text: string, format: ConfigFormat = 'yaml'): readonly ParseProblem[] {
  const out = parseConfig(text, { format });
  expect(out.document, 'the text is rejected').toBeUndefined();
  return out.problems;
}

/** Analyses text that must parse (frameworks, loader, fields, runs). */
export function analysisOf(text: string, format: ConfigFormat = 'yaml', options: Partial<AnalyzeOptions> = {}): Analysis {
  const result = analyze(text, { format, ...options });
  expect(result.problems, 'the text parses').toEqual([]);
  return result.analysis!;
}

/** The node at a JSON pointer in document `index`, or undefined. */
export function nodeAt(doc: ConfigDocument, pointer: string, index = 0): ConfigNode | undefined {
  let node: ConfigNode | null | undefined = doc.documents[index]?.root;
  if (pointer === '') return node ?? undefined;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node) return undefined;
    if (node.kind === 'map') node = node.entries.find((e) => String(e.key.value) === seg)?.value;
    else if (node.kind === 'seq') node = node.items[Number(seg)];
    else return undefined;
  }
  return node ?? undefined;
}

/** The node at a pointer, which must exist. */
export function mustNode(doc: ConfigDocument, pointer: string, index = 0): ConfigNode {
  const node = nodeAt(doc, pointer, index);
  expect(node, `a node at ${pointer}`).toBeDefined();
  return node!;
}

/** The scalar value at a pointer. */
export function valueAt(doc: ConfigDocument, pointer: string, index = 0): unknown {
  const node = mustNode(doc, pointer, index);
  expect(node.kind, `${pointer} is a scalar`).toBe('scalar');
  return node.kind === 'scalar' ? node.value : undefined;
}

/** `line:column` (1-based) of an offset in the document's text. */
export function at(doc: ConfigDocument | string, offset: number): string {
  const p = new LineIndex(typeof doc === 'string' ? doc : doc.text).positionAt(offset);
  return `${p.line}:${p.column}`;
}

/** `line:column-line:column` of a range. */
export function span(doc: ConfigDocument | string, range: Range): string {
  return `${at(doc, range[0])}-${at(doc, range[1])}`;
}

/** The text a range covers. */
export function textOf(doc: ConfigDocument, range: Range): string {
  return doc.text.slice(range[0], range[1]);
}

/** The field at a dotted path as `toDotted` writes it (`optimizer.lr`, `process[0].lr`, `sd.fc.weight`). */
export function fieldAt(fields: readonly Field[], dotted: string): Field {
  const f = fields.find((x) => toDotted(x.path) === dotted);
  expect(f, `a field at ${dotted}`).toBeDefined();
  return f!;
}
