/**
 * Reads files a config refers to (a DeepSpeed JSON named by `deepspeed:` in an HF Trainer or axolotl YAML, or by
 * `deepspeed_config_file` in an Accelerate config) for the engine's `readRelated`. Training scripts resolve such paths
 * against the directory they are launched from, which mlconfig cannot know, so the file is looked for next to the config
 * first, then at the top of its repository (the nearest folder above with a `.git`, where a launch script usually runs:
 * PTE's `accelerate_config.yaml` names `./scripts/Llama3.2-3B/zero2_config.json` from there), then in the given folders
 * (the settings folder and the working directory for `mlconfig check`, ESLint's working directory for the plugin).
 * A detectron2 `_BASE_` (`besideOnly`) is looked for next to the config alone, as detectron2 resolves it.
 * Anything unreadable is skipped silently: the referenced file is linted on its own when it is part of the run.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ReadRelated } from '../engine/related.js';
import { readSmallText } from './read-text.js';
import { toPosix } from './posix-path.js';
import { REPOSITORY_TOP_MAX_LEVELS } from './project-scripts.js';

/** The size above which a referenced file is not read (the CLI's default `maxFileSize`). */
export const RELATED_MAX_FILE_SIZE = 10 * 1024 * 1024;

export function relatedReader(configPath: string, searchDirs: readonly string[], displayBase: string, maxFileSize = RELATED_MAX_FILE_SIZE, onRead?: (path: string) => void): ReadRelated {
  return (reference, _fromPath, options) => {
    // detectron2 resolves `_BASE_` against the config's folder only.
    const top = options?.besideOnly ? undefined : repositoryTop(configPath);
    const folders = options?.besideOnly ? [dirname(configPath)] : [...new Set([dirname(configPath), ...(top !== undefined ? [top] : []), ...searchDirs])];
    const candidates = isAbsolute(reference) ? [reference] : folders.map((d) => resolve(d, reference));
    for (const path of candidates) {
      onRead?.(path); // looked at, found or not: a file created here later changes the result
      if (!existsSync(path)) continue;
      const text = readSmallText(path, maxFileSize);
      if (text === undefined) return undefined;
      return { text, filePath: toPosix(relative(displayBase, path)) || path };
    }
    return undefined;
  };
}

/** The nearest folder above the config, as far up as the project scripts' walk looks, that holds a `.git`. */
function repositoryTop(configPath: string): string | undefined {
  let at = dirname(configPath);
  for (let level = 0; level <= REPOSITORY_TOP_MAX_LEVELS; level++) {
    if (existsSync(join(at, '.git'))) return at;
    const parent = dirname(at);
    if (parent === at) return undefined;
    at = parent;
  }
  return undefined;
}
