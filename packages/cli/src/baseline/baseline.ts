/**
 * Baselines: record today's findings so that CI fails only on new ones, as ESLint's bulk
 * suppressions do. Matching is by file and rule with a count, not by line, so edits elsewhere in
 * the file do not invalidate the baseline. When a file has more findings of a rule than recorded,
 * all of them are reported (mlconfig cannot tell which one is new), as in ESLint.
 *
 * Findings that are not rules (parse-error, read-error, rule-failure, unsupported-file) are never
 * recorded or suppressed: a file that cannot be read hides every other problem in it.
 */
import { relative } from 'node:path';
import type { Diagnostic } from '@mlconfig/core';
import { toPosix } from '../discovery/find-files.js';
import { BUILTIN_IDS } from '../formatters/rule-info.js';
import { makeResult, type FileResult } from '../results.js';
import type { Suppressions } from './suppressions-file.js';

/** Key of a file in the suppressions file: POSIX path relative to the file's folder. */
export function suppressionKey(filePath: string, suppressionsDir: string): string {
  return toPosix(relative(suppressionsDir, filePath));
}

function countsByRule(diagnostics: readonly Diagnostic[], only?: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) {
    if (BUILTIN_IDS.has(d.ruleId) || (only && !only.has(d.ruleId))) continue;
    counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
  }
  return counts;
}

/**
 * `--suppress-all` / `--suppress-rule`: for every checked file, the recorded counts of the chosen
 * rules become today's counts. Files that were not checked keep their entries.
 */
export function recordSuppressions(existing: Suppressions, results: readonly FileResult[], suppressionsDir: string, onlyRules?: ReadonlySet<string>): Suppressions {
  const next: Suppressions = new Map([...existing].map(([f, rules]) => [f, new Map(rules)]));
  for (const r of results) {
    const key = suppressionKey(r.filePath, suppressionsDir);
    const rules = next.get(key) ?? new Map<string, number>();
    for (const rule of [...rules.keys()]) if (!onlyRules || onlyRules.has(rule)) rules.delete(rule);
    for (const [rule, count] of countsByRule(r.diagnostics, onlyRules)) rules.set(rule, count);
    if (rules.size > 0) next.set(key, rules);
    else next.delete(key);
  }
  return next;
}

/**
 * `--prune-suppressions`: for every checked file, counts drop to what still occurs (never rise);
 * entries of files that no longer exist are removed.
 */
export function pruneSuppressions(existing: Suppressions, results: readonly FileResult[], suppressionsDir: string, fileExists: (key: string) => boolean): Suppressions {
  const checked = new Map(results.map((r) => [suppressionKey(r.filePath, suppressionsDir), r]));
  const next: Suppressions = new Map();
  for (const [file, rules] of existing) {
    const result = checked.get(file);
    if (!result) {
      if (fileExists(file)) next.set(file, new Map(rules));
      continue;
    }
    const now = countsByRule(result.diagnostics);
    const kept = new Map<string, number>();
    for (const [rule, count] of rules) {
      const still = Math.min(count, now.get(rule) ?? 0);
      if (still > 0) kept.set(rule, still);
    }
    if (kept.size > 0) next.set(file, kept);
  }
  return next;
}

export interface BaselineOutcome {
  readonly results: FileResult[];
  readonly suppressedCount: number;
  /** Entries of checked files that recorded more findings than occur now (would be pruned). */
  readonly unusedCount: number;
}

/** Hides the findings the baseline covers and recounts each file. */
export function applySuppressions(results: readonly FileResult[], suppressions: Suppressions, suppressionsDir: string): BaselineOutcome {
  let suppressedCount = 0;
  let unusedCount = 0;
  const out = results.map((r) => {
    const recorded = suppressions.get(suppressionKey(r.filePath, suppressionsDir));
    if (!recorded) return r;
    const now = countsByRule(r.diagnostics);
    for (const [rule, count] of recorded) if ((now.get(rule) ?? 0) < count) unusedCount++;
    const hidden = new Set([...now].filter(([rule, n]) => n <= (recorded.get(rule) ?? 0)).map(([rule]) => rule));
    if (hidden.size === 0) return r;
    const kept = r.diagnostics.filter((d) => BUILTIN_IDS.has(d.ruleId) || !hidden.has(d.ruleId));
    suppressedCount += r.diagnostics.length - kept.length;
    return makeResult(r.filePath, r.relativePath, kept, r.output);
  });
  return { results: out, suppressedCount, unusedCount };
}
