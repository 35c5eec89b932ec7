/**
 * `--cache` and `--concurrency`, end to end with the built CLI: results are the same whichever way
 * files are linted; a cached result is used only while the file, the files it refers to, the
 * settings and mlconfig's version are unchanged.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/gen-corpus.mjs';
import { runCli } from '../helpers/run-cli.js';
import { tempProjects } from './temp-project.js';

const newProject = tempProjects();

const HF = 'learning_rate: 2e-5\nlr_scheduler_type: constant\nwarmup_ratio: 0.1\nper_device_train_batch_size: 8\nnum_train_epochs: 3\n';

interface CacheFile {
  key: string;
  entries: Record<string, { hash: string; stamp?: string; result: { result: { diagnostics: { ruleId: string; message: string }[] } } | null }>;
}

const json = (stdout: string): { relativePath: string; diagnostics: { ruleId: string; message: string; line: number; column: number }[] }[] => JSON.parse(stdout);

describe('--concurrency', () => {
  it('gives the same report on worker threads (with this thread linting too) as in one thread', () => {
    const project = newProject();
    generate(project.path('configs'), 120, 7);
    const single = runCli(['check', '--concurrency', 'off', '--format', 'json', 'configs'], { cwd: project.dir });
    const parallel = runCli(['check', '--concurrency', '2', '--format', 'json', 'configs'], { cwd: project.dir, env: { MLCONFIG_DEBUG: 'threads' } });
    expect(single.stderr).toBe('');
    // A worker thread really linted (this thread and one worker).
    expect(parallel.stderr).toBe('mlconfig: linting 120 files on 2 threads\n');
    expect(json(single.stdout).length).toBe(120);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.code).toBe(single.code);
    const three = runCli(['check', '--concurrency', '3', '--format', 'json', 'configs'], { cwd: project.dir });
    expect(three.stdout).toBe(single.stdout);
  });

  it('rejects a value that is not a count, auto or off', () => {
    const project = newProject({ 'train.yaml': HF });
    const run = runCli(['check', '--concurrency', 'many', 'train.yaml'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--concurrency expects an integer of at least 1');
  });
});

describe('--cache', () => {
  it('writes the folders a file depended on once for all the files that share them, and reads them back', () => {
    const project = newProject({ 'configs/a.yaml': HF, 'configs/b.yaml': HF.replace('2e-5', '3e-5'), 'configs/c.yaml': HF.replace('8', '16'), 'train.py': 'import hydra\n' });
    const run = (): ReturnType<typeof runCli> => runCli(['check', '--cache', '--format', 'json', 'configs'], { cwd: project.dir, env: { MLCONFIG_DEBUG: 'threads' } });
    const first = run();
    const cache = JSON.parse(readFileSync(project.path('.mlconfigcache'), 'utf8')) as { dependencySets: Record<string, string>[]; entries: Record<string, { result: { dependencies: unknown } | null }> };
    expect(cache.dependencySets).toHaveLength(1);
    expect(Object.keys(cache.dependencySets[0]!)).toEqual(expect.arrayContaining([project.dir, project.path('configs')]));
    expect(Object.values(cache.entries).map((e) => e.result?.dependencies)).toEqual([0, 0, 0]);
    const warm = run();
    expect(warm.stderr).toContain('linting 0 files');
    expect(warm.stdout).toBe(first.stdout);
    // A damaged index drops that entry only.
    const damaged = JSON.parse(readFileSync(project.path('.mlconfigcache'), 'utf8')) as { entries: Record<string, { result: { dependencies: number } | null }> };
    damaged.entries[project.path('configs/a.yaml')]!.result!.dependencies = 7;
    writeFileSync(project.path('.mlconfigcache'), JSON.stringify(damaged));
    const again = run();
    expect(again.stderr).toContain('linting 1 file');
    expect(again.stdout).toBe(first.stdout);
  });

  it('writes the cache and reuses a result only while the file is unchanged', () => {
    const project = newProject({ 'train.yaml': HF });
    const first = runCli(['check', '--cache', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    const cache = JSON.parse(readFileSync(project.path('.mlconfigcache'), 'utf8')) as CacheFile;
    const entry = cache.entries[project.path('train.yaml')];
    expect(entry.result?.result.diagnostics.map((d) => d.ruleId)).toEqual(json(first.stdout)[0].diagnostics.map((d) => d.ruleId));

    // Plant a marker in the cached result: a run that trusts the cache reports it.
    entry.result!.result.diagnostics[0].message = 'From the cache.';
    writeFileSync(project.path('.mlconfigcache'), JSON.stringify(cache));
    const warm = runCli(['check', '--cache', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    expect(json(warm.stdout)[0].diagnostics[0].message).toBe('From the cache.');

    // Any edit of the file makes the cached result worthless.
    writeFileSync(project.path('train.yaml'), HF + '# edited\n');
    const edited = runCli(['check', '--cache', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    expect(json(edited.stdout)[0].diagnostics[0].message).not.toBe('From the cache.');
    expect(json(edited.stdout)[0].diagnostics.map((d) => d.ruleId)).toEqual(json(first.stdout)[0].diagnostics.map((d) => d.ruleId));
  });

  it("trusts a settled file's stamp instead of reading it, and no longer after an edit that keeps its size and modification time", () => {
    const project = newProject({ 'train.yaml': HF });
    const check = (): ReturnType<typeof runCli> => runCli(['check', '--cache', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    const cached = (): CacheFile => JSON.parse(readFileSync(project.path('.mlconfigcache'), 'utf8')) as CacheFile;
    const first = check();
    // Just written: a second write within the same tick of the file system's clock would keep the stamp, so none is kept.
    expect(cached().entries[project.path('train.yaml')].stamp).toBeUndefined();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3200);
    expect(check().stdout).toBe(first.stdout);
    const settled = cached();
    const entry = settled.entries[project.path('train.yaml')];
    expect(entry.stamp).toMatch(/^\d+:[\d.]+:[\d.]+:\d+$/);

    // A hash that no content has, and a marker: a run that reports the marker took the file's hash from its stamp.
    entry.hash = 'not-the-hash-of-any-content';
    entry.result!.result.diagnostics[0].message = 'From the cache.';
    writeFileSync(project.path('.mlconfigcache'), JSON.stringify(settled));
    expect(json(check().stdout)[0].diagnostics[0].message).toBe('From the cache.');

    // Same size, modification time put back: the change time still moves, so the file is read and linted again.
    const { atime, mtime } = statSync(project.path('train.yaml'));
    writeFileSync(project.path('train.yaml'), HF.replace('2e-5', '3e-5'));
    utimesSync(project.path('train.yaml'), atime, mtime);
    const edited = json(check().stdout)[0];
    expect(edited.diagnostics[0].message).not.toBe('From the cache.');
    expect(edited.diagnostics.map((d) => d.message).join(' ')).toContain('3e-5');
  });

  it('keeps full results when the run that wrote it printed the stylish report, which shows no explanations', () => {
    const project = newProject({ 'train.yaml': HF });
    runCli(['check', '--cache', 'train.yaml'], { cwd: project.dir });
    const cache = JSON.parse(readFileSync(project.path('.mlconfigcache'), 'utf8')) as CacheFile;
    const cached = cache.entries[project.path('train.yaml')].result!.result.diagnostics as unknown as { explanation: string }[];
    expect(cached.length).toBeGreaterThan(0);
    for (const d of cached) expect(d.explanation.length).toBeGreaterThan(20);
    const warm = runCli(['check', '--cache', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    const fresh = runCli(['check', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    expect(warm.stdout).toBe(fresh.stdout);
  });

  it('is not trusted after the settings change, or when it was written by another version or settings', () => {
    const project = newProject({ 'train.yaml': HF });
    runCli(['check', '--cache', 'train.yaml'], { cwd: project.dir });
    const cache = JSON.parse(readFileSync(project.path('.mlconfigcache'), 'utf8')) as CacheFile;
    cache.entries[project.path('train.yaml')].result!.result.diagnostics[0].message = 'From the cache.';
    writeFileSync(project.path('.mlconfigcache'), JSON.stringify(cache));

    project.write({ '.mlconfigrc.yaml': 'rules:\n  yaml-sci-notation-string: off\n' });
    const withSettings = runCli(['check', '--cache', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    const messages = json(withSettings.stdout)[0].diagnostics.map((d) => d.message);
    expect(messages).not.toContain('From the cache.');
    expect(json(withSettings.stdout)[0].diagnostics.map((d) => d.ruleId)).not.toContain('yaml-sci-notation-string');

    // A cache whose key is not this run's (another mlconfig version, other settings) is ignored whole.
    const next = JSON.parse(readFileSync(project.path('.mlconfigcache'), 'utf8')) as CacheFile;
    next.key = 'written-by-mlconfig-0.0.1';
    next.entries[project.path('train.yaml')].result!.result.diagnostics[0].message = 'From the cache.';
    writeFileSync(project.path('.mlconfigcache'), JSON.stringify(next));
    const otherVersion = runCli(['check', '--cache', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    expect(json(otherVersion.stdout)[0].diagnostics.map((d) => d.message)).not.toContain('From the cache.');
  });

  it('re-lints a config when a file it refers to changes', () => {
    const ds = (micro: number): string => JSON.stringify({ train_micro_batch_size_per_gpu: micro, gradient_accumulation_steps: 'auto', zero_optimization: { stage: 2 } });
    const project = newProject({
      'train.yaml': 'per_device_train_batch_size: 8\nlearning_rate: 1.0e-5\nnum_train_epochs: 1\ndeepspeed: ds.json\n',
      'ds.json': ds(8),
    });
    const rulesOf = (stdout: string): string[] => json(stdout).find((r) => r.relativePath === 'train.yaml')!.diagnostics.map((d) => d.ruleId);
    const before = runCli(['check', '--cache', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    expect(rulesOf(before.stdout)).not.toContain('hf-deepspeed-mismatch');
    project.write({ 'ds.json': ds(4) });
    const after = runCli(['check', '--cache', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    expect(rulesOf(after.stdout)).toContain('hf-deepspeed-mismatch');
  });

  it('ignores a corrupt cache file and writes a good one', () => {
    const project = newProject({ 'train.yaml': HF, 'my.cache': '{not json' });
    const run = runCli(['check', '--cache-location', 'my.cache', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    expect(run.code).toBe(0);
    expect(json(run.stdout)[0].diagnostics.length).toBeGreaterThan(0);
    expect(() => JSON.parse(readFileSync(project.path('my.cache'), 'utf8'))).not.toThrow();
  });

  it('caches the fixed file after --fix, so the next run reports what is left', () => {
    const project = newProject({ 'train.yaml': HF });
    runCli(['check', '--cache', '--fix', 'train.yaml'], { cwd: project.dir });
    expect(readFileSync(project.path('train.yaml'), 'utf8')).toContain('learning_rate: 2.0e-5');
    const next = runCli(['check', '--cache', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    expect(json(next.stdout)[0].diagnostics.map((d) => d.ruleId)).not.toContain('yaml-sci-notation-string');
  });
});
