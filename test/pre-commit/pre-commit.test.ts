/**
 * The pre-commit hook end to end: a temporary git repository with a staged bad training config,
 * the `mlconfig` hook from this repository's .pre-commit-hooks.yaml, failing on the bad file and
 * passing once it is fixed.
 *
 * With the real `pre-commit` tool (Debian's package; .ci/run installs it), pre-commit installs
 * this repository as a node hook exactly as users get it: `npm install`, `npm pack`,
 * `npm install -g` of the tarball, which proves the root is an installable package with the
 * `mlconfig` bin. The hook repository is a snapshot of the working tree (as `pre-commit try-repo`
 * makes), so uncommitted changes are tested too. Without pre-commit, the second test still runs
 * the hook's exact entry on the files its filter selects.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BIN, REPO_ROOT } from '../helpers/paths.js';

interface HookDef {
  id: string;
  entry: string;
  language: string;
  types_or?: string[];
  minimum_pre_commit_version?: string;
}

const HOOKS = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDef[];
const HOOK = HOOKS.find((h) => h.id === 'mlconfig')!;

const BAD = 'learning_rate: 2e-5\nnum_train_epochs: 3\nper_device_train_batch_size: 8\nfp16: true\nbf16: true\n';
const FIXED = 'learning_rate: 2.0e-5\nnum_train_epochs: 3\nper_device_train_batch_size: 8\nbf16: true\n';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'mlconfig test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'mlconfig test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  // Leave the developer's own git configuration out; HOME stays, so npm keeps its download cache.
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

const PRE_COMMIT = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

let work: string;
beforeAll(() => {
  if (!PRE_COMMIT) console.warn('pre-commit is not installed (apt-get install -y pre-commit): the real-tool test is skipped; the hook entry test still runs.');
  work = mkdtempSync(join(tmpdir(), 'mlconfig-pre-commit-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
}

/** A user's project: a git repository with a bad training config and an unrelated JSON file, staged. */
function userRepo(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'configs'), { recursive: true });
  git(dir, 'init', '-q');
  writeFileSync(join(dir, 'configs', 'train.yaml'), BAD);
  writeFileSync(join(dir, 'package.json'), '{\n  "name": "my-trainer",\n  "private": true\n}\n');
  writeFileSync(join(dir, 'tsconfig.json'), '{\n  // comments make this JSONC, which the hook must not fail on\n  "compilerOptions": {}\n}\n');
  writeFileSync(join(dir, 'notes.txt'), 'learning_rate: 2e-5\nnum_train_epochs: 3\n');
  // Settings `ignores` apply to the files pre-commit passes.
  mkdirSync(join(dir, 'legacy'));
  writeFileSync(join(dir, 'legacy', 'old.yaml'), BAD);
  writeFileSync(join(dir, '.mlconfigrc.yaml'), 'ignores:\n  - legacy/**\n');
  git(dir, 'add', '-A');
  return dir;
}

