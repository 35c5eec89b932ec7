/**
 * YAML → ConfigDocument, with the `yaml` package (eemeli/yaml).
 *
 * We drive its Lexer → Parser → Composer pipeline ourselves instead of calling `parseAllDocuments`:
 * it costs nothing extra and lets us see every comment token with its offset (needed for inline
 * suppressions), which the composed document no longer has.
 *
 * Aliases and merge keys (`<<`) are expanded into the tree the rules see, because that is what a
 * Python loader hands to the training script; expanded nodes keep the range of the text they were
 * copied from, so a finding inside an anchored block is reported (and fixed) where it is written.
 * Expansion is bounded: alias bombs stop at a node budget and the file gets a parse problem.
 */
import { Composer, Lexer, Parser, isAlias, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Document, Node as YamlNode, Scalar as YamlScalar, YAMLMap as YamlMap, YAMLSeq as YamlSeq } from 'yaml';
import { foldFlowCollections, isUnderIndentedFlow } from './yaml-flow-fold.js';
import { foldQuotedScalar, isUnclosedQuote, isUnclosedQuotedToken, quotedValue } from './yaml-quoted-fold.js';
import type {
  Comment,
  ConfigDocument,
  ConfigNode,
  DocumentRoot,
  DuplicateKey,
  MapEntry,
  MapNode,
  ParseProblem,
  PathSegment,
  Range,
  ScalarNode,
  ScalarStyle,
} from '../document/types.js';
import { childPath, toPointer } from '../document/pointer.js';
import type { ParseOutput } from './parse-output.js';
import { findDeepNesting, nestingTooDeep } from './nesting.js';
import { explainLineInclude } from './yaml-line-include.js';
import { explainTemplate } from './template-tags.js';
import { explainConflictMarkers } from './conflict-markers.js';

/** Nodes created by alias expansion beyond the source nodes; an alias bomb stops here. */
const ALIAS_NODE_BUDGET = 100_000;
/** Deeper nesting than this is reported and cut off (no training config comes close). */
export const MAX_DEPTH = 1_000;

/** The lexer's one-character markers (document start, flow error end, scalar follows): not text. Tested by code, not by a Set of strings, which would hash every lexeme. */
const isLexerMarker = (c: number): boolean => c === 0x02 || c === 0x18 || c === 0x1f;

/**
 * Whether a quoted token might lack its closing quote: it does not end with its quote, or that quote may be escaped
 * (`\\"`, `''`). Tested per token in every file, so the full scan runs only for these few.
 */
const mayBeUnclosed = (lexeme: string, quote: number): boolean => {
  const n = lexeme.length;
  return n === 1 || lexeme.charCodeAt(n - 1) !== quote || lexeme.charCodeAt(n - 2) === (quote === 34 ? 92 /* \\ */ : 39);
};

/** Quoted scalars continued below their key's indentation that one file may have folded (each costs a parse). */
const MAX_QUOTE_FOLDS = 16;

export function parseYaml(text: string, bom: boolean, filePath?: string): ParseOutput {
  const original = composeYaml(text);
  if (original.problems.length === 0) return buildYamlDocument(original.docs, text, bom, original.comments, filePath);
  // Each way PyYAML reads what `yaml` refuses is tried on a copy of the text that keeps every offset; a reading counts
  // only when the whole file is then valid YAML, and otherwise the file's own problems are reported.
  const asWritten = { pass: original, composed: text, folded: [] };
  const quoted = original.problems.some(isUnclosedQuote) ? foldQuotedScalars(text, original) : undefined;
  for (const attempt of quoted ? [quoted, asWritten] : [asWritten]) {
    let pass = attempt.pass;
    // PyYAML reads flow collections closed at their parent's indentation (Point-MAE's `}}` in column 1).
    if (pass.problems.some(isUnderIndentedFlow)) {
      const flowFolded = foldFlowCollections(attempt.composed);
      const retry = flowFolded === undefined ? undefined : composeYaml(flowFolded);
      if (retry && retry.problems.length === 0) pass = retry;
    }
    if (pass.problems.length > 0) continue;
    restoreQuotedValues(pass.docs, text, attempt.folded);
    return buildYamlDocument(pass.docs, text, bom, pass.comments, filePath);
  }
  const explained = explainTemplate(text, explainLineInclude(text, original.problems, (blanked) => composeYaml(blanked).problems), 'YAML');
  return { problems: explainConflictMarkers(text, explained, 'YAML') };
}

