/**
 * TS/JS configs listed in the settings' `files`. Walking a project finds YAML, JSON and TOML files
 * only (every source file would be a candidate otherwise), so a TS/JS config is checked when it is
 * named on the command line or listed here.
 */
import { relative, resolve } from 'node:path';
import { formatFromPath, matchesAny, type MlconfigSettings } from '@mlconfig/core';
import { toPosix } from './find-files.js';

export async function scriptConfigsInSettings(settings: MlconfigSettings, baseDir: string, cwd: string): Promise<string[]> {
  const files = settings.files ?? [];
  if (files.length === 0) return [];
  const { glob } = await import('tinyglobby');
  const matches = await glob([...files], { cwd: baseDir, absolute: true, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] });
  return matches
    .map((m) => resolve(m))
    .filter((abs) => formatFromPath(abs) === 'js')
    .filter((abs) => !toPosix(relative(cwd, abs)).startsWith('..'))
    .filter((abs) => settings.ignores === undefined || !matchesAny(toPosix(relative(baseDir, abs)), settings.ignores));
}
