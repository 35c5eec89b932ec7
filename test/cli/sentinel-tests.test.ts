/**
 * Settings the project's scripts test for -1 or 0 and replace, end to end with the built CLI: a PINN program trains on
 * the whole set when `batch_size` is 0 (`if args.batch_size == 0: args.batch_size = len(dataset)`), so the file's
 * `batch_size: 0` is the program's own switch, not a batch size that DataLoader refuses. A script that refuses the
 * value instead (`raise ValueError`) leaves it reported, and a cached result follows the script. (A batch size of -1
 * is a switch in any program that does not refuse it; see batch-size-positive.)
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { rulesAt, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const CONFIG = 'model:\n  layers: [2, 50, 50, 1]\ntraining:\n  epochs: 20000\n  batch_size: 0\n  lr: 0.001\n';
const TRAIN = 'import argparse\nimport yaml\n\ndef main(args):\n    dataset = collocation_points(args)\n    if args.batch_size == 0:\n        # use full-batch.\n        args.batch_size = len(dataset)\n    train(dataset, args)\n';

const reported = (project: { dir: string }, args: string[] = []): string[] =>
  rulesAt(runCli(['check', ...args, '--format', 'json', 'configs/pinn.yaml'], { cwd: project.dir }).stdout).filter((r) => r.startsWith('batch-size-positive'));

describe("a setting the project's scripts test for a sentinel and replace", () => {
  it('leaves `batch_size: 0` alone where a script trains on the whole set for it, and reports it elsewhere', () => {
    expect(reported(newProject({ 'configs/pinn.yaml': CONFIG, 'train.py': TRAIN }))).toEqual([]);
    expect(reported(newProject({ 'configs/pinn.yaml': CONFIG }))).toEqual(['batch-size-positive 5:15']);
    // A script that refuses the value is a check, not a switch.
    const refusing = TRAIN.replace('        # use full-batch.\n        args.batch_size = len(dataset)\n', '        raise ValueError("batch_size must be positive")\n');
    expect(reported(newProject({ 'configs/pinn.yaml': CONFIG, 'train.py': refusing }))).toEqual(['batch-size-positive 5:15']);
    // The test names 0 only: -2 is still out of range.
    expect(reported(newProject({ 'configs/pinn.yaml': CONFIG.replace('batch_size: 0', 'batch_size: -2'), 'train.py': TRAIN }))).toEqual(['batch-size-positive 5:15']);
  });

  it('drops a cached result when the test goes', () => {
    const project = newProject({ 'configs/pinn.yaml': CONFIG, 'train.py': TRAIN });
    expect(reported(project, ['--cache'])).toEqual([]);
    project.write({ 'train.py': TRAIN.replace('if args.batch_size == 0:', 'if args.batch_size is None:') });
    expect(reported(project, ['--cache'])).toEqual(['batch-size-positive 5:15']);
  });
});
