/**
 * The rule API. A rule is one file: metadata (id, default severity, category, description, options
 * with a JSON Schema and defaults, references) and a `check` that reads the analysed document and
 * reports. Rules never parse text and never know which front-end runs them.
 */
import type { ConfigDocument, ConfigNode, Range } from '../document/types.js';
import type { Field } from '../classify/classify.js';
import type { DetectedFramework, FrameworkId } from '../model/frameworks.js';
import type { ScriptFacts, TrainingRun } from '../model/training-run.js';
import type { LoaderProfile } from '../loader/profiles.js';
import type { KeyIndex } from '../model/key-index.js';
import type { LineIndex } from '../document/line-index.js';
import type { FileSchemas } from '../schema/types.js';

export type Severity = 'error' | 'warn' | 'info';
export type SeveritySetting = Severity | 'off';
export type PresetName = 'recommended' | 'strict';

export type RuleCategory =
  /** The framework rejects a single value (type or range). */
  | 'range'
  /** Two or more settings contradict each other. */
  | 'consistency'
  /** Legal but risky: the run will probably be worse than it could be. */
  | 'advice'
  /** Learned values (weights, coefficients, statistics) inside a config. */
  | 'learned-parameters'
  /** A framework-specific behaviour that silently changes what the config says. */
  | 'framework'
  /** How the file is read: loader quirks, duplicate keys. */
  | 'syntax'
  /** Risks to the machine that loads the file. */
  | 'security';

export interface RuleReference {
  readonly title: string;
  readonly url?: string;
}

/** A JSON Schema object (draft 2020-12 subset) describing a rule's options. */
export type JsonSchema = { readonly [key: string]: unknown };

export interface TextEdit {
  readonly range: Range;
  readonly text: string;
}

export interface Fix {
  /** What the fix does, e.g. "Write 1.0e-4 so PyYAML reads a float". */
  readonly description: string;
  readonly edits: readonly TextEdit[];
}

export interface RuleMeta<O extends object = object> {
  readonly id: string;
  readonly severity: Severity;
  readonly category: RuleCategory;
  /** One line for rule lists; no trailing period (ESLint convention). */
  readonly description: string;
  /** Presets that enable the rule. */
  readonly presets: readonly PresetName[];
  /** Frameworks the rule is specific to (empty: any config). */
  readonly frameworks?: readonly FrameworkId[];
  readonly options?: { readonly schema: JsonSchema; readonly defaults: O };
  readonly references: readonly RuleReference[];
  /** Whether reports may carry an automatic fix. */
  readonly fixable?: boolean;
  /** Whether reports may carry suggestions (fixes a person should choose). */
  readonly hasSuggestions?: boolean;
}

export interface Report {
  /** The field at fault; the report lands on its key or value. */
  readonly field?: Field;
  /** A node at fault, when there is no field (list items, document roots). */
  readonly node?: ConfigNode;
  /** An explicit range, for findings that are not on a node (comments, duplicate keys). */
  readonly range?: Range;
  /** JSON pointer to report with an explicit range. */
  readonly pointer?: string;
  /** Which part of the field the finding is about (default: the value). */
  readonly on?: 'key' | 'value' | 'entry';
  /** One sentence, ending with a period. */
  readonly message: string;
  /** Why it matters and what to do, in full sentences. */
  readonly explanation: string;
  readonly fix?: Fix;
  readonly suggestions?: readonly Fix[];
}

/**
 * A file the linted config refers to and whose settings matter for it: the DeepSpeed JSON that an
 * HF Trainer / axolotl YAML names with `deepspeed: ds_config.json`, or a file of a detectron2 config's `_BASE_` chain
 * (nearest first). Front-ends that can read files supply it (`lint(text, { readRelated })`); findings still land in
 * the linted file.
 */
export interface RelatedDocument {
  readonly kind: 'deepspeed' | 'base';
  /** The field of the linted file that names the related file (for a `_BASE_` chain, the linted file's `_BASE_`). */
  readonly reference: Field;
  /** The path as the front-end resolved it, for messages. */
  readonly filePath: string;
  readonly doc: ConfigDocument;
  readonly fields: readonly Field[];
  readonly lines: LineIndex;
}

export interface RuleContext<O extends object = object> {
  readonly doc: ConfigDocument;
  /** Lines and columns of offsets in `doc.text`, for messages that cite another line. */
  readonly lines: LineIndex;
  readonly fields: readonly Field[];
  readonly runs: readonly TrainingRun[];
  readonly frameworks: readonly DetectedFramework[];
  readonly index: KeyIndex;
  readonly loader: LoaderProfile;
  /** True when nothing named the loader (settings, a detected framework) and the format's default was assumed. */
  readonly loaderAssumed: boolean;
  /** True when the file is likely a fragment of a composed config (Hydra defaults, `_BASE_`). */
  readonly partial: boolean;
  /**
   * Where the framework that composes the file puts its keys, as a dotted path (`train` for Hydra's
   * `train/default.yaml`), when not at the top of the run's config: a top-level key is then read as `cfg.train.<key>`.
   */
  readonly packagePath?: string;
  /** What the project's scripts and dependency files show (a pinned Lightning 1.x), when a front-end looked. */
  readonly scripts: ScriptFacts;
  readonly options: O;
  /** Number of processes the run uses, when settings give it. */
  readonly worldSize?: number;
  /** JSON Schemas for this file, when the front-end can load them (the `schema-validation` rule). */
  readonly schemas?: FileSchemas;
  /** Files the config refers to, when the front-end could read them (see `RelatedDocument`). */
  readonly related?: readonly RelatedDocument[];
  hasFramework(id: FrameworkId): boolean;
  report(report: Report): void;
}

export interface Rule<O extends object = object> extends RuleMeta<O> {
  check(context: RuleContext<O>): void;
}

/** A finding, as every front-end receives it. */
export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly explanation: string;
  /** JSON pointer of the node at fault (`""` for the document). */
  readonly path: string;
  /** 1-based line and column (UTF-16 code units) of the start; end is exclusive. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Offsets into the file text (after a byte-order mark, if any). */
  readonly range: Range;
  readonly fix?: Fix;
  readonly suggestions?: readonly Fix[];
  readonly docsUrl?: string;
}

/** Identity helper that checks a rule's shape and keeps its option type. */
export function defineRule<O extends object = object>(rule: Rule<O>): Rule<O> {
  return rule;
}