/**
 * PyYAML reads a quoted scalar continued at its key's indentation or less (vampnet's SQL `query: "` … `"` in column 1):
 * each one `yaml`'s lexer leaves unclosed is put on one line, one at a time, since what follows an unclosed quote is
 * read as garbage until it is closed. Undefined when there is none to fold.
 */
function foldQuotedScalars(text: string, original: Composed): { pass: Composed; composed: string; folded: Range[] } | undefined {
  let pass = original;
  let composed = text;
  const folded: Range[] = [];
  for (let round = 0; round < MAX_QUOTE_FOLDS && pass.problems.some(isUnclosedQuote) && pass.unclosedQuotes.length > 0; round++) {
    const next = foldQuotedScalar(composed, pass.unclosedQuotes[0]!);
    if (next === undefined) break;
    composed = next.text;
    folded.push(next.span);
    pass = composeYaml(composed);
  }
  return folded.length > 0 ? { pass, composed, folded } : undefined;
}

/** Gives each folded quoted scalar the value PyYAML reads from the original text (see yaml-quoted-fold.ts). */
function restoreQuotedValues(docs: readonly Document.Parsed[], text: string, spans: readonly Range[]): void {
  if (spans.length === 0) return;
  const starts = new Map(spans.map((s) => [s[0], s[1]]));
  for (const doc of docs) {
    visit(doc, {
      Scalar(_key, node) {
        const end = node.range ? starts.get(node.range[0]) : undefined;
        if (end === undefined) return;
        const value = quotedValue(text.slice(node.range![0], end));
        if (value !== undefined) node.value = value;
      },
    });
  }
}

interface Composed {
  readonly docs: Document.Parsed[];
  readonly comments: Comment[];
  readonly problems: ParseProblem[];
  /** Offsets where quoted scalars that the lexer left unclosed open. */
  readonly unclosedQuotes: number[];
}

function composeYaml(text: string): Composed {
  const comments: Comment[] = [];
  // Where quoted scalars the lexer cut short begin: a quoted token is never announced by the scalar marker.
  const unclosedQuotes: number[] = [];
  const docs: Document.Parsed[] = [];
  const lexer = new Lexer();
  const parser = new Parser();
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, strict: true });
  let offset = 0;
  let atScalar = false;
  for (const lexeme of lexer.lex(text, false)) {
    if (atScalar) {
      atScalar = false;
      offset += lexeme.length;
    } else if (lexeme.length === 1 && isLexerMarker(lexeme.charCodeAt(0))) {
      if (lexeme === '\x1f') atScalar = true;
    } else {
      const first = lexeme.charCodeAt(0);
      if (first === 35 /* # */) {
        comments.push({ range: [offset, offset + lexeme.length], text: lexeme.slice(1) });
      } else if ((first === 34 /* " */ || first === 39 /* ' */) && mayBeUnclosed(lexeme, first) && isUnclosedQuotedToken(lexeme)) {
        unclosedQuotes.push(offset);
      }
      offset += lexeme.length;
    }
    for (const token of parser.next(lexeme)) for (const doc of composer.next(token)) docs.push(doc);
  }
  for (const token of parser.end()) for (const doc of composer.next(token)) docs.push(doc);
  for (const doc of composer.end(true, text.length)) docs.push(doc);

  const problems: ParseProblem[] = [];
  for (const doc of docs) {
    for (const err of doc.errors) {
      const start = Math.max(0, Math.min(err.pos[0], text.length));
      const end = Math.max(start, Math.min(err.pos[1], text.length));
      if (err.code === 'RESOURCE_EXHAUSTION') problems.push(tooDeep(text, start));
      else if (err.code === 'MISSING_CHAR' && text[start] === '#' && SEPARATES_A_COMMENT.has(text[start - 1] ?? '\n')) continue;
      else if (err.code === 'BAD_INDENT' && MISALIGNED_ITEM.test(err.message)) problems.push({ message: cleanMessage(err.message), range: misalignedItem(text, start, end), code: err.code });
      else if (err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'MULTILINE_IMPLICIT_KEY') {
        const deeper = deeperKeyLine(text, start);
        problems.push(deeper ? { message: DEEPER_KEY, range: deeper, code: err.code } : { message: cleanMessage(err.message), range: [start, end], code: err.code });
      }
      else problems.push({ message: cleanMessage(err.message), range: [start, end], code: err.code });
    }
  }
  return { docs, comments, problems, unclosedQuotes };
}

