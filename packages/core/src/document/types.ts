/**
 * The format-neutral document that every parser produces and every rule reads.
 *
 * Positions are offsets into `ConfigDocument.text` (UTF-16 code units, as JavaScript strings index);
 * lines and columns are derived from them by `LineIndex` only when a diagnostic is made.
 */

/** `[start, end)` offsets into the document text. */
export type Range = readonly [start: number, end: number];

/** The formats mlconfig reads. `js` covers JavaScript and TypeScript config objects. */
export type ConfigFormat = 'yaml' | 'json' | 'jsonc' | 'toml' | 'js';

/** One step of a path: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** How a scalar was written in the source. */
export type ScalarStyle =
  | 'plain'
  | 'single-quoted'
  | 'double-quoted'
  | 'block-literal'
  | 'block-folded'
  | 'json'
  | 'toml'
  | 'js';

export type ScalarValue = string | number | bigint | boolean | null;

interface NodeBase {
  /** Where the node's text is: for a node reached through a YAML alias, the anchored definition. */
  readonly range: Range;
  /** Keys and indices from the document root to this node. */
  readonly path: readonly PathSegment[];
  /** RFC 6901 JSON pointer of `path`. */
  readonly pointer: string;
  /** Explicit tag as written (`!new:torch.optim.Adam`, `!!python/tuple`), never executed. */
  readonly tag?: string;
  /** YAML anchor name defined on this node (`&opt`). */
  readonly anchor?: string;
  /** When this node was reached through a YAML alias (`*opt`), where the alias is written. */
  readonly viaAlias?: Range;
}

export interface ScalarNode extends NodeBase {
  readonly kind: 'scalar';
  /**
   * The value the document's loader yields. For YAML plain scalars this depends on the loader
   * profile (PyYAML reads `1e-4` as the string "1e-4", OmegaConf as a float).
   */
  value: ScalarValue;
  /** The scalar's source text exactly as written (quotes included for quoted styles). */
  readonly raw: string;
  readonly style: ScalarStyle;
}

export interface MapEntry {
  readonly key: ScalarNode;
  readonly value: ConfigNode;
  /** From the start of the key to the end of the value. */
  readonly range: Range;
  /** `merge` when the entry came from a YAML merge key (`<<: *base`), not written in this mapping. */
  readonly origin: 'explicit' | 'merge';
}

export interface MapNode extends NodeBase {
  readonly kind: 'map';
  readonly entries: MapEntry[];
}

export interface SeqNode extends NodeBase {
  readonly kind: 'seq';
  readonly items: ConfigNode[];
}

/** A value that could not be turned into data, e.g. a JS expression evaluated at run time. */
export interface OpaqueNode extends NodeBase {
  readonly kind: 'opaque';
  /** The source text of the expression. */
  readonly raw: string;
  /** Why the value is unknown, for explanations. */
  readonly reason: string;
}

export type ConfigNode = MapNode | SeqNode | ScalarNode | OpaqueNode;

export interface Comment {
  readonly range: Range;
  /** Comment text without the marker (`#` or `//`, or the `/* *\/` delimiters). */
  readonly text: string;
}

/** One document of a file: YAML streams may hold several, other formats hold one. */
export interface DocumentRoot {
  readonly index: number;
  readonly root: ConfigNode | null;
  readonly range: Range;
  /** `%YAML 1.1` directive or similar, when written. */
  readonly yamlVersion?: string;
}

export interface ConfigDocument {
  readonly format: ConfigFormat;
  /** The text the offsets refer to, without a leading byte-order mark. */
  readonly text: string;
  /** Whether the original text started with a byte-order mark (fixes put it back). */
  readonly bom: boolean;
  readonly documents: readonly DocumentRoot[];
  readonly comments: readonly Comment[];
  /** Explicit keys written twice in one mapping (the parsers keep the last value, as most loaders do). */
  readonly duplicateKeys: readonly DuplicateKey[];
  /** File name, when known; used only for framework hints and messages. */
  readonly filePath?: string;
}

export interface DuplicateKey {
  readonly name: string;
  readonly path: readonly PathSegment[];
  /** The repeated key. */
  readonly key: Range;
  /** The first occurrence. */
  readonly first: Range;
}

/** A problem that stops a document from being read, with the offset where it was found. */
export interface ParseProblem {
  readonly message: string;
  readonly range: Range;
  /** Parser-specific code such as `BAD_INDENT` or `InvalidSymbol`. */
  readonly code?: string;
  /** What the user should do, when the parser knows better than "fix the syntax" (a template tag: render the file). */
  readonly hint?: string;
}
