/**
 * Reads files a config refers to (a DeepSpeed JSON named by `deepspeed:` in an HF Trainer or axolotl YAML) for the
 * engine's `readRelated`. Training scripts resolve such paths against the directory they are launched from, which
 * mlconfig cannot know, so the file is looked for next to the config first, then in the given folders (the settings
 * folder and the working directory for `mlconfig check`, ESLint's working directory for the plugin). Anything
 * unreadable is skipped silently: the referenced file is linted on its own when it is part of the run.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { ReadRelated } from '../engine/related.js';
import { readSmallText } from './read-text.js';
import { toPosix } from './posix-path.js';

/** The size above which a referenced file is not read (the CLI's default `maxFileSize`). */
export const RELATED_MAX_FILE_SIZE = 10 * 1024 * 1024;

export function relatedReader(configPath: string, searchDirs: readonly string[], displayBase: string, maxFileSize = RELATED_MAX_FILE_SIZE, onRead?: (path: string) => void): ReadRelated {
  return (reference) => {
    const candidates = isAbsolute(reference) ? [reference] : [dirname(configPath), ...searchDirs].map((d) => resolve(d, reference));
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
