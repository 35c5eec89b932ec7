/**
 * The suppressions file (`mlconfig-suppressions.json` by default), in the shape of ESLint's
 * `eslint-suppressions.json`: file path (POSIX, relative to the suppressions file's folder) →
 * rule id → `{ "count": n }`, the number of findings of that rule in that file that existed when
 * the baseline was recorded. Keys are written sorted so the file diffs cleanly in review.
 */
import { readFileSync } from 'node:fs';
import { SettingsFileError } from '../errors.js';
import { writeFileAtomic } from '../fix/atomic-write.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'mlconfig-suppressions.json';

/** file → rule → count */
export type Suppressions = Map<string, Map<string, number>>;

export function readSuppressions(path: string): Suppressions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    // ENOTDIR: a parent is a file, so the suppressions file cannot exist either.
    if (['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '')) return new Map();
    throw new SettingsFileError(`Could not read the suppressions file ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`, path);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new SettingsFileError(`The suppressions file ${path} is not valid JSON (${(err as Error).message}); fix it or record it again with --suppress-all.`, path);
  }
  const invalid = (where: string, expected: string): SettingsFileError =>
    new SettingsFileError(`Invalid suppressions file ${path}: ${where} must be ${expected}.`, path);
  if (!isObject(data)) throw invalid('the top level', 'an object of file paths');
  const out: Suppressions = new Map();
  for (const [file, rules] of Object.entries(data)) {
    if (!isObject(rules)) throw invalid(`"${file}"`, 'an object of rule ids');
    const byRule = new Map<string, number>();
    for (const [rule, entry] of Object.entries(rules)) {
      const count = isObject(entry) ? entry.count : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw invalid(`"${file}" → "${rule}"`, '{ "count": <positive integer> }');
      byRule.set(rule, count);
    }
    if (byRule.size > 0) out.set(file, byRule);
  }
  return out;
}

export function serializeSuppressions(suppressions: Suppressions): string {
  const data: Record<string, Record<string, { count: number }>> = {};
  for (const file of [...suppressions.keys()].sort()) {
    const rules = suppressions.get(file)!;
    if (rules.size === 0) continue;
    data[file] = {};
    for (const rule of [...rules.keys()].sort()) data[file][rule] = { count: rules.get(rule)! };
  }
  return JSON.stringify(data, null, 2) + '\n';
}

export function writeSuppressions(path: string, suppressions: Suppressions): void {
  writeFileAtomic(path, serializeSuppressions(suppressions), { createDirs: true });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