describe('pre-commit hook', () => {
  it('declares a node hook for YAML, JSON and TOML files whose entry is the mlconfig bin', () => {
    expect(HOOK).toMatchObject({ language: 'node', types_or: ['yaml', 'json', 'toml'], minimum_pre_commit_version: '2.9.0' });
    expect(HOOK.entry.split(' ')[0]).toBe('mlconfig');
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.mlconfig).toBe('packages/cli/bin/mlconfig.cjs');
  });

  it("runs the hook's entry on the staged files its filter selects: fails on the bad config, passes once fixed", () => {
    const repo = userRepo('entry');
    const run = (): ReturnType<typeof spawnSync> => {
      const staged = git(repo, 'diff', '--cached', '--name-only').split('\n').filter((f) => f !== '' && selectedByTypes(f, HOOK.types_or!));
      const [, ...args] = HOOK.entry.split(' ');
      return spawnSync(process.execPath, [CLI_BIN, ...args, ...staged], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    };
    const bad = run();
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('configs/train.yaml:5:7   error    fp16 and bf16 are both enabled.  fp16-bf16-exclusive');
    expect(bad.stdout).toContain('configs/train.yaml:1:16  warning  2e-5 is read as the string');
    // package.json and the JSONC tsconfig.json were passed but are not training configs;
    // legacy/old.yaml is ignored by the settings.
    expect(bad.stdout).toContain('in 1 file checked.');
    expect(bad.stdout).not.toContain('legacy/');
    expect(bad.stderr).toBe('');

    writeFileSync(join(repo, 'configs', 'train.yaml'), FIXED);
    git(repo, 'add', '-A');
    const good = run();
    expect(good.stdout).toBe('✔ No problems found in 1 file.\n');
    expect(good.status).toBe(0);
  });

  // Skipped, saying so, only where Debian's pre-commit package is not installed (.ci/run installs it).
  it.skipIf(!PRE_COMMIT)('works with the real pre-commit tool, installed from this repository as a node package', { timeout: 600_000 }, () => {
    const hookRepo = snapshotRepository(join(work, 'hook-repo'));
    const rev = git(hookRepo, 'rev-parse', 'HEAD').trim();
    const repo = userRepo('user');
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(hookRepo)}\n    rev: ${rev}\n    hooks:\n      - id: mlconfig\n`);
    git(repo, 'add', '.pre-commit-config.yaml');
    const env = { ...process.env, ...GIT_ENV, PRE_COMMIT_HOME: join(work, 'pre-commit-home'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' };

    const bad = spawnSync('pre-commit', ['run', '--color', 'never'], { cwd: repo, env, encoding: 'utf8', timeout: 540_000 });
    const badOut = `${bad.stdout}\n${bad.stderr}`;
    expect(bad.status, badOut).toBe(1);
    expect(badOut).toMatch(/mlconfig\.+Failed/);
    expect(badOut).toContain('configs/train.yaml:5:7   error    fp16 and bf16 are both enabled.  fp16-bf16-exclusive');
    expect(badOut).not.toContain('package.json');
    expect(badOut).not.toContain('legacy/old.yaml');

    writeFileSync(join(repo, 'configs', 'train.yaml'), FIXED);
    git(repo, 'add', '-A');
    const good = spawnSync('pre-commit', ['run', '--color', 'never'], { cwd: repo, env, encoding: 'utf8', timeout: 120_000 });
    expect(good.status, `${good.stdout}\n${good.stderr}`).toBe(0);
    expect(good.stdout).toMatch(/mlconfig\.+Passed/);

    // And as a real commit hook.
    spawnSync('pre-commit', ['install'], { cwd: repo, env, encoding: 'utf8' });
    writeFileSync(join(repo, 'configs', 'train.yaml'), BAD);
    git(repo, 'add', '-A');
    const commit = spawnSync('git', ['commit', '-qm', 'bad config'], { cwd: repo, env, encoding: 'utf8' });
    expect(commit.status).not.toBe(0);
    expect(`${commit.stdout}${commit.stderr}`).toContain('fp16-bf16-exclusive');
  });
});

/** pre-commit's `types_or` for these types, by extension (identify's mapping). */
function selectedByTypes(file: string, types: readonly string[]): boolean {
  const ext = extname(file).toLowerCase();
  const type = ext === '.yaml' || ext === '.yml' ? 'yaml' : ext === '.json' ? 'json' : ext === '.toml' ? 'toml' : undefined;
  return type !== undefined && types.includes(type);
}

/** A git repository holding this working tree's files (tracked and untracked, not ignored), committed. */
function snapshotRepository(dest: string): string {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0').filter((f) => f !== '');
  mkdirSync(dest, { recursive: true });
  git(dest, 'init', '-q');
  for (const f of files) {
    try {
      mkdirSync(dirname(join(dest, f)), { recursive: true });
      copyFileSync(join(REPO_ROOT, f), join(dest, f));
    } catch (err) {
      // A file deleted in the working tree but not yet from the index.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  git(dest, 'add', '-A');
  git(dest, 'commit', '-qm', 'snapshot of the mlconfig working tree');
  return dest;
}