const MISALIGNED_ITEM = /^All (?:mapping|sequence) items must start at the same column/;

/**
 * `yaml` reports a mapping item that does not line up with its siblings at the end of the line before it (SRFormer's
 * `  train:` followed by ` name: DIV2K`); the item is what is out of place, and PyYAML points at it too. The range moves
 * to that item, past blank and comment lines, up to the end of its line.
 */
function misalignedItem(text: string, start: number, end: number): [number, number] {
  let i = start;
  let crossedLine = false;
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === '#') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    if (text[i] !== '\n' && text[i] !== '\r') break;
    crossedLine = true;
    i++;
  }
  // With comment lines between them, `yaml` reports at the item already: its range still runs to the line's end.
  if (!crossedLine && !startsItsLine(text, start)) return [start, end];
  if (i >= text.length) return [start, end];
  let lineEnd = i;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  while (lineEnd > i && (text[lineEnd - 1] === ' ' || text[lineEnd - 1] === '\t')) lineEnd--;
  return [i, lineEnd];
}

const DEEPER_KEY = 'Mapping values are not allowed here: this key is indented deeper than the one above it, which makes it part of that value.';

/**
 * `yaml` reports a key indented deeper than its siblings under a plain value (MATRN's `  stage: pretrain-vision` followed
 * by `    workdir: results`) at the value, as a multi-line implicit key; the deeper line is what is out of place, and
 * PyYAML points there ("mapping values are not allowed here"). The range of that line's content, or undefined when the
 * error is not of that shape.
 */
function deeperKeyLine(text: string, valueStart: number): [number, number] | undefined {
  const lineStart = text.lastIndexOf('\n', valueStart - 1) + 1;
  const before = text.slice(lineStart, valueStart);
  if (!/^[ \t]*(?:- )?[^\s#][^#]*:[ \t]+$/.test(before)) return undefined;
  const indent = before.length - before.trimStart().length;
  let i = text.indexOf('\n', valueStart);
  while (i >= 0) {
    const next = i + 1;
    let lineEnd = text.indexOf('\n', next);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(next, lineEnd).replace(/\r$/, '');
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) {
      i = lineEnd < text.length ? lineEnd : -1;
      continue;
    }
    const depth = line.length - content.length;
    if (depth <= indent || !/^[^\s#:'"[{][^:#]*:(?:[ \t]|$)/.test(content)) return undefined;
    return [next + depth, next + line.trimEnd().length];
  }
  return undefined;
}

function startsItsLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '\r';
}

/**
 * A `#` right after a closing quote or bracket (`data_dir: './data'#where to save`, `[1, 2]#note`), or after a comma in
 * a flow collection (PSENet's `[ Conv, 1, [ 128, 3, 2 ], True ],# 1 P/4`): YAML 1.2 wants white space before a comment,
 * but PyYAML, ruamel and OmegaConf read it as one, and `yaml` composes the same value, so the file means what its
 * author wrote (SuperPoint-Pytorch). After a plain scalar the `#` is part of the value instead.
 * A `#` that starts a line is separated by the line break; `yaml` still refuses one in column 1 inside a flow mapping
 * after its last value (lepard's `split: {…, "test": x.pkl` / `#  "test": y.pkl` / `}`), which every reader takes for a
 * commented-out entry, as `yaml` composes it too.
 */
const SEPARATES_A_COMMENT: ReadonlySet<string> = new Set(["'", '"', ']', '}', ',', '\n', '\r']);

/** What buildYamlDocument reads of a composed document (`yaml`'s `Document.Parsed` has it). */
export interface ComposedYamlDocument {
  readonly contents: unknown;
  readonly range?: readonly number[];
  readonly directives?: { readonly yaml: { readonly explicit?: boolean; readonly version: string } };
}

/**
 * The tree rules see, from composed documents. parseYaml composes them from the text; the ESLint
 * plugin rebuilds them from eslint-plugin-yml's AST (yaml-ast.ts), so both get the same tree.
 */
export function buildYamlDocument(docs: readonly ComposedYamlDocument[], text: string, bom: boolean, comments: Comment[], filePath?: string): ParseOutput {
  const builder = new TreeBuilder(text);
  const documents: DocumentRoot[] = docs.map((doc, index) => {
    builder.anchors.clear();
    const root = doc.contents ? builder.node(doc.contents as YamlNode, [], undefined, 0) : null;
    const range = doc.range ?? [0, text.length];
    const version = doc.directives?.yaml?.explicit ? doc.directives.yaml.version : undefined;
    return { index, root, range: [range[0], range[2] ?? range[1]], ...(version ? { yamlVersion: version } : {}) };
  });
  if (documents.length === 0) documents.push({ index: 0, root: null, range: [0, text.length] });
  if (builder.problems.length > 0) return { problems: builder.problems };

  const document: ConfigDocument = {
    format: 'yaml',
    text,
    bom,
    documents,
    comments,
    duplicateKeys: builder.duplicateKeys,
    ...(filePath !== undefined ? { filePath } : {}),
  };
  return { document, problems: [] };
}

/**
 * yaml reports a stack overflow while composing deeply nested input as RESOURCE_EXHAUSTION with the
 * engine's "Maximum call stack size exceeded"; say what is wrong with the document instead, at the
 * bracket that goes too deep when the nesting is in flow style, else where the parser gave up.
 */
function tooDeep(text: string, at: number): ParseProblem {
  const flow = findDeepNesting(text, MAX_DEPTH);
  if (flow >= 0) return nestingTooDeep(flow, MAX_DEPTH);
  return { message: 'The document is nested too deeply for the YAML parser, which ran out of stack here.', range: [at, at], code: 'NESTING_TOO_DEEP' };
}

/** yaml's messages sometimes end with " at line X, column Y"; we print positions ourselves. */
function cleanMessage(message: string): string {
  const m = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  return /[.!?]$/.test(m) ? m : m + '.';
}

const STYLE: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single-quoted',
  QUOTE_DOUBLE: 'double-quoted',
  BLOCK_LITERAL: 'block-literal',
  BLOCK_FOLDED: 'block-folded',
};

/** `tag:yaml.org,2002:python/tuple` → `!!python/tuple`; local tags stay as written. */
function displayTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  return tag.startsWith('tag:yaml.org,2002:') ? '!!' + tag.slice('tag:yaml.org,2002:'.length) : tag;
}

