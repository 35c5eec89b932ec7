/**
 * The stylish report printed file by file as results come in (`mlconfig check` with stylish alone on
 * stdout) is byte for byte the report `stylish` gives for the whole run, whatever order the results
 * arrive in; and the CLI prints the same text whether it streams or not.
 */
import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../packages/core/src/index.js';
import { StylishStream, stylish } from '../../packages/cli/src/formatters/stylish.js';
import { colors } from '../../packages/cli/src/output.js';
import { makeResult, type FileResult } from '../../packages/cli/src/results.js';
import { runCli } from '../helpers/run-cli.js';
import { generate } from '../../bench/gen-corpus.mjs';
import { makeProject } from './project.js';

const result = (name: string, text: string): FileResult => makeResult(`/p/${name}`, name, lint(text, { format: 'yaml', filePath: name }).diagnostics);

const BAD = 'learning_rate: 1e-4\nlr_scheduler_type: constant\nwarmup_ratio: 0.1\nper_device_train_batch_size: 8\n';
const CLEAN = 'learning_rate: 1.0e-4\nper_device_train_batch_size: 8\nnum_train_epochs: 3\n';

function streamed(results: readonly (FileResult | null)[], order: readonly number[], color: boolean): string {
  let out = '';
  const stream = new StylishStream((t) => (out += t), colors(color));
  for (const i of order) stream.add(i, results[i]);
  stream.end(results.filter((r): r is FileResult => r !== null));
  return out;
}

describe('StylishStream', () => {
  const results = [result('a.yaml', BAD), null, result('b.yaml', CLEAN), result('c.yaml', BAD + 'dropout: 1.5\n'), result('d.yaml', CLEAN)];
  const whole = (color: boolean): string => stylish(results.filter((r): r is FileResult => r !== null), { cwd: '/p', color, rules: [] });

  it('prints what stylish prints, for results in order and out of order, with and without colour', () => {
    expect(whole(false)).toContain('a.yaml:1:16');
    for (const color of [false, true]) {
      expect(streamed(results, [0, 1, 2, 3, 4], color)).toBe(whole(color));
      expect(streamed(results, [4, 2, 3, 1, 0], color)).toBe(whole(color));
      expect(streamed(results, [1, 3, 0, 4, 2], color)).toBe(whole(color));
    }
  });

  it('prints the clean summary alone when nothing was found', () => {
    const clean = [result('b.yaml', CLEAN), null];
    expect(streamed(clean, [1, 0], false)).toBe(stylish([clean[0]!], { cwd: '/p', color: false, rules: [] }));
    expect(streamed(clean, [1, 0], false)).toMatch(/^✔ No problems found in 1 file\.\n$/);
  });
});

describe('mlconfig check prints the same stylish report whether it streams or not', () => {
  it('on a generated project, on one thread and on two, with and without --quiet', () => {
    const project = makeProject({});
    const report = `${project.dir}.report.json`; // outside the project, so it is not linted in turn
    try {
      generate(project.dir, 150, 11);
      for (const extra of [[], ['--quiet']]) {
        // A second report written to a file turns streaming off: every result is kept, then formatted.
        const whole = runCli(['check', ...extra, '--concurrency', 'off', '-f', 'stylish', '-f', `json:${report}`, '.'], { cwd: project.dir });
        expect(existsSync(report)).toBe(true);
        expect(whole.stdout).toMatch(/✖ \d+ problems/);
        for (const concurrency of ['off', '2']) {
          const streamedRun = runCli(['check', ...extra, '--concurrency', concurrency, '.'], { cwd: project.dir });
          expect(streamedRun.stdout).toBe(whole.stdout);
          expect(streamedRun.code).toBe(whole.code);
        }
      }
    } finally {
      rmSync(report, { force: true });
      project.remove();
    }
  });
});
