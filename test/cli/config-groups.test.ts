/**
 * Hydra config groups seen from the folder layout, end to end with the built CLI: a group option
 * with nothing of Hydra in it (`conf/optimizer/adam.yaml: lr: 1e-4`) is read by OmegaConf when a
 * primary config above it names its folder in a defaults list, and by PyYAML otherwise.
 */
import { renameSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { flatten, tempProjects } from './temp-project.js';

const newProject = tempProjects();

// No `_self_` or `hydra/...` entry, which would make every folder below a group, named or not.
const PRIMARY = 'defaults:\n  - optimizer: adam\n  - model/encoder: big\nseed: 1\n';
const OPTION = 'lr: 1e-4\nbetas: [0.9, 0.999]\n';

const sciFindings = (stdout: string): string[] =>
  flatten(stdout)
    .filter((d) => d.ruleId === 'yaml-sci-notation-string')
    .map((d) => `${d.file}:${d.line}:${d.column}`)
    .sort();

describe('Hydra config groups', () => {
  it('reads group options, nested groups included, as OmegaConf does; other YAML stays PyYAML', () => {
    const project = newProject({
      'conf/config.yaml': PRIMARY,
      'conf/optimizer/adam.yaml': OPTION,
      'conf/model/encoder/big.yaml': 'hidden_size: 128\nlr: 1e-4\n',
      // Not a group the defaults list names.
      'conf/scheduler/cosine.yaml': 'lr: 1e-4\nwarmup_steps: 10\n',
      'scripts/other.yaml': OPTION,
    });
    const run = runCli(['check', '--format', 'json', '.'], { cwd: project.dir });
    expect(sciFindings(run.stdout)).toEqual(['conf/scheduler/cosine.yaml:1:5', 'scripts/other.yaml:1:5']);
  });

  it("reads every folder below a primary config that only Hydra writes (`_self_`, `hydra/...`) as a group, named or not; below another defaults list, only the groups it names", () => {
    const project = newProject({
      // lossyless: `optimizer` is not in the list, yet `optimizer=AdamW_lr3e-4_w1e-5` selects the file.
      'hydra/config/config.yaml': 'defaults:\n  - hydra/job_logging: colorlog\n  - data: mnist\nseed: 123\n',
      'hydra/config/optimizer/AdamW_lr3e-4_w1e-5.yaml': 'mode: AdamW\nkwargs:\n  lr: 3e-4\n  weight_decay: 1e-5\n',
      'self/conf/config.yaml': 'defaults:\n  - model: lm\n  - _self_\nseed: 1\n',
      'self/conf/scheduler/cosine.yaml': 'lr: 1e-4\nwarmup_steps: 10\n',
      // A defaults list with nothing only Hydra writes: the folder it does not name stays PyYAML's.
      'plain/conf/config.yaml': 'defaults:\n  - model: lm\nseed: 1\n',
      'plain/conf/scheduler/cosine.yaml': 'lr: 1e-4\nwarmup_steps: 10\n',
    });
    const run = runCli(['check', '--format', 'json', '.'], { cwd: project.dir });
    expect(sciFindings(run.stdout)).toEqual(['plain/conf/scheduler/cosine.yaml:1:5']);
    const classify = JSON.parse(runCli(['classify', '--format', 'json', 'hydra/config/optimizer/AdamW_lr3e-4_w1e-5.yaml'], { cwd: project.dir }).stdout) as { frameworks: { id: string; evidence: string[] }[] };
    expect(classify.frameworks[0]).toMatchObject({ id: 'hydra', evidence: ['config group `optimizer` below hydra/config/config.yaml, a Hydra primary config (`hydra/job_logging` in its defaults list)'] });
  });

  it('reads an option kept in a subfolder of its group (fusion_bench `method=classification/clip_finetune`)', () => {
    const project = newProject({
      // Without `hydra: default` and `_self_`, which make every folder below a group (see below), only `method` is one here.
      'config/fabric_model_fusion.yaml': 'defaults:\n  - method: dummy\nfast_dev_run: false\n',
      'config/method/classification/clip_finetune.yaml': 'name: clip_finetune\nseed: 42\nlearning_rate: 1e-5\nnum_steps: 4000\nbatch_size: 128\n',
      // `methods` is not `method`: a folder whose name only begins like a group's is no option of it.
      'config/methods/other/finetune.yaml': 'learning_rate: 1e-5\nnum_steps: 4000\nbatch_size: 128\n',
    });
    const run = runCli(['check', '--format', 'json', '.'], { cwd: project.dir });
    expect(sciFindings(run.stdout)).toEqual(['config/methods/other/finetune.yaml:1:16']);
    const classify = JSON.parse(runCli(['classify', '--format', 'json', 'config/method/classification/clip_finetune.yaml'], { cwd: project.dir }).stdout) as { frameworks: { id: string; evidence: string[] }[] };
    expect(classify.frameworks[0]).toMatchObject({ id: 'hydra', evidence: ['config group `method` in the defaults list of config/fabric_model_fusion.yaml'] });
  });

  it('reads a config that a primary config beside it names in its defaults list (DeepKE `- train`), and composes only that one', () => {
    const project = newProject({
      'conf/config.yaml': 'defaults:\n  - hydra/output: custom\n  - preprocess\n  - train\n  - model: lm\ncwd: ???\n',
      'conf/train.yaml': 'epoch: 50\nbatch_size: 32\nlearning_rate: 3e-4\n',
      'conf/other.yaml': OPTION,
    });
    const run = runCli(['check', '--format', 'json', '.'], { cwd: project.dir });
    // `other.yaml` is not composed, but the primary config beside it (`cwd: ???`) shows OmegaConf reads this folder.
    expect(sciFindings(run.stdout)).toEqual([]);
    const classify = JSON.parse(runCli(['classify', '--format', 'json', 'conf/train.yaml'], { cwd: project.dir }).stdout) as { frameworks: { id: string; evidence: string[] }[] };
    expect(classify.frameworks[0]).toMatchObject({ id: 'hydra', evidence: ['config `train` in the defaults list of conf/config.yaml'] });
    const other = JSON.parse(runCli(['classify', '--format', 'json', 'conf/other.yaml'], { cwd: project.dir }).stdout) as { loader: string; loaderEvidence?: string; frameworks: unknown[] };
    expect(other).toMatchObject({ loader: 'omegaconf', loaderEvidence: '`???` in conf/config.yaml beside it, which only OmegaConf reads', frameworks: [] });
    // Without that marker, a file no defaults list names stays PyYAML's.
    const plain = newProject({ 'conf/config.yaml': 'defaults:\n  - train\nseed: 1\n', 'conf/train.yaml': 'epoch: 50\nbatch_size: 32\nlearning_rate: 3e-4\n', 'conf/other.yaml': OPTION });
    expect(sciFindings(runCli(['check', '--format', 'json', '.'], { cwd: plain.dir }).stdout)).toEqual(['conf/other.yaml:1:5']);
  });

  it('finds the primary config when the group option alone is checked (a pre-commit hook passes single files)', () => {
    const project = newProject({ 'conf/train.yaml': PRIMARY, 'conf/optimizer/adam.yaml': OPTION });
    const run = runCli(['check', '--format', 'json', 'conf/optimizer/adam.yaml'], { cwd: project.dir });
    expect(run.code).toBe(0);
    expect(sciFindings(run.stdout)).toEqual([]);
  });

  it('names the primary config as evidence in mlconfig classify', () => {
    const project = newProject({ 'conf/config.yaml': PRIMARY, 'conf/optimizer/adam.yaml': OPTION });
    const run = runCli(['classify', '--format', 'json', 'conf/optimizer/adam.yaml'], { cwd: project.dir });
    const out = JSON.parse(run.stdout) as { loader: string; frameworks: { id: string; evidence: string[] }[] };
    expect(out.frameworks[0]).toMatchObject({ id: 'hydra', evidence: ['config group `optimizer` in the defaults list of conf/config.yaml'] });
  });

  it("finds a group kept in a config folder beside the primary configs' own, when a defaults list there names the option (ReBeL)", () => {
    const files = { 'conf/c02_selfplay/liars_sp.yaml': 'defaults:\n  - optimizer: adam\nseed: 0\nmax_epochs: 10000\n', 'conf/common/optimizer/adam.yaml': "optimizer:\n  classname: 'Adam'\n  kwargs:\n    lr: 3e-4\n" };
    const project = newProject(files);
    const run = runCli(['check', '--format', 'json', '.'], { cwd: project.dir });
    expect(sciFindings(run.stdout)).toEqual([]);
    const out = JSON.parse(runCli(['classify', '--format', 'json', 'conf/common/optimizer/adam.yaml'], { cwd: project.dir }).stdout) as { frameworks: { id: string; evidence: string[] }[] };
    expect(out.frameworks[0]).toMatchObject({ id: 'hydra', evidence: ['option `optimizer: adam` in the defaults list of conf/c02_selfplay/liars_sp.yaml, in a config folder beside its own'] });
    // Another option of the group, or a folder of the same name that no defaults list selects from: PyYAML still.
    expect(sciFindings(runCli(['check', '--format', 'json', '.'], { cwd: newProject({ ...files, 'conf/c02_selfplay/liars_sp.yaml': 'defaults:\n  - optimizer: sgd\nseed: 0\n' }).dir }).stdout)).toEqual(['conf/common/optimizer/adam.yaml:4:9']);
  });

  it('drops a cached result when a config folder appears beside the search folder, or the search folder gets YAML of its own', () => {
    // Deeper than the script walk's own listing of subfolders reaches, so only the search's own record can tell.
    const base = 'x/y/z/conf';
    const project = newProject({ [`${base}/common/optimizer/adam.yaml`]: "optimizer:\n  classname: 'Adam'\n  kwargs:\n    lr: 3e-4\n", [`${base}/other/seed.yaml`]: 'seed: 0\n' });
    const check = (): string[] => sciFindings(runCli(['check', '--cache', '--format', 'json', `${base}/common/optimizer/adam.yaml`], { cwd: project.dir }).stdout);
    const finding = [`${base}/common/optimizer/adam.yaml:4:9`];
    expect(check()).toEqual(finding);
    project.write({ [`${base}/c02_selfplay/liars_sp.yaml`]: 'defaults:\n  - optimizer: adam\nseed: 0\n' });
    expect(check()).toEqual([]);
    expect(check()).toEqual([]);
    project.write({ [`${base}/common/notes.yaml`]: 'a: 1\n' });
    expect(check()).toEqual(finding);
  });

  it('does not climb above the project: a defaults list outside it does not count', () => {
    const outer = newProject({ 'config.yaml': 'defaults:\n  - inner/conf/optimizer: adam\n' }, { bare: true });
    outer.write({ 'inner/package.json': '{ "name": "inner", "private": true }\n', 'inner/conf/optimizer/adam.yaml': OPTION });
    const run = runCli(['check', '--format', 'json', '.'], { cwd: outer.path('inner') });
    expect(sciFindings(run.stdout)).toEqual(['conf/optimizer/adam.yaml:1:5']);
  });

  it('drops a cached result when a folder of more than 64 YAML files, whose siblings are not read, falls to 64', () => {
    // A sibling with `???` makes the folder OmegaConf's, but only when the folder is small enough for siblings to be read.
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`runs/run-${String(i).padStart(2, '0')}.yaml`, `seed: ${i}\n`]));
    const project = newProject({ ...many, 'runs/base.yaml': 'output_dir: ???\nseed: 0\n', 'runs/train.yaml': 'lr: 1e-4\nbatch_size: 32\nepochs: 10\n' });
    const check = (): string[] => sciFindings(runCli(['check', '--cache', '--format', 'json', 'runs/train.yaml'], { cwd: project.dir }).stdout);
    expect(check()).toEqual(['runs/train.yaml:1:5']);
    expect(check()).toEqual(['runs/train.yaml:1:5']);
    // 64 YAML files now (train, base and 62 runs): the sibling's `???` is read, and the cached PyYAML reading is dropped.
    renameSync(project.path('runs/run-00.yaml'), project.path('runs/run-00.yaml.off'));
    renameSync(project.path('runs/run-01.yaml'), project.path('runs/run-01.yaml.off'));
    renameSync(project.path('runs/run-02.yaml'), project.path('runs/run-02.yaml.off'));
    expect(check()).toEqual([]);
  });

  it('drops a cached result when the primary config appears or goes', () => {
    const project = newProject({ 'conf/optimizer/adam.yaml': OPTION });
    const check = (): string[] => sciFindings(runCli(['check', '--cache', '--format', 'json', '.'], { cwd: project.dir }).stdout);
    expect(check()).toEqual(['conf/optimizer/adam.yaml:1:5']);
    project.write({ 'conf/config.yaml': PRIMARY });
    expect(check()).toEqual([]);
    renameSync(project.path('conf/config.yaml'), project.path('conf/config.yaml.off'));
    expect(check()).toEqual(['conf/optimizer/adam.yaml:1:5']);
    project.write({ 'conf/config.yaml': 'defaults:\n  - trainer: default\n' });
    expect(check()).toEqual(['conf/optimizer/adam.yaml:1:5']);
    project.write({ 'conf/config.yaml': PRIMARY });
    expect(check()).toEqual([]);
  });
});
