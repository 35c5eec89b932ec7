/**
 * Finds and loads the project's settings with cosmiconfig 9: `"mlconfig"` in package.json,
 * `.mlconfigrc` (JSON or YAML), `.mlconfigrc.{json,yaml,yml,js,cjs,mjs,ts}` and
 * `mlconfig.config.{js,mjs,cjs,ts}`, searched from the working directory up to the project root
 * (the nearest folder with a package.json), as ESLint does with its own config. Settings files that
 * are code are therefore only ever loaded from the project being checked.
 */
import { dirname } from 'node:path';
import type { MlconfigSettings } from '@mlconfig/core';
import { SettingsFileError } from '../errors.js';
import { validateSettings } from './validate-settings.js';

export interface LoadedSettings {
  readonly settings: MlconfigSettings;
  /** The settings file, or undefined when none was found (defaults apply). */
  readonly filePath?: string;
  /** Folder that relative globs in the settings are resolved against. */
  readonly baseDir: string;
}

export const SEARCH_PLACES = [
  'package.json',
  '.mlconfigrc',
  '.mlconfigrc.json',
  '.mlconfigrc.yaml',
  '.mlconfigrc.yml',
  '.mlconfigrc.js',
  '.mlconfigrc.cjs',
  '.mlconfigrc.mjs',
  '.mlconfigrc.ts',
  'mlconfig.config.js',
  'mlconfig.config.mjs',
  'mlconfig.config.cjs',
  'mlconfig.config.ts',
];

export async function loadSettings(cwd: string, explicitFile?: string): Promise<LoadedSettings> {
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig('mlconfig', { searchPlaces: SEARCH_PLACES, searchStrategy: 'project' });
  let result;
  try {
    result = explicitFile ? await explorer.load(explicitFile) : await explorer.search(cwd);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new SettingsFileError(`Could not load settings: ${message.split('\n')[0]}`, explicitFile);
  }
  if (!result || result.isEmpty) return { settings: {}, baseDir: cwd, ...(result?.filepath ? { filePath: result.filepath } : {}) };
  const config: unknown = (result.config as { default?: unknown })?.default ?? result.config;
  const settings = await validateSettings(config, result.filepath);
  return { settings, filePath: result.filepath, baseDir: dirname(result.filepath) };
}
