/**
 * The commands `bench/run.mjs` times. Each is a whole process started the way a user starts it.
 * Tools that are not installed (ESLint plugin not built, Spectral missing) are skipped.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** ESLint resolves files against its working directory (flat config's base path), so it runs in the corpus. */
export function tools(root, corpus) {
  const node = process.execPath;
  const cli = join(root, 'packages/cli/bin/mlconfig.cjs');
  const eslint = join(root, 'node_modules/eslint/bin/eslint.js');
  const spectral = join(root, 'node_modules/@stoplight/spectral-cli/dist/index.js');
  const pluginBuilt = existsSync(join(root, 'packages/eslint-plugin/dist/index.js'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'mlconfig-bench-cache-'));
  const cacheFile = join(cacheDir, 'cache.json');
  const supportsCache = spawnSync(node, [cli, 'check', '--help'], { encoding: 'utf8' }).stdout.includes('--cache');
  const yamlJsonFiles = (n) => Math.round(n * 0.9);
  const size = Number(corpus.match(/(\d+)$/)?.[1] ?? 0);
  return [
    { id: 'floor', label: 'floor: read + parse (yaml, jsonc-parser, toml-eslint-parser)', available: true, argv: [node, join(root, 'bench/floor.mjs'), corpus] },
    { id: 'mlconfig', label: '`mlconfig check` (recommended preset)', available: true, argv: [node, cli, 'check', corpus] },
    {
      id: 'mlconfig-cache',
      label: '`mlconfig check --cache` (warm, nothing changed)',
      available: supportsCache,
      setup: () => spawnSync(node, [cli, 'check', '--cache', '--cache-location', cacheFile, corpus]),
      argv: [node, cli, 'check', '--cache', '--cache-location', cacheFile, corpus],
      teardown: () => rmSync(cacheDir, { recursive: true, force: true }),
    },
    { id: 'eslint-languages', heavy: true, label: 'ESLint, same languages, no rules', available: pluginBuilt && existsSync(eslint), cwd: corpus, argv: [node, eslint, '--no-warn-ignored', '-c', join(root, 'bench/eslint/languages-only.config.mjs'), '.'] },
    { id: 'eslint-noop', heavy: true, label: 'ESLint, same languages, one rule that does nothing', available: pluginBuilt && existsSync(eslint), cwd: corpus, argv: [node, eslint, '--no-warn-ignored', '-c', join(root, 'bench/eslint/noop-rule.config.mjs'), '.'] },
    { id: 'eslint-plugin', heavy: true, label: 'ESLint + eslint-plugin-mlconfig recommended', available: pluginBuilt && existsSync(eslint), cwd: corpus, argv: [node, eslint, '--no-warn-ignored', '-c', join(root, 'bench/eslint/with-plugin.config.mjs'), '.'] },
    { id: 'floor-yaml-json', heavy: true, label: 'floor over YAML + JSON only (Spectral\'s files)', files: yamlJsonFiles(size), available: existsSync(spectral), argv: [node, join(root, 'bench/floor.mjs'), join(corpus, 'yaml'), join(corpus, 'json')] },
    {
      id: 'spectral',
      heavy: true,
      label: 'Spectral 6, three custom-function rules (YAML + JSON)',
      files: yamlJsonFiles(size),
      baseline: 'floor-yaml-json',
      available: existsSync(spectral),
      cwd: corpus,
      argv: [node, spectral, 'lint', '--quiet', '-r', join(root, 'bench/spectral/.spectral.yaml'), 'yaml/*', 'json/*'],
    },
  ];
}
