/**
 * A detectron2 `_BASE_` chain read from disk by the real CLI: the warmup a short run inherits, each link resolved next
 * to the file that names it, and a cached result dropped when a base changes.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempProjects } from './temp-project.js';

const newProject = tempProjects();

const CHILD = '_BASE_: "../Base-Project.yaml"\nMODEL:\n  MASK_ON: True\nSOLVER:\n  BASE_LR: 0.005\n  STEPS: (300,)\n  MAX_ITER: 400\n';
const BASE = '_BASE_: "Base-RCNN-FPN.yaml"\nSOLVER:\n  IMS_PER_BATCH: 16\n  WARMUP_ITERS: 100\n';
const ROOT = 'MODEL:\n  META_ARCHITECTURE: "GeneralizedRCNN"\nSOLVER:\n  BASE_LR: 0.02\n  STEPS: (60000, 80000)\n  MAX_ITER: 90000\n';

const warmupFindings = (project: { dir: string }, args: string[] = []): string[] =>
  (JSON.parse(runCli(['check', ...args, '--format', 'json', 'configs/finetune/short.yaml'], { cwd: project.dir }).stdout) as { relativePath: string; diagnostics: { ruleId: string; line: number; column: number; message: string }[] }[])
    .flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'warmup-longer-than-run').map((d) => `${r.relativePath}:${d.line}:${d.column} ${d.message}`));

describe('a detectron2 config whose warmup comes from its _BASE_ chain', () => {
  it('reads the chain from disk and reports a run no longer than the warmup it inherits', () => {
    const tree = { 'configs/finetune/short.yaml': CHILD, 'configs/Base-Project.yaml': BASE, 'configs/Base-RCNN-FPN.yaml': ROOT };
    // The project's base warms up for 100 iterations, less than the run's 400.
    expect(warmupFindings(newProject(tree))).toEqual([]);
    // Without a warmup anywhere in the chain, detectron2's default of 1000 applies.
    expect(warmupFindings(newProject({ ...tree, 'configs/Base-Project.yaml': BASE.replace('  WARMUP_ITERS: 100\n', '') }))).toEqual([
      'configs/finetune/short.yaml:7:13 Training stops after 400 iterations, inside the 1000-iteration warmup detectron2 applies by default.',
    ]);
    // `_BASE_` is read next to the file that names it only: a base at the project's top is not the one meant.
    expect(warmupFindings(newProject({ 'configs/finetune/short.yaml': CHILD, 'Base-Project.yaml': BASE.replace('  WARMUP_ITERS: 100\n', '') }))).toEqual([]);
  });

  it("leaves a project whose scripts write the warmup, and drops a cached result when a base changes", () => {
    const tree = { 'configs/finetune/short.yaml': CHILD, 'configs/Base-Project.yaml': BASE, 'configs/Base-RCNN-FPN.yaml': ROOT };
    const defaults = 'from detectron2.config import CfgNode as CN\n\ndef add_project_config(cfg):\n    cfg.SOLVER.WARMUP_ITERS = 10\n';
    expect(warmupFindings(newProject({ ...tree, 'configs/Base-Project.yaml': BASE.replace('  WARMUP_ITERS: 100\n', ''), 'project/config.py': defaults, 'train_net.py': 'from project.config import add_project_config\n' }))).toEqual([]);
    const project = newProject(tree);
    expect(warmupFindings(project, ['--cache'])).toEqual([]);
    project.write({ 'configs/Base-RCNN-FPN.yaml': ROOT.replace('SOLVER:\n', 'SOLVER:\n  WARMUP_ITERS: 2000\n') });
    expect(warmupFindings(project, ['--cache'])).toEqual([]);
    project.write({ 'configs/Base-Project.yaml': BASE.replace('  WARMUP_ITERS: 100\n', '') });
    expect(warmupFindings(project, ['--cache'])).toEqual(['configs/finetune/short.yaml:7:13 Training stops after 400 iterations, inside the 2000-iteration warmup its base sets.']);
  });

  it('reports a fine-tune that shortens MAX_ITER under the milestones of its base', () => {
    const tree = { 'configs/finetune/short.yaml': CHILD.replace('  STEPS: (300,)\n', ''), 'configs/Base-Project.yaml': BASE, 'configs/Base-RCNN-FPN.yaml': ROOT };
    const found = JSON.parse(runCli(['check', '--format', 'json', 'configs/finetune/short.yaml'], { cwd: newProject(tree).dir }).stdout) as { diagnostics: { ruleId: string; line: number; message: string }[] }[];
    expect(found[0]!.diagnostics.filter((d) => d.ruleId === 'scheduler-milestones-within-run').map((d) => `${d.line} ${d.message}`)).toEqual([
      '6 Training ends at 400 iterations, before the decay milestones 60000, 80000 this file inherits.',
    ]);
  });
});
