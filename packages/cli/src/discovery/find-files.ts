/**
 * Which files `mlconfig check` looks at.
 *
 * - No paths: walk the working directory (skipping `.git`, `node_modules`, the folders where tools
 *   record a run (see `isRunRecordDir`) and whatever .gitignore files exclude) for YAML, JSON and TOML files; they are checked only if they look like training
 *   configs (see `isTrainingConfig`), so package.json or CI workflows are never reported. Files the
 *   settings list under `files` are always checked.
 * - A directory: walked the same way.
 * - A file or a glob: every match is checked, whatever it contains.
 *
 * .gitignore files apply as in git: nested ones, and those of parent folders up to the repository
 * root. Symbolic links to directories are not followed (no loops); unreadable folders are reported
 * and skipped.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { toPosix } from '@mlconfig/core/node';
import ignore, { type Ignore } from 'ignore';
import { matchesAny, type MlconfigSettings } from '@mlconfig/core';
import { UsageError } from '../errors.js';
import { scriptConfigsInSettings } from './script-configs.js';

export interface FileTarget {
  readonly absolutePath: string;
  /** Path relative to the working directory, POSIX separators. */
  readonly relativePath: string;
  /** Named on the command line (or listed in settings): checked whatever its content. */
  readonly explicit: boolean;
}

export interface DiscoveryNotice {
  readonly path: string;
  readonly message: string;
}

export interface Discovery {
  readonly targets: FileTarget[];
  readonly notices: DiscoveryNotice[];
}

export interface DiscoveryOptions {
  readonly cwd: string;
  readonly settings: MlconfigSettings;
  /** Folder that `files` and `ignores` globs are relative to. */
  readonly baseDir: string;
  /** Walk into run records too (`mlconfig init` looks for them to write `ignores`). */
  readonly keepRunRecords?: boolean;
}

const CONFIG_EXTENSIONS = /\.(?:ya?ml|json|jsonc|toml)$/i;
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** Folders that only a tool writes, each holding what one run used: Hydra's per-run copy, Lightning's and MLflow's logs. */
const RUN_RECORD_DIRS = new Set(['.hydra', 'lightning_logs', 'mlruns']);
/** W&B's folder for one run or sweep below `wandb/` (`run-20240501_120000-abc123`, `offline-run-…`, `latest-run`, `sweep-…`). */
const WANDB_RUN_DIR = /^(?:(?:offline-)?run-|sweep-|latest-run$)/;

/**
 * A folder a tool wrote to record a run: its config files are dumps of what the run used (W&B's
 * `files/config.yaml`, Hydra's `.hydra/config.yaml`, Lightning's `hparams.yaml`), which no code reads
 * back and editing changes nothing, so a walk skips them, as ESLint skips `node_modules`. Named on the
 * command line, such a file is still checked.
 */
export function isRunRecordDir(name: string, parentName: string): boolean {
  return RUN_RECORD_DIRS.has(name) || (parentName === 'wandb' && WANDB_RUN_DIR.test(name));
}

/** Paths are shown and matched with `/` on every platform (one definition, in core's node entry). */
export { toPosix };

export async function findFiles(patterns: readonly string[], options: DiscoveryOptions): Promise<Discovery> {
  const targets = new Map<string, FileTarget>();
  const notices: DiscoveryNotice[] = [];
  const add = (absolutePath: string, explicit: boolean): void => {
    const existing = targets.get(absolutePath);
    if (existing && (existing.explicit || !explicit)) return;
    targets.set(absolutePath, { absolutePath, relativePath: toPosix(relative(options.cwd, absolutePath)) || absolutePath, explicit });
  };
  // The path relative to the settings is worked out only when the settings list globs (a third of a warm run's
  // discovery went to `path.relative` for settings that list none).
  const ignoredBySettings = (abs: string): boolean => {
    if (options.settings.ignores === undefined) return false;
    const rel = toPosix(relative(options.baseDir, abs));
    return !rel.startsWith('..') && matchesAny(rel, options.settings.ignores);
  };
  const listedInSettings = (abs: string): boolean => {
    if (options.settings.files === undefined) return false;
    const rel = toPosix(relative(options.baseDir, abs));
    return !rel.startsWith('..') && matchesAny(rel, options.settings.files);
  };
  const walkDir = (dir: string): void => {
    for (const file of walk(dir, notices, options.cwd, options.keepRunRecords === true)) {
      if (ignoredBySettings(file)) continue;
      add(file, listedInSettings(file));
    }
  };

  if (patterns.length === 0) {
    walkDir(options.cwd);
    for (const abs of await scriptConfigsInSettings(options.settings, options.baseDir, options.cwd)) add(abs, true);
    return { targets: [...targets.values()], notices };
  }
  for (const pattern of patterns) {
    const abs = resolve(options.cwd, pattern);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      walkDir(abs);
    } else if (stat || isLink(abs)) {
      // A named file is checked even when it cannot be read (a broken link, a loop): reading it
      // reports why, on one line, and the other files are still checked.
      add(abs, true);
    } else {
      const { glob } = await import('tinyglobby');
      const matches = await glob([pattern], { cwd: options.cwd, absolute: true, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) throw new UsageError(`No files matching the pattern "${pattern}" were found.`);
      for (const m of matches) if (!ignoredBySettings(resolve(m))) add(resolve(m), true);
    }
  }
  return { targets: [...targets.values()], notices };
}

function isLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

interface GitignoreLayer {
  readonly base: string;
  readonly ig: Ignore;
}

function readGitignore(dir: string): GitignoreLayer | undefined {
  try {
    return { base: dir, ig: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) };
  } catch {
    return undefined; // none, or unreadable: it ignores nothing
  }
}

/**
 * The .gitignore files that apply to `dir` from above it: those of its ancestors up to the
 * repository root (the nearest folder with `.git`). Outside a repository there are none.
 */
function ancestorGitignores(dir: string): GitignoreLayer[] {
  if (existsSync(join(dir, '.git'))) return []; // `dir` is the repository root
  const chain: string[] = [];
  for (let d = dirname(dir); ; d = dirname(d)) {
    chain.push(d);
    if (existsSync(join(d, '.git'))) return chain.reverse().flatMap((a) => readGitignore(a) ?? []);
    if (dirname(d) === d) return []; // not inside a repository
  }
}

/**
 * Whether git would ignore `abs`: as in git, the deepest .gitignore with a rule for the path decides,
 * so a nested `!name` re-includes what a parent .gitignore excluded. Ignored folders are never
 * entered, so only the path's own name needs testing here.
 */
function gitIgnores(layers: readonly GitignoreLayer[], abs: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const { base, ig } = layers[i];
    const rel = toPosix(relative(base, abs));
    if (rel === '' || rel.startsWith('..')) continue;
    const verdict = ig.test(isDir ? rel + '/' : rel);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}

/** Config-like files under `root`, honouring nested .gitignore files and those above it in the repository. */
function* walk(root: string, notices: DiscoveryNotice[], cwd: string, keepRunRecords: boolean): Generator<string> {
  const stack: { dir: string; ignores: GitignoreLayer[] }[] = [{ dir: root, ignores: ancestorGitignores(root) }];
  while (stack.length > 0) {
    const { dir, ignores: inherited } = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      notices.push({ path: toPosix(relative(cwd, dir)) || '.', message: `Skipped folder: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}.` });
      continue;
    }
    const own = entries.some((e) => e.name === '.gitignore' && !e.isDirectory()) ? readGitignore(dir) : undefined;
    const ignores = own ? [...inherited, own] : inherited;
    const isIgnored = (abs: string, isDir: boolean): boolean => gitIgnores(ignores, abs, isDir);
    const dirName = basename(dir);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(entry.name) || (!keepRunRecords && isRunRecordDir(entry.name, dirName))) continue;
        if (!isIgnored(abs, true)) stack.push({ dir: abs, ignores });
      } else if ((entry.isFile() || entry.isSymbolicLink()) && CONFIG_EXTENSIONS.test(entry.name) && !isIgnored(abs, false)) {
        if (entry.isSymbolicLink()) {
          try {
            if (!statSync(abs).isFile()) continue;
          } catch (err) {
            notices.push({ path: toPosix(relative(cwd, abs)), message: `Skipped link: ${(err as NodeJS.ErrnoException).code === 'ELOOP' ? 'it points to itself (a symlink loop)' : 'its target is missing or unreadable'}.` });
            continue;
          }
        }
        yield abs;
      }
    }
  }
}