class TreeBuilder {
  readonly anchors = new Map<string, YamlNode>();
  readonly problems: ParseProblem[] = [];
  readonly duplicateKeys: DuplicateKey[] = [];
  private aliasBudget = ALIAS_NODE_BUDGET;
  private readonly expanding = new Set<YamlNode>();
  private budgetReported = false;

  constructor(private readonly text: string) {}

  node(n: YamlNode, path: PathSegment[], viaAlias: Range | undefined, depth: number): ConfigNode {
    if (viaAlias && --this.aliasBudget < 0) return this.budgetExceeded(n, path, viaAlias);
    if (depth > MAX_DEPTH) {
      const at = rangeOf(n);
      this.problems.push(nestingTooDeep(at[0], MAX_DEPTH));
      return { kind: 'opaque', raw: '', reason: 'nested too deeply', range: at, path, pointer: pointerOf(path) };
    }
    if (isAlias(n)) return this.alias(n, path, depth);
    if (n.anchor && !viaAlias) this.anchors.set(n.anchor, n);
    // An alias inside its own anchored node (`a: &a {b: *a}`) is recursive from the first occurrence.
    if (!n.anchor || this.expanding.has(n)) return this.build(n, path, viaAlias, depth);
    this.expanding.add(n);
    try {
      return this.build(n, path, viaAlias, depth);
    } finally {
      this.expanding.delete(n);
    }
  }

  private build(n: YamlNode, path: PathSegment[], viaAlias: Range | undefined, depth: number): ConfigNode {
    const range = rangeOf(n);
    const pointer = pointerOf(path);
    let node: ConfigNode;
    if (isMap(n)) node = { kind: 'map', entries: this.entries(n.items, path, viaAlias, depth), range, path, pointer };
    else if (isSeq(n)) node = { kind: 'seq', items: n.items.map((item, i) => this.child(item as YamlNode | null, childPath(path, i), viaAlias, depth + 1)), range, path, pointer };
    else node = this.scalar(n as YamlScalar, range, path, pointer);
    // Rare properties are added only when present, so the common node keeps one fixed shape
    // (no spread of a base object, no out-of-object property storage).
    const tag = n.tag ? displayTag(n.tag) : undefined;
    if (tag !== undefined || n.anchor || viaAlias) {
      const extra = node as { -readonly [K in 'tag' | 'anchor' | 'viaAlias']?: ConfigNode[K] };
      if (tag !== undefined) extra.tag = tag;
      if (n.anchor) extra.anchor = n.anchor;
      if (viaAlias) extra.viaAlias = viaAlias;
    }
    return node;
  }

