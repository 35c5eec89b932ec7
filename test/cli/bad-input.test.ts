/**
 * Bad input never stops a run: an unparsable file is a `parse-error` at its position while the
 * other files are still checked; unreadable, binary, invalid UTF-8, Python, FIFO, broken-link and
 * looping-link files get one clear line each, and there is never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_BIN } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { checkedFiles, tempProjects } from './temp-project.js';

const TRAINING = 'lr: 0.5\nepochs: 10\n';
const GOOD_FINDING = 'good.yaml:1:5  warning  Learning rate 0.5 is high for an unspecified optimizer and nothing decays it.  lr-without-schedule';

const newProject = tempProjects();

/**
 * Runs the built CLI so that file permissions apply to it. Root reads everything (the
 * CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH capabilities), so as root the CLI runs under setpriv
 * (util-linux) with those two capabilities dropped.
 */
function runWithoutReadOverride(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const drop = '-dac_override,-dac_read_search';
  const [command, prefix] = process.getuid?.() === 0 ? ['setpriv', ['--bounding-set', drop, '--inh-caps', drop, process.execPath]] : [process.execPath, []];
  const r = spawnSync(command, [...prefix, CLI_BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  expect(r.error, 'setpriv (util-linux) is needed to test permissions as root').toBeUndefined();
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
  expect(text).not.toContain('internal error');
}

describe('files that do not parse', () => {
  it('YAML, JSON and TOML: one parse-error at the first problem, and the other files are still checked', () => {
    const project = newProject({
      'good.yaml': TRAINING,
      'broken.yaml': 'lr: 0.5\nbetas: [0.9, 0.999]]\nepochs: 3\n',
      'broken.json': '{\n  "lr": 0.5,\n  "epochs": 10,\n}\n',
      'broken.toml': '[optimizer]\nlr = 0.5\n[training]\nsteps = = 100\n',
    });
    const run = runCli(['check', 'good.yaml', 'broken.yaml', 'broken.json', 'broken.toml'], { cwd: project.dir });
    const lines = run.stdout.split('\n');
    const parseErrors = lines.filter((l) => l.endsWith('parse-error'));
    expect(parseErrors.map((l) => l.split('  ')[0])).toEqual(['broken.json:4:1', 'broken.toml:4:9', 'broken.yaml:2:20']);
    for (const l of parseErrors) expect(l).toMatch(/ {2}error {2}\S.*\. {2}parse-error$/);
    expect(run.stdout).toContain(GOOD_FINDING);
    expect(run.stdout).toContain('in 4 files checked.');
    expect(run.code).toBe(1);
    expectNoStackTrace(run.stderr);
  });

  it('a discovered file that does not parse is still reported when its keys look like a training config', () => {
    // safari's Hydra experiment: `${eval: 2*...}` breaks the YAML; its names (`resid_dropout`, `embed_dropout`, `lr`) are
    // the vocabulary's, though only `lr` is among the common ones. A broken workflow's names are not.
    const hyena = '# @package _global_\nmodel:\n  d_model: 864\n  d_inner: ${eval: 2*${.d_model}}\n  resid_dropout: 0.0\n  embed_dropout: 0.1\n  layer:\n    lr: ${optimizer.lr}\n';
    const workflow = 'name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${x: y}\n';
    const project = newProject({ 'train.yaml': 'learning_rate: 0.1\nbatch_size: [32\n', 'other.yaml': 'name: [x\n', 'hyena.yaml': hyena, 'ci.yaml': workflow });
    const run = runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['hyena.yaml', 'train.yaml']);
    expect(run.code).toBe(1);
  });
});

describe('files that cannot be read as text configs', () => {
  it('binary, invalid UTF-8, Python and other file types: one line each, the rest checked', () => {
    const project = newProject({
      'good.yaml': TRAINING,
      'weights.json': new Uint8Array([0x7b, 0x22, 0x77, 0x22, 0x3a, 0x00, 0x01, 0x02, 0x7d]),
      'latin1.yaml': new Uint8Array([...Buffer.from('lr: 0.5\nrun_name: caf'), 0xe9, ...Buffer.from('\nepochs: 3\n')]),
      'train_shakespeare_char.py': "learning_rate = 1e-3\nmax_iters = 5000\nbatch_size = 64\n",
      'notes.txt': 'lr 0.5\n',
    });
    const run = runCli(['check', 'good.yaml', 'weights.json', 'latin1.yaml', 'train_shakespeare_char.py', 'notes.txt'], { cwd: project.dir });
    expect(run.stdout).toBe(
      [
        GOOD_FINDING,
        '',
        'latin1.yaml:2:14  error  The file is not valid UTF-8 (invalid byte 0xe9 at byte 21).  parse-error',
        '',
        'notes.txt:1:1  warning  Unsupported file type .txt; mlconfig check reads YAML, JSON, TOML and TS/JS configs.  unsupported-file',
        '',
        'train_shakespeare_char.py:1:1  warning  Unsupported file type .py; mlconfig check reads YAML, JSON, TOML and TS/JS configs.  unsupported-file',
        '',
        'weights.json:1:6  error  The file contains NUL bytes; it looks binary, not like a text config.  read-error',
        '',
        '✖ 5 problems (2 errors, 3 warnings, 0 infos) in 5 files checked.',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('Python configs are never picked up by discovery', () => {
    const project = newProject({ 'config/train_gpt2.py': 'learning_rate = 6e-4\nmax_iters = 600000\n', 'good.yaml': TRAINING });
    expect(checkedFiles(runCli(['check', '--format', 'json'], { cwd: project.dir }).stdout)).toEqual(['good.yaml']);
  });

  it('a broken symbolic link and a symbolic-link loop named on the command line: one line each', () => {
    const project = newProject({ 'good.yaml': TRAINING });
    symlinkSync('missing-target.yaml', project.path('dangling.yaml'));
    symlinkSync('loop-b.yaml', project.path('loop-a.yaml'));
    symlinkSync('loop-a.yaml', project.path('loop-b.yaml'));
    const run = runCli(['check', 'dangling.yaml', 'loop-a.yaml', 'good.yaml'], { cwd: project.dir });
    expect(run.stdout).toContain('dangling.yaml:1:1  error  The file is a symbolic link whose target does not exist.  read-error\n');
    expect(run.stdout).toContain('loop-a.yaml:1:1  error  The file is a symbolic link in a loop (it leads back to itself).  read-error\n');
    expect(run.stdout).toContain(GOOD_FINDING);
    expect(run.code).toBe(1);
    expectNoStackTrace(run.stderr);
  });

  it('broken links and loops met while walking a folder are skipped with a notice on stderr', () => {
    const project = newProject({ 'good.yaml': TRAINING });
    symlinkSync('missing-target.yaml', project.path('dangling.yaml'));
    symlinkSync('self.yaml', project.path('self.yaml'));
    const run = runCli(['check'], { cwd: project.dir });
    expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'mlconfig: dangling.yaml: Skipped link: its target is missing or unreadable.',
      'mlconfig: self.yaml: Skipped link: it points to itself (a symlink loop).',
    ]);
    expect(run.stdout).toContain(GOOD_FINDING);
    expect(run.code).toBe(0);
  });

  it('a named pipe is reported, not read (reading it would wait forever)', () => {
    const project = newProject({ 'good.yaml': TRAINING });
    expect(spawnSync('mkfifo', [project.path('fifo.yaml')]).status).toBe(0); // Node has no mkfifo
    const run = runCli(['check', 'fifo.yaml', 'good.yaml'], { cwd: project.dir, timeout: 20_000 });
    expect(run.stdout).toContain('fifo.yaml:1:1  error  This is not a regular file (a named pipe); it was not read.  read-error\n');
    expect(run.stdout).toContain(GOOD_FINDING);
    expect(run.code).toBe(1);
  });

  it('a file and a folder the user may not read: one line each, the rest checked', () => {
    const project = newProject({ 'good.yaml': TRAINING, 'secret.yaml': TRAINING, 'private/train.yaml': TRAINING });
    chmodSync(project.path('secret.yaml'), 0o000);
    chmodSync(project.path('private'), 0o000);
    const named = runWithoutReadOverride(['check', 'secret.yaml', 'good.yaml'], project.dir);
    expect(named.stdout).toContain('secret.yaml:1:1  error  Permission denied: the file is not readable.  read-error\n');
    expect(named.stdout).toContain(GOOD_FINDING);
    expect(named.code).toBe(1);
    const walked = runWithoutReadOverride(['check'], project.dir);
    expect(walked.stderr).toBe('mlconfig: private: Skipped folder: EACCES.\n');
    expect(walked.stdout).toContain(GOOD_FINDING);
    expectNoStackTrace(named.stderr + walked.stderr);
    chmodSync(project.path('private'), 0o755);
  });
});

describe("words every JavaScript object knows (toString, constructor) as input", () => {
  it('as a command word, a format name or a file name: a usage message or a check, never an internal error', () => {
    const project = newProject({ 'good.yaml': TRAINING, toString: TRAINING });
    const asPath = runCli(['toString', 'good.yaml'], { cwd: project.dir });
    expect(asPath.stdout).toContain(GOOD_FINDING);
    expect(asPath.stdout).toContain('toString:1:1  warning  Unsupported file type (no extension); mlconfig check reads YAML, JSON, TOML and TS/JS configs.  unsupported-file\n');
    expect(asPath.code).toBe(0);
    const asCommand = runCli(['constructor', 'good.yaml'], { cwd: project.dir });
    expect(asCommand.stderr).toMatch(/^mlconfig: unknown command "constructor"/);
    expect(asCommand.code).toBe(2);
    const asFormat = runCli(['check', '--format', 'constructor', 'good.yaml'], { cwd: project.dir });
    expect(asFormat.stderr).toMatch(/^mlconfig: Unknown format "constructor"; expected one of /);
    expect(asFormat.code).toBe(2);
    expectNoStackTrace(asPath.stderr + asCommand.stderr + asFormat.stderr);
  });

  it("as the program of a W&B sweep whose project's scripts parse their options: the sweep is checked", () => {
    const script = 'import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument("--lr", type=float)\n';
    const sweep = 'program: toString\nmethod: grid\nparameters:\n  lr:\n    value: 1e-4\n  batch_size:\n    value: 32\n';
    const project = newProject({ '.git/HEAD': 'ref: refs/heads/main\n', 'train.py': script, 'sweep.yaml': sweep });
    const run = runCli(['check', 'sweep.yaml'], { cwd: project.dir });
    // No script is called toString, so the sweep's values are what PyYAML reads.
    expect(run.stdout).toContain('sweep.yaml:5:12  warning  1e-4 is read as the string "1e-4" by PyYAML (YAML 1.1), not as a number.  yaml-sci-notation-string\n');
    expect(run.code).toBe(0);
    expectNoStackTrace(run.stderr);
  });
});
