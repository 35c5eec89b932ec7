/**
 * bin/load-bundle.cjs keeps V8's compiled code of the CLI bundle between runs on Node versions
 * without module.enableCompileCache, and of the companions the bundle loads (the settings validator, the built-in
 * schemas' validators), one cache file each. The real binary, with TMPDIR pointed at a fresh folder: the
 * first run writes the caches, later runs use them and print the same, a damaged cache is replaced,
 * a cache folder that others can write to is never used, and MLCONFIG_NO_CODE_CACHE=1 turns it off.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Node 22.1+ caches compiled code itself; load-bundle.cjs then leaves the folder alone.
const OWN_CACHE = typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== 'function';
const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;

let tmp: string;
let project: string;
const cacheDir = (): string => join(tmp, `mlconfig-code-cache${uid === undefined ? '' : `-${uid}`}`);
const cacheFiles = (): string[] => {
  try {
    return readdirSync(cacheDir()).filter((f) => f.endsWith('.v8'));
  } catch {
    return [];
  }
};
const check = (env: NodeJS.ProcessEnv = {}) => runCli(['check', 'train.yaml'], { cwd: project, env: { TMPDIR: tmp, MLCONFIG_NO_CODE_CACHE: undefined, ...env } });

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mlconfig-code-cache-test-'));
  project = join(tmp, 'project');
  mkdirSync(project);
  // HF Trainer's names: the run also loads the precompiled validator of HF's TrainingArguments schema.
  writeFileSync(join(project, 'train.yaml'), 'learning_rate: 0.5\nnum_train_epochs: 3\n');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe.runIf(OWN_CACHE)('the compiled-code cache of the CLI bundle', () => {
  it('is written by the first run, private to the user, and used by the next with the same output', () => {
    const first = check();
    // The bundle's and the HF schema validator's.
    expect(cacheFiles()).toHaveLength(2);
    const files = cacheFiles().map((f) => join(cacheDir(), f));
    if (uid !== undefined) {
      expect(statSync(cacheDir()).mode & 0o077).toBe(0);
      for (const file of files) expect(statSync(file).mode & 0o077).toBe(0);
    }
    const written = files.map((file) => statSync(file).mtimeMs);
    const second = check();
    expect(second).toEqual(first);
    expect(first.stdout).toMatch(/lr-too-high-for-optimizer/);
    // Accepted by V8, so not written again.
    expect(files.map((file) => statSync(file).mtimeMs)).toEqual(written);
  });

  it("keeps the settings validator's compiled code too, for projects with a settings file", () => {
    writeFileSync(join(project, '.mlconfigrc.yaml'), 'rules:\n  lr-too-high-for-optimizer: error\n');
    const first = check();
    expect(first.code).toBe(1);
    expect(cacheFiles()).toHaveLength(3);
    const second = check();
    expect(second).toEqual(first);
    // A settings file the validator refuses is still refused with the cached code.
    writeFileSync(join(project, '.mlconfigrc.yaml'), 'rules:\n  lr-too-high-for-optimizer: loud\n');
    const refused = check();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/lr-too-high-for-optimizer/);
  });

  it('removes the stale cache of an older build of the same install, not that of another Node version', () => {
    check();
    const names = cacheFiles();
    const name = names[0]!;
    const [install, node] = name.split('-');
    rmSync(join(cacheDir(), name));
    writeFileSync(join(cacheDir(), `${install}-${node}-1-1.v8`), 'an older build');
    writeFileSync(join(cacheDir(), `${install}-v0.0.0-1-1.v8`), 'another Node version');
    check();
    expect(cacheFiles().sort()).toEqual([...names, `${install}-v0.0.0-1-1.v8`].sort());
  });

  it('replaces a damaged cache and still runs normally', () => {
    const first = check();
    const files = cacheFiles().map((f) => join(cacheDir(), f));
    for (const file of files) writeFileSync(file, 'not a V8 code cache');
    expect(check()).toEqual(first);
    for (const file of files) expect(readFileSync(file).length).toBeGreaterThan(1000);
  });

  it.runIf(uid !== undefined)('never uses a cache folder that other users can write to', () => {
    mkdirSync(cacheDir(), { mode: 0o777 });
    chmodSync(cacheDir(), 0o777);
    const run = check();
    expect(run.code).toBe(0);
    expect(cacheFiles()).toEqual([]);
  });

  it('is written by a run that lints, not by --version or rules, which compile little of the engine', () => {
    expect(runCli(['--version'], { cwd: project, env: { TMPDIR: tmp } }).code).toBe(0);
    expect(runCli(['rules'], { cwd: project, env: { TMPDIR: tmp } }).code).toBe(0);
    expect(cacheFiles()).toEqual([]);
    check();
    expect(cacheFiles()).toHaveLength(2);
  });

  it('is off with MLCONFIG_NO_CODE_CACHE=1', () => {
    const run = check({ MLCONFIG_NO_CODE_CACHE: '1' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/lr-too-high-for-optimizer/);
    expect(cacheFiles()).toEqual([]);
  });
});