  private child(n: YamlNode | null | undefined, path: PathSegment[], viaAlias: Range | undefined, depth: number, at = 0): ConfigNode {
    if (n) return this.node(n, path, viaAlias, depth);
    return { kind: 'scalar', value: null, raw: '', style: 'plain', range: [at, at], path, pointer: pointerOf(path) };
  }

  private alias(n: YamlNode & { source: string }, path: PathSegment[], depth: number): ConfigNode {
    const at = rangeOf(n);
    const target = this.anchors.get(n.source);
    if (!target) {
      // PyYAML and OmegaConf refuse the file ("found undefined alias"), so it cannot be read as written.
      this.problems.push({ message: `Alias *${n.source} refers to no anchor &${n.source} defined before it in this document.`, range: at, code: 'UNKNOWN_ALIAS' });
    }
    if (!target || this.expanding.has(target)) {
      const reason = target ? `recursive alias *${n.source}` : `unknown alias *${n.source}`;
      return { kind: 'opaque', raw: this.text.slice(at[0], at[1]), reason, range: at, path, pointer: pointerOf(path) };
    }
    return this.node(target, path, at, depth + 1);
  }

  private entries(items: unknown[], path: PathSegment[], viaAlias: Range | undefined, depth: number): MapEntry[] {
    const entries: MapEntry[] = [];
    const seen = new Map<string, Range>();
    const mergeSources: { value: YamlNode; at: Range }[] = [];
    for (const item of items) {
      if (!isPair(item)) continue;
      const keyNode = item.key as YamlNode | null;
      if (isScalar(keyNode) && keyNode.value === '<<' && keyNode.type === 'PLAIN' && item.value) {
        mergeSources.push({ value: item.value as YamlNode, at: rangeOf(keyNode) });
        continue;
      }
      const key = this.key(keyNode, path, viaAlias);
      const name = String(key.value);
      // The key and its value share one path.
      const value = this.child(item.value as YamlNode | null, key.path as PathSegment[], viaAlias, depth + 1, key.range[1]);
      const first = seen.get(name);
      if (first) {
        if (!viaAlias) this.duplicateKeys.push({ name, path: childPath(path, name), key: key.range, first });
        const idx = entries.findIndex((e) => String(e.key.value) === name);
        if (idx >= 0) entries.splice(idx, 1); // the last occurrence wins, as in PyYAML and JSON.parse
      } else seen.set(name, key.range);
      // An aliased value's range is the anchored text; the entry as written ends at the alias.
      const end = value.viaAlias && !viaAlias ? value.viaAlias[1] : value.range[1];
      entries.push({ key, value, range: [key.range[0], Math.max(key.range[1], end)], origin: 'explicit' });
    }
    for (const source of mergeSources) this.merge(source.value, source.at, entries, seen, path, depth);
    return entries;
  }

  /** YAML 1.1 merge: explicit keys win, then earlier merge sources win over later ones. */
  private merge(value: YamlNode, at: Range, entries: MapEntry[], seen: Map<string, Range>, path: PathSegment[], depth: number): void {
    const sources = isSeq(value) ? (value.items as YamlNode[]) : [value];
    for (const source of sources) {
      const resolved = isAlias(source) ? this.anchors.get(source.source) : source;
      if (!resolved || !isMap(resolved) || this.expanding.has(resolved)) continue;
      const via = isAlias(source) ? rangeOf(source) : at;
      this.expanding.add(resolved);
      try {
        const copy = this.node(resolved, path, via, depth + 1);
        if (copy.kind !== 'map') continue;
        for (const e of copy.entries) {
          const name = String(e.key.value);
          if (seen.has(name)) continue;
          seen.set(name, e.key.range);
          entries.push({ ...e, origin: 'merge' });
        }
      } finally {
        this.expanding.delete(resolved);
      }
    }
  }

