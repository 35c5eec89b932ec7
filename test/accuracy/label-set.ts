/**
 * The labelled classification set (fixtures/classification): loading, validation and scoring.
 *
 * Labels were written by reading each config and its framework's documentation, not by copying the
 * classifier's output; see fixtures/classification/README.md for the labelling guide.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, conceptById, formatFromPath, type Field } from '../../packages/core/src/index.js';
import { CORPUS_DIR, FIXTURES_DIR } from '../helpers/paths.js';

export type Kind = 'hyperparameter' | 'learned-parameter' | 'other';

export interface Label {
  /** Path of the config: relative to the corpus for corpus labels, to the synthetic folder otherwise. */
  readonly file: string;
  /** RFC 6901 pointer of the field's value. */
  readonly pointer: string;
  readonly kind: Kind;
  readonly concept: string | null;
  readonly note?: string;
  /** `holdout`: labelled after the classifier work, from files no earlier label touched (see the README). */
  readonly group?: 'development' | 'holdout';
}

/** Labels written after the classifier was tuned on the others: the honest estimate of generalisation. */
export const HOLDOUT_FILE = 'holdout-after-tuning.json';

export interface LabelSource {
  readonly name: 'corpus' | 'synthetic';
  /** Folder the labels' `file` paths are relative to. */
  readonly root: string;
  readonly labels: readonly Label[];
}

export const CLASSIFICATION_DIR = join(FIXTURES_DIR, 'classification');
export const SYNTHETIC_DIR = join(CLASSIFICATION_DIR, 'synthetic');

const KINDS: readonly Kind[] = ['hyperparameter', 'learned-parameter', 'other'];

function readLabels(path: string): Label[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { labels?: unknown };
  if (!Array.isArray(data.labels)) throw new Error(`${path}: expected {"labels": [...]}`);
  return data.labels as Label[];
}

export function corpusLabels(): LabelSource {
  const dir = join(CLASSIFICATION_DIR, 'corpus');
  const labels = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => readLabels(join(dir, f)).map((l) => ({ ...l, group: f === HOLDOUT_FILE ? ('holdout' as const) : ('development' as const) })));
  return { name: 'corpus', root: CORPUS_DIR, labels };
}

export function syntheticLabels(): LabelSource {
  return { name: 'synthetic', root: SYNTHETIC_DIR, labels: readLabels(join(SYNTHETIC_DIR, 'labels.json')) };
}

/** Problems with the labels themselves (unknown kind or concept, duplicates, missing files). */
export function labelProblems(source: LabelSource): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const l of source.labels) {
    const id = `${l.file}#${l.pointer}`;
    if (seen.has(id)) problems.push(`${id}: labelled twice`);
    seen.add(id);
    if (!KINDS.includes(l.kind)) problems.push(`${id}: unknown kind ${String(l.kind)}`);
    if (l.concept !== null && !conceptById(l.concept)) problems.push(`${id}: unknown concept ${l.concept}`);
    if (!l.pointer.startsWith('/')) problems.push(`${id}: pointer must start with /`);
    if (!existsSync(join(source.root, l.file))) problems.push(`${id}: file not found`);
  }
  return problems;
}

export interface Outcome {
  readonly label: Label;
  /** Undefined when the pointer names no field (a broken label). */
  readonly field?: Pick<Field, 'kind' | 'concept' | 'evidence'>;
  readonly agrees: boolean;
}

/** Classifies every labelled file once with the real pipeline (parse → detect → load → classify). */
export function score(source: LabelSource): Outcome[] {
  const byFile = new Map<string, Label[]>();
  for (const l of source.labels) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
  const outcomes: Outcome[] = [];
  for (const [file, labels] of byFile) {
    const fields = classifyFile(join(source.root, file), file);
    for (const label of labels) {
      const field = fields.get(label.pointer);
      const agrees = field !== undefined && field.kind === label.kind && (field.concept ?? null) === label.concept;
      outcomes.push({ label, ...(field ? { field } : {}), agrees });
    }
  }
  return outcomes;
}

function classifyFile(path: string, file: string): Map<string, Field> {
  const format = formatFromPath(file);
  if (!format || format === 'js') throw new Error(`${file}: not a YAML, JSON or TOML file`);
  const result = analyze(readFileSync(path, 'utf8'), { format, filePath: file });
  if (!result.analysis) throw new Error(`${file}: does not parse: ${result.problems[0]?.message}`);
  const fields = new Map<string, Field>();
  for (const f of result.analysis.fields) if (f.documentIndex === 0 && !fields.has(f.pointer)) fields.set(f.pointer, f);
  return fields;
}

export function accuracy(outcomes: readonly Outcome[]): number {
  return outcomes.length === 0 ? 0 : outcomes.filter((o) => o.agrees).length / outcomes.length;
}

const show = (kind: string | undefined, concept: string | null | undefined): string => `${kind ?? 'missing'}/${concept ?? '-'}`;

/** One line per disagreement, for the test log and docs/accuracy.md. */
export function describeDisagreements(outcomes: readonly Outcome[]): string[] {
  return outcomes
    .filter((o) => !o.agrees)
    .map((o) => {
      const l = o.label;
      const got = o.field ? show(o.field.kind, o.field.concept) : 'no such field';
      return `${l.file}#${l.pointer}: expected ${show(l.kind, l.concept)}, got ${got}${l.note ? ` (${l.note})` : ''}${o.field ? ` [${o.field.evidence.join('; ')}]` : ''}`;
    });
}

/** Agreement per repository (corpus) or per file (synthetic), for the summary table. */
export function accuracyBy(outcomes: readonly Outcome[], key: (l: Label) => string): Map<string, { agree: number; total: number }> {
  const out = new Map<string, { agree: number; total: number }>();
  for (const o of outcomes) {
    const k = key(o.label);
    const row = out.get(k) ?? { agree: 0, total: 0 };
    row.total++;
    if (o.agrees) row.agree++;
    out.set(k, row);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
