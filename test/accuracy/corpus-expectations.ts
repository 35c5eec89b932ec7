/**
 * The reviewed precision expectations of fixtures/corpus-expectations/findings.json, and the lint
 * runs they are checked against. An expectation names a rule by id; while no rule with that id is
 * registered it is pending (reported, never failed), so the file can already hold the cases of
 * rules that other branches add.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFromPath, lint, RULES, type Diagnostic, type Severity } from '../../packages/core/src/index.js';
import { CORPUS_DIR, FIXTURES_DIR } from '../helpers/paths.js';

export interface ExpectedFinding {
  readonly rule: string;
  /** 1-based lines any one of which the finding may start on (the keys or values at fault). */
  readonly lines: readonly number[];
  readonly why: string;
  /** The engine cannot meet this yet, for this reason: reported as pending even when the rule exists. */
  readonly blockedBy?: string;
  readonly note?: string;
}

export interface CleanRule {
  /** A rule id, or `*` for every rule. */
  readonly rule: string;
  readonly why: string;
  /** The rule may still report at this severity or below (`info`: advice is acceptable). */
  readonly maxSeverity?: Severity;
  /** Only these 1-based lines must stay clean (the rule may report elsewhere in the file). */
  readonly lines?: readonly number[];
}

export interface Case {
  readonly id: string;
  readonly source: string;
  readonly file: string;
  readonly about: string;
  readonly expect?: readonly ExpectedFinding[];
  readonly clean?: readonly CleanRule[];
}

export interface Expectations {
  readonly preset: 'strict' | 'recommended';
  readonly everywhere: { readonly forbid: readonly CleanRule[]; readonly parseErrorsOnlyIn: readonly string[] };
  readonly cases: readonly Case[];
  readonly repositories: readonly { readonly repo: string; readonly clean: readonly CleanRule[] }[];
}

export const PARSE_ERROR = 'parse-error';
export const RULE_FAILURE = 'rule-failure';

export function loadExpectations(): Expectations {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'corpus-expectations', 'findings.json'), 'utf8')) as Expectations;
}

const REGISTERED = new Set([...RULES.map((r) => r.id), PARSE_ERROR, RULE_FAILURE]);

/** Whether a rule id can be checked now (a registered rule, or the engine's own parse/failure ids). */
export function isRegistered(rule: string): boolean {
  return rule === '*' || REGISTERED.has(rule);
}

/** Every file of the corpus mlconfig reads (YAML, JSON, TOML), as `repo/file`. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  for (const repo of readdirSync(CORPUS_DIR, { withFileTypes: true })) {
    if (!repo.isDirectory()) continue;
    for (const f of readdirSync(join(CORPUS_DIR, repo.name)).sort()) {
      const format = formatFromPath(f);
      if (format && format !== 'js') out.push(`${repo.name}/${f}`);
    }
  }
  return out.sort();
}

/** Lints one corpus file with a preset, as `mlconfig check --preset <preset>` would. */
export function lintCorpusFile(rel: string, preset: 'strict' | 'recommended'): readonly Diagnostic[] {
  const format = formatFromPath(rel);
  if (!format) throw new Error(`${rel}: not a config file`);
  return lint(readFileSync(join(CORPUS_DIR, rel), 'utf8'), { format, filePath: rel, settings: { extends: [preset] } }).diagnostics;
}

const RANK: Record<Severity, number> = { info: 0, warn: 1, error: 2 };

/** Diagnostics that break a clean expectation. */
export function violations(diagnostics: readonly Diagnostic[], clean: CleanRule): Diagnostic[] {
  return diagnostics.filter(
    (d) => (clean.rule === '*' || d.ruleId === clean.rule) && (clean.maxSeverity === undefined || RANK[d.severity] > RANK[clean.maxSeverity]) && (clean.lines === undefined || clean.lines.includes(d.line)),
  );
}

export function describeDiagnostic(d: Diagnostic): string {
  return `${d.line}:${d.column} ${d.ruleId} (${d.severity}): ${d.message}`;
}
