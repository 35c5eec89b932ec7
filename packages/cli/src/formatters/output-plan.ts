/**
 * Where each report goes. `--format` may be repeated, and each one may name its own file as
 * `name:path` (Spectral and ESLint need a second flag per format; one token is easier to read in CI
 * files): `--format stylish --format sarif:results.sarif` prints the stylish report and writes SARIF.
 * At most one format goes to stdout; `--output-file` sends that one to a file instead. With no
 * `--format`, the report is `stylish`, or `github` when running under GitHub Actions.
 */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { FORMATTERS, formatterNames } from './index.js';
import type { Formatter } from './types.js';

export interface OutputTarget {
  readonly format: string;
  readonly formatter: Formatter;
  /** Absolute path, or undefined for stdout. */
  readonly file?: string;
}

export function defaultFormat(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish';
}

export function planOutputs(specs: readonly string[] | undefined, outputFile: string | undefined, cwd: string, env: NodeJS.ProcessEnv): OutputTarget[] {
  const given = specs && specs.length > 0 ? specs : [defaultFormat(env)];
  const targets = given.map((spec) => parseSpec(spec, cwd));
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`Only one format can be printed; give the others a file, e.g. --format ${toStdout[1].format}:report.${extension(toStdout[1].format)}.`);
  }
  if (outputFile !== undefined) {
    if (toStdout.length === 0) throw new UsageError('--output-file needs a --format without a file of its own.');
    const i = targets.indexOf(toStdout[0]);
    targets[i] = { ...toStdout[0], file: resolve(cwd, outputFile) };
  }
  const files = targets.flatMap((t) => (t.file !== undefined ? [t.file] : []));
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup !== undefined) throw new UsageError(`Two formats would write the same file ${dup}.`);
  return targets;
}

function parseSpec(spec: string, cwd: string): OutputTarget {
  const colon = spec.indexOf(':');
  const name = (colon === -1 ? spec : spec.slice(0, colon)).trim().toLowerCase();
  const path = colon === -1 ? undefined : spec.slice(colon + 1);
  const formatter = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  if (!formatter) throw new UsageError(`Unknown format "${name}"; expected one of ${formatterNames().join(', ')}.`);
  if (path !== undefined && path.trim() === '') throw new UsageError(`--format ${name}: expects a file name after the colon.`);
  return { format: name, formatter, ...(path !== undefined ? { file: resolve(cwd, path) } : {}) };
}

function extension(format: string): string {
  return ({ stylish: 'txt', json: 'json', sarif: 'sarif', github: 'txt', junit: 'xml', markdown: 'md' } as Record<string, string>)[format] ?? 'txt';
}
