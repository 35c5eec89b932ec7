/**
 * Flat-config presets: `configs.recommended` (errors and strong warnings) and `configs.strict` (every
 * rule). Each is an array of blocks, one per format, that sets the `language` of the plugin users
 * already have for that format: eslint-plugin-yml for YAML (read as YAML 1.1, as PyYAML and OmegaConf
 * read it), @eslint/json for JSON (or eslint-plugin-jsonc when only that is installed),
 * eslint-plugin-toml for TOML, and typescript-eslint's parser for TS (loaded on the first TS file).
 * A block whose plugin is not installed is left out, so a YAML-only project needs eslint-plugin-yml.
 *
 * The globs take every config file; as `mlconfig check` does for the files it finds by itself, the
 * presets skip files that do not look like training configs (`settings.mlconfig.onlyTrainingConfigs`).
 */
import { PARSE_ERROR, RULES, type PresetName } from '@mlconfig/core';
import { lazyTypeScriptParser } from './typescript-parser.js';

type Plugin = { readonly meta?: { readonly name?: string } } & Record<string, unknown>;
export type FlatConfig = Record<string, unknown> & { readonly name: string };

async function optionalPlugin(name: string): Promise<Plugin | undefined> {
  try {
    const mod = (await import(name)) as { default?: Plugin } & Plugin;
    return mod.default ?? mod;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return undefined;
    throw err;
  }
}

const [yml, json, jsonc, toml] = await Promise.all(['eslint-plugin-yml', '@eslint/json', 'eslint-plugin-jsonc', 'eslint-plugin-toml'].map(optionalPlugin));
const tsParser = lazyTypeScriptParser();

/** Files that are configs of tools, never of training runs; some (lock files) are also large. */
export const NOT_TRAINING_CONFIGS = [
  '**/package.json',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/pnpm-lock.yaml',
  '**/tsconfig*.json',
  '**/jsconfig*.json',
  '**/.github/**',
  '**/.vscode/**',
  '**/.devcontainer/**',
  '**/eslint.config.*',
  // Run records that tools write (what one run used; no code reads them back): skipped by `mlconfig check`'s walk too.
  '**/wandb/run-*/**',
  '**/wandb/offline-run-*/**',
  '**/wandb/sweep-*/**',
  '**/wandb/latest-run/**',
  '**/.hydra/**',
  '**/lightning_logs/**',
  '**/mlruns/**',
];

export const FILES = {
  yaml: ['**/*.yaml', '**/*.yml'],
  json: ['**/*.json'],
  jsonc: ['**/*.jsonc'],
  json5: ['**/*.json5'],
  toml: ['**/*.toml'],
  js: ['**/*.js', '**/*.mjs', '**/*.cjs'],
  ts: ['**/*.ts', '**/*.mts', '**/*.cts'],
} as const;

function presetRuleEntries(preset: PresetName): Record<string, 'error' | 'warn'> {
  const rules: Record<string, 'error' | 'warn'> = { [`mlconfig/${PARSE_ERROR}`]: 'error' };
  // ESLint has no "info" severity; advice shows as a warning.
  for (const r of RULES) if (r.presets.includes(preset)) rules[`mlconfig/${r.id}`] = r.severity === 'error' ? 'error' : 'warn';
  return rules;
}

export function buildPreset(preset: PresetName, mlconfig: Plugin): FlatConfig[] {
  const rules = presetRuleEntries(preset);
  const common = { ignores: NOT_TRAINING_CONFIGS, rules, settings: { mlconfig: { onlyTrainingConfigs: true } } };
  const name = (format: string): string => `mlconfig/${preset}/${format}`;
  const blocks: FlatConfig[] = [];
  if (yml) {
    blocks.push({
      name: name('yaml'),
      files: [...FILES.yaml],
      plugins: { mlconfig, yml },
      language: 'yml/yaml',
      languageOptions: { parserOptions: { defaultYAMLVersion: '1.1' } },
      ...common,
    });
  }
  const jsonPlugin = json ? { json } : jsonc ? { jsonc } : undefined;
  const ns = json ? 'json' : 'jsonc';
  if (jsonPlugin) {
    blocks.push({ name: name('json'), files: [...FILES.json], plugins: { mlconfig, ...jsonPlugin }, language: `${ns}/json`, ...common });
    blocks.push({ name: name('jsonc'), files: [...FILES.jsonc], plugins: { mlconfig, ...jsonPlugin }, language: `${ns}/jsonc`, ...common });
    blocks.push({ name: name('json5'), files: [...FILES.json5], plugins: { mlconfig, ...jsonPlugin }, language: `${ns}/json5`, ...common });
  }
  if (toml) blocks.push({ name: name('toml'), files: [...FILES.toml], plugins: { mlconfig, toml }, language: 'toml/toml', ...common });
  blocks.push({ name: name('js'), files: [...FILES.js], plugins: { mlconfig }, ...common });
  if (tsParser) blocks.push({ name: name('ts'), files: [...FILES.ts], plugins: { mlconfig }, languageOptions: { parser: tsParser }, ...common });
  return blocks;
}
