/**
 * Finds and loads the project's settings with cosmiconfig 9: `"mlconfig"` in package.json,
 * `.mlconfigrc` (JSON or YAML), `.mlconfigrc.{json,yaml,yml,js,cjs,mjs,ts}` and
 * `mlconfig.config.{js,mjs,cjs,ts}`, searched from the working directory up to the project root
 * and never beyond it. Settings files that are code run when they are loaded, so a `.js` or `.ts`
 * file in a parent folder of the project (a home folder, /tmp) must never be picked up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LineIndex, type MlconfigSettings } from '@mlconfig/core';
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

/**
 * What marks the top of a project: a package.json (JavaScript projects), a pyproject.toml (most ML
 * projects are Python) or a .git folder or file (any repository, worktrees included).
 */
export const PROJECT_ROOT_MARKERS = ['package.json', 'pyproject.toml', '.git'];

/** The nearest folder at or above `cwd` holding a project marker, or `cwd` itself when there is none. */
export function projectRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (PROJECT_ROOT_MARKERS.some((m) => existsSync(join(dir, m)))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

/**
 * Whether any folder from `cwd` up to `root` has a place cosmiconfig would load settings from. Most
 * projects have none; checking first lets a run without settings start without loading cosmiconfig.
 */
function anySettingsCandidate(cwd: string, root: string): boolean {
  for (let dir = cwd; ; dir = dirname(dir)) {
    for (const place of SEARCH_PLACES) {
      const path = join(dir, place);
      if (!existsSync(path)) continue;
      if (place !== 'package.json') return true;
      try {
        if (Object.hasOwn(JSON.parse(readFileSync(path, 'utf8')) as object, 'mlconfig')) return true;
      } catch {
        return true; // let cosmiconfig report the broken package.json
      }
    }
    if (dir === root || dirname(dir) === dir) return false;
  }
}

export async function loadSettings(cwd: string, explicitFile?: string): Promise<LoadedSettings> {
  if (!explicitFile && !anySettingsCandidate(cwd, projectRoot(cwd))) return { settings: {}, baseDir: cwd };
  const { cosmiconfig } = await import('cosmiconfig');
  // 'none' looks in one folder per call; the walk up to the project root is ours, so that it stops there.
  const explorer = cosmiconfig('mlconfig', { searchPlaces: SEARCH_PLACES, searchStrategy: 'none' });
  let result;
  try {
    if (explicitFile) {
      if (!existsSync(explicitFile)) throw new SettingsFileError(`Settings file ${explicitFile} not found.`, explicitFile);
      result = await explorer.load(explicitFile);
    } else {
      const root = projectRoot(cwd);
      for (let dir = cwd; ; dir = dirname(dir)) {
        result = await explorer.search(dir);
        if (result || dir === root || dirname(dir) === dir) break;
      }
    }
  } catch (err) {
    if (err instanceof SettingsFileError) throw err;
    const file = (err as { filepath?: string }).filepath ?? explicitFile;
    throw new SettingsFileError(loadFailure(err, file), file);
  }
  if (!result || result.isEmpty) return { settings: {}, baseDir: result?.filepath ? dirname(result.filepath) : cwd, ...(result?.filepath ? { filePath: result.filepath } : {}) };
  const config: unknown = (result.config as { default?: unknown })?.default ?? result.config;
  const settings = await validateSettings(config, result.filepath);
  return { settings, filePath: result.filepath, baseDir: dirname(result.filepath) };
}

/** One line saying which settings file failed, where, and why (cosmiconfig's messages span many lines). */
function loadFailure(err: unknown, file: string | undefined): string {
  const e = err as { name?: string; reason?: string; mark?: { line: number; column: number }; message?: string; code?: string };
  const where = file ?? 'the settings file';
  // js-yaml (YAML and extension-less .mlconfigrc): a reason and a 0-based mark.
  if (e.reason && e.mark) return `Could not load settings from ${where}:${e.mark.line + 1}:${e.mark.column + 1}: ${sentence(e.reason)}`;
  const message = String(e.message ?? err);
  // parse-json (JSON): "… in JSON at position N …" under a code frame.
  const json = /^JSON Error in /.test(message) ? /\n([^\n>|]*?) in JSON at position (\d+)/.exec(message) ?? /\n(Unexpected end of JSON input)/.exec(message) : null;
  if (json && file) {
    const text = safeRead(file);
    const offset = json[2] !== undefined ? Number(json[2]) : text.length;
    const pos = new LineIndex(text).positionAt(offset);
    return `Could not load settings from ${where}:${pos.line}:${pos.column}: ${sentence(json[1].trim())}`;
  }
  if (e.code === 'ERR_MODULE_NOT_FOUND' && /'typescript'/.test(message)) {
    return `Could not load settings from ${where}: a .ts settings file needs the "typescript" package. Install it in the project (npm install --save-dev typescript), or write the settings as .mjs, .json or .yaml.`;
  }
  const first = message.split('\n').find((l) => l.trim() !== '' && !/^(YAML|JSON|TypeScript) Error in /.test(l)) ?? message;
  return `Could not load settings from ${where}: ${sentence(first.trim())}`;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