  /** A mapping's key, with the path of its entry (`parentPath` and the key's name). */
  private key(n: YamlNode | null, parentPath: PathSegment[], viaAlias: Range | undefined): ScalarNode {
    // Keys can carry anchors too (`&a key: value`, `? &a [x, &b y]`); later aliases may refer to them.
    if (n && !viaAlias) this.registerAnchors(n, 0);
    if (isScalar(n)) {
      const range = rangeOf(n);
      const value = n.value === null || typeof n.value === 'object' ? String(n.source ?? '') : (n.value as ScalarNode['value']);
      return this.makeScalar(range, value, STYLE[n.type ?? 'PLAIN'] ?? 'plain', childPath(parentPath, String(value)), viaAlias, displayTag(n.tag));
    }
    // Complex keys (`? [a, b]`) and aliases as keys: keep their text as the key name.
    const range = n ? rangeOf(n) : ([0, 0] as Range);
    const raw = this.text.slice(range[0], range[1]);
    return this.makeScalar(range, raw, 'plain', childPath(parentPath, raw), viaAlias);
  }

  /** Records the anchors of a node that is not built into the tree (a complex key), in document order. */
  private registerAnchors(n: YamlNode, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (n.anchor) this.anchors.set(n.anchor, n);
    if (isMap(n)) {
      for (const item of n.items) {
        if (item.key) this.registerAnchors(item.key as YamlNode, depth + 1);
        if (item.value) this.registerAnchors(item.value as YamlNode, depth + 1);
      }
    } else if (isSeq(n)) {
      for (const item of n.items) this.registerAnchors(item as YamlNode, depth + 1);
    }
  }

  private scalar(n: YamlScalar, range: Range, path: PathSegment[], pointer: string): ScalarNode {
    let value = n.value as unknown;
    if (value !== null && typeof value === 'object') value = String(n.source ?? ''); // e.g. timestamps, binary
    return {
      kind: 'scalar',
      value: value as ScalarNode['value'],
      raw: this.text.slice(range[0], range[1]),
      style: STYLE[n.type ?? 'PLAIN'] ?? 'plain',
      range,
      path,
      pointer,
    };
  }

  private makeScalar(range: Range, value: ScalarNode['value'], style: ScalarStyle, path: PathSegment[], viaAlias: Range | undefined, tag?: string): ScalarNode {
    const node: { -readonly [K in keyof ScalarNode]: ScalarNode[K] } = { kind: 'scalar', value, raw: this.text.slice(range[0], range[1]), style, range, path, pointer: pointerOf(path) };
    if (tag) node.tag = tag;
    if (viaAlias) node.viaAlias = viaAlias;
    return node;
  }

  private budgetExceeded(n: YamlNode, path: PathSegment[], viaAlias: Range): ConfigNode {
    if (!this.budgetReported) {
      this.budgetReported = true;
      this.problems.push({
        message: `Alias expansion stopped after ${ALIAS_NODE_BUDGET} nodes; the aliases multiply out to a document too large to load (an "alias bomb").`,
        range: viaAlias,
        code: 'ALIAS_EXPANSION_LIMIT',
      });
    }
    return { kind: 'opaque', raw: '', reason: 'alias expansion limit', range: rangeOf(n), path, pointer: pointerOf(path) };
  }
}

function rangeOf(n: YamlNode | null | undefined): Range {
  const r = n?.range;
  if (!r) return [0, 0];
  if ((isMap(n) || isSeq(n)) && !n.flow && n.items.length > 0) return [r[0], Math.max(r[0], blockEnd(n))];
  return [r[0], r[1]];
}

/**
 * A block collection ends where its last item ends. yaml's own end also takes in some of the comments
 * and blank lines after that item, depending on their indentation, which an ESLint language's AST does
 * not record and which no finding should cover.
 */
function blockEnd(n: YamlMap | YamlSeq): number {
  const last = n.items[n.items.length - 1];
  if (!isPair(last)) return rangeOf(last as YamlNode)[1];
  return rangeOf((last.value ?? last.key) as YamlNode | null)[1];
}

let lastPath: readonly PathSegment[] | undefined;
let lastPointer = '';

/** A key and its value share one path array; remember the last pointer so it is built once for both. */
function pointerOf(path: readonly PathSegment[]): string {
  if (path !== lastPath) {
    lastPath = path;
    lastPointer = toPointer(path);
  }
  return lastPointer;
}
