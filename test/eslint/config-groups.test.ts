/**
 * The plugin finds the Hydra primary config above a YAML file as `mlconfig check` does (core's
 * ConfigGroupLayout): a group option (`conf/optimizer/adam.yaml: lr: 1e-4`) is read by OmegaConf when
 * a defaults list above names its folder, so `1e-4` is a float there, and a string under PyYAML
 * elsewhere. Real files on disk, real ESLint runs (the ESLint class), one ESLint instance across edits
 * as in an editor.
 */
import { mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';
import mlconfig from 'eslint-plugin-mlconfig';
import { REVALIDATE_AFTER_MS } from '../../packages/eslint-plugin/src/config-groups.js';
import { runCli } from '../helpers/run-cli.js';

// No `_self_` or `hydra/...` entry, which would make every folder below a group, named or not.
const PRIMARY = 'defaults:\n  - optimizer: adam\n  - model/encoder: big\nseed: 1\n';
const OPTION = 'lr: 1e-4\nbetas: [0.9, 0.999]\n';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): { dir: string; write(files: Record<string, string>): void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'mlconfig-eslint-groups-')));
  made.push(dir);
  const write = (tree: Record<string, string>): void => {
    for (const [rel, text] of Object.entries(tree)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
  };
  write({ 'package.json': '{ "name": "groups", "private": true }\n', ...files });
  return { dir, write };
}

const recommended = mlconfig.configs.recommended as unknown as Linter.Config[];

/**
 * Lints a folder of projects (each `subs` folder with a `.git` at its top) with the strict preset in ESLint and in
 * `mlconfig check` (on `cliTargets`), and lists what each reports of the `watched` rules as `file:line:column rule`.
 */
async function strictPluginAndCli(p: { dir: string; write(files: Record<string, string>): void }, subs: readonly string[], globs: string[], cliTargets: string[], watched: ReadonlySet<string>): Promise<{ plugin: string[]; cli: string[] }> {
  for (const sub of subs) p.write({ [`${sub}/.git/HEAD`]: 'ref: refs/heads/main\n' });
  const strict = mlconfig.configs.strict as unknown as Linter.Config[];
  const eslint = new ESLint({ cwd: p.dir, overrideConfigFile: true, overrideConfig: strict });
  const results = await eslint.lintFiles(globs);
  const plugin = results.flatMap((r) => r.messages.filter((m) => watched.has(m.ruleId ?? '')).map((m) => `${r.filePath.slice(p.dir.length + 1)}:${m.line}:${m.column} ${m.ruleId}`)).sort();
  const out = JSON.parse(runCli(['check', '--preset', 'strict', '--format', 'json', ...cliTargets], { cwd: p.dir }).stdout) as { relativePath: string; diagnostics: { ruleId: string; line: number; column: number }[] }[];
  const cli = out.flatMap((f) => f.diagnostics.filter((d) => watched.has(`mlconfig/${d.ruleId}`)).map((d) => `${f.relativePath}:${d.line}:${d.column} mlconfig/${d.ruleId}`)).sort();
  return { plugin, cli };
}

async function sciFindings(eslint: ESLint, dir: string): Promise<string[]> {
  const results = await eslint.lintFiles(['**/*.yaml']);
  return results
    .flatMap((r) => r.messages.filter((m) => m.ruleId === 'mlconfig/yaml-sci-notation-string').map((m) => `${r.filePath.slice(dir.length + 1)}:${m.line}:${m.column}`))
    .sort();
}

describe('Hydra config groups in the ESLint plugin', () => {
  it('reads group options as OmegaConf does, like mlconfig check', async () => {
    const p = project({
      'conf/config.yaml': PRIMARY,
      'conf/optimizer/adam.yaml': OPTION,
      'conf/model/encoder/big.yaml': 'hidden_size: 128\nlr: 1e-4\n',
      'conf/scheduler/cosine.yaml': 'lr: 1e-4\nwarmup_steps: 10\n',
      'scripts/other.yaml': OPTION,
    });
    const eslint = new ESLint({ cwd: p.dir, overrideConfigFile: true, overrideConfig: recommended });
    const expected = ['conf/scheduler/cosine.yaml:1:5', 'scripts/other.yaml:1:5'];
    expect(await sciFindings(eslint, p.dir)).toEqual(expected);
    const cli = JSON.parse(runCli(['check', '--format', 'json', '.'], { cwd: p.dir }).stdout) as { relativePath: string; diagnostics: { ruleId: string; line: number; column: number }[] }[];
    const fromCli = cli.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'yaml-sci-notation-string').map((d) => `${f.relativePath}:${d.line}:${d.column}`)).sort();
    expect(fromCli).toEqual(expected);
  });

  it('sees a primary config added, edited or removed while ESLint keeps running', async () => {
    const p = project({ 'conf/optimizer/adam.yaml': OPTION });
    const eslint = new ESLint({ cwd: p.dir, overrideConfigFile: true, overrideConfig: recommended });
    // The plugin checks a folder again once this much time has passed since its last check.
    const afterRecheck = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, REVALIDATE_AFTER_MS + 100));
    expect(await sciFindings(eslint, p.dir)).toEqual(['conf/optimizer/adam.yaml:1:5']);
    p.write({ 'conf/config.yaml': PRIMARY });
    await afterRecheck();
    expect(await sciFindings(eslint, p.dir)).toEqual([]);
    // Same size, other group: only the modification time and the text tell.
    p.write({ 'conf/config.yaml': PRIMARY.replace('optimizer: adam', 'scheduler: adam') });
    await afterRecheck();
    expect(await sciFindings(eslint, p.dir)).toEqual(['conf/optimizer/adam.yaml:1:5']);
  });

  it('sees a folder of more than 64 YAML files, whose siblings are not read, fall to 64 while ESLint keeps running', async () => {
    // A sibling with `???` makes the folder OmegaConf's, but only when the folder is small enough for siblings to be read.
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`runs/run-${String(i).padStart(2, '0')}.yaml`, `seed: ${i}\n`]));
    const p = project({ ...many, 'runs/base.yaml': 'output_dir: ???\nseed: 0\n', 'runs/train.yaml': OPTION });
    const eslint = new ESLint({ cwd: p.dir, overrideConfigFile: true, overrideConfig: recommended });
    expect(await sciFindings(eslint, p.dir)).toEqual(['runs/train.yaml:1:5']);
    for (const name of ['run-00', 'run-01', 'run-02']) renameSync(join(p.dir, `runs/${name}.yaml`), join(p.dir, `runs/${name}.yaml.off`));
    await new Promise((resolve) => setTimeout(resolve, REVALIDATE_AFTER_MS + 100));
    expect(await sciFindings(eslint, p.dir)).toEqual([]);
  });

  it('reads a config that a primary config beside it names in its defaults list (DeepKE `- train`)', async () => {
    const p = project({ 'conf/config.yaml': 'defaults:\n  - hydra/output: custom\n  - train\n  - model: lm\nseed: 1\n', 'conf/train.yaml': OPTION, 'conf/other.yaml': OPTION });
    const eslint = new ESLint({ cwd: p.dir, overrideConfigFile: true, overrideConfig: recommended });
    expect(await sciFindings(eslint, p.dir)).toEqual(['conf/other.yaml:1:5']);
  });

  it('does not climb above ESLint’s working directory', async () => {
    const p = project({ 'config.yaml': 'defaults:\n  - inner/conf/optimizer: adam\n', 'inner/conf/optimizer/adam.yaml': OPTION });
    const eslint = new ESLint({ cwd: join(p.dir, 'inner'), overrideConfigFile: true, overrideConfig: recommended });
    expect(await sciFindings(eslint, join(p.dir, 'inner'))).toEqual(['conf/optimizer/adam.yaml:1:5']);
  });

  it('reads the configs of a script\'s `@hydra.main` as mlconfig check does, and sees the script appear while ESLint runs', async () => {
    const script = 'import hydra\n\n@hydra.main(version_base=None, config_path="../configs", config_name="train")\ndef main(cfg):\n    pass\n';
    const p = project({ 'configs/train.yaml': OPTION, 'configs/optimizer/adam.yaml': OPTION, 'tools/other.yaml': OPTION });
    const eslint = new ESLint({ cwd: p.dir, overrideConfigFile: true, overrideConfig: recommended });
    expect(await sciFindings(eslint, p.dir)).toEqual(['configs/optimizer/adam.yaml:1:5', 'configs/train.yaml:1:5', 'tools/other.yaml:1:5']);
    p.write({ 'src/train.py': script });
    await new Promise((resolve) => setTimeout(resolve, REVALIDATE_AFTER_MS + 100));
    expect(await sciFindings(eslint, p.dir)).toEqual(['tools/other.yaml:1:5']);
    const cli = JSON.parse(runCli(['check', '--format', 'json', '.'], { cwd: p.dir }).stdout) as { relativePath: string; diagnostics: { ruleId: string; line: number; column: number }[] }[];
    expect(cli.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'yaml-sci-notation-string').map((d) => `${f.relativePath}:${d.line}:${d.column}`))).toEqual(['tools/other.yaml:1:5']);
  });

  it('sees a shell launcher start overriding a config\'s warmup while ESLint runs, as mlconfig check does', async () => {
    const config = 'optimization:\n  max_update: 25000\n  lr: [0.00002]\noptimizer:\n  _name: adam\nlr_scheduler:\n  _name: tri_stage\n  warmup_steps: 8000\n';
    const launcher = (name: string): string => `python hydra_train.py --config-dir config/finetune --config-name ${name} optimization.max_update=80000 lr_scheduler.warmup_steps=8000\n`;
    const p = project({ '.git/HEAD': 'ref: refs/heads/main\n', 'config/finetune/base_100h.yaml': config, 'finetune/run.sh': launcher('base_10h') });
    const strict = mlconfig.configs.strict as unknown as Linter.Config[];
    const eslint = new ESLint({ cwd: p.dir, overrideConfigFile: true, overrideConfig: strict });
    const warmups = async (): Promise<string[]> =>
      (await eslint.lintFiles(['**/*.yaml'])).flatMap((r) => r.messages.filter((m) => m.ruleId === 'mlconfig/warmup-too-long').map((m) => `${m.line}:${m.column}`));
    expect(await warmups()).toEqual(['8:17']);
    // Only the launcher changes: the folder's scripts are read again when a shell script is edited.
    p.write({ 'finetune/run.sh': launcher('base_100h') });
    await new Promise((resolve) => setTimeout(resolve, REVALIDATE_AFTER_MS + 100));
    expect(await warmups()).toEqual([]);
    const cli = JSON.parse(runCli(['check', '--preset', 'strict', '--format', 'json', 'config/finetune/base_100h.yaml'], { cwd: p.dir }).stdout) as { diagnostics: { ruleId: string }[] }[];
    expect(cli.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'warmup-too-long'))).toEqual([]);
  });

  it('takes the loader and the float() conversions from the project\'s scripts, as mlconfig check does', async () => {
    const p = project({
      'main/train.py': 'from omegaconf import OmegaConf\ncfg = OmegaConf.load("configs/train.yaml")\n',
      'main/configs/train.yaml': OPTION,
      'other/train.py': 'import yaml\nparams = yaml.load(open("config.yaml"), Loader=yaml.FullLoader)\nopt = Adadelta(lr=float(params["lr"]), eps=float(params["eps"]))\n',
      'other/config.yaml': 'lr: 1e-4\neps: 1e-6\nweight_decay: 1e-4\n',
    });
    for (const sub of ['main', 'other']) p.write({ [`${sub}/.git/HEAD`]: 'ref: refs/heads/main\n' });
    const eslint = new ESLint({ cwd: p.dir, overrideConfigFile: true, overrideConfig: recommended });
    // `weight_decay` is the one value the second project's script leaves as PyYAML's string.
    expect(await sciFindings(eslint, p.dir)).toEqual(['other/config.yaml:3:15']);
    const cli = JSON.parse(runCli(['check', '--format', 'json', 'main/configs/train.yaml', 'other/config.yaml'], { cwd: p.dir }).stdout) as { relativePath: string; diagnostics: { ruleId: string; line: number; column: number }[] }[];
    expect(cli.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'yaml-sci-notation-string').map((d) => `${f.relativePath}:${d.line}:${d.column}`))).toEqual(['other/config.yaml:3:15']);
  });

  it('takes argparse conversions and a pinned Lightning version from the project, as mlconfig check does', async () => {
    const timm = 'import argparse\nimport yaml\nparser = argparse.ArgumentParser()\nparser.add_argument("--lr", type=float, default=0.01)\nwith open(args_config.config) as f:\n    parser.set_defaults(**yaml.safe_load(f))\n';
    const conf = 'epochs: 300\nbatch_size: 64\nlr: 3e-4\n';
    const trainer = 'trainer:\n  accelerator: gpu\n  devices: 1\n  max_epochs: 30\n  precision: 16\nmodel:\n  lr: 0.0003\n';
    const p = project({
      'a/train.py': timm, 'a/conf/run.yaml': conf, 'b/conf/run.yaml': conf,
      'c/requirements.txt': 'pytorch-lightning==1.5.10\n', 'c/configs/train.yaml': trainer, 'd/configs/train.yaml': trainer,
    });
    for (const sub of ['a', 'b', 'c', 'd']) p.write({ [`${sub}/.git/HEAD`]: 'ref: refs/heads/main\n' });
    const strict = mlconfig.configs.strict as unknown as Linter.Config[];
    const eslint = new ESLint({ cwd: p.dir, overrideConfigFile: true, overrideConfig: strict });
    const results = await eslint.lintFiles(['**/*.yaml']);
    const wanted = new Set(['mlconfig/yaml-sci-notation-string', 'mlconfig/lightning-precision-alias']);
    const plugin = results.flatMap((r) => r.messages.filter((m) => wanted.has(m.ruleId ?? '')).map((m) => `${r.filePath.slice(p.dir.length + 1)}:${m.line}:${m.column}`)).sort();
    expect(plugin).toEqual(['b/conf/run.yaml:3:5', 'd/configs/train.yaml:5:14']);
    const cli = JSON.parse(runCli(['check', '--preset', 'strict', '--format', 'json', '.'], { cwd: p.dir }).stdout) as { relativePath: string; diagnostics: { ruleId: string; line: number; column: number }[] }[];
    expect(cli.flatMap((f) => f.diagnostics.filter((d) => wanted.has(`mlconfig/${d.ruleId}`)).map((d) => `${f.relativePath}:${d.line}:${d.column}`)).sort()).toEqual(plugin);
  });

  it("reads a W&B sweep's values as its program parses them, and lowercase files merged into yacs defaults, as mlconfig check does", async () => {
    const train = 'import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument("--min_delta", type=float, default=1e-4)\nargs = parser.parse_args()\n';
    const sweep = 'program: train.py\nmethod: bayes\nparameters:\n  learning_rate:\n    min: 1e-5\n    max: 1e-3\n  min_delta:\n    value: 1e-4\n  batch_size:\n    values: [8, 16, 32]\n  epochs:\n    value: 100\n  optimizer:\n    values: [adam, sgd]\n';
    const defaults = 'from yacs.config import CfgNode\nconfig = CfgNode()\nconfig.training = CfgNode()\nconfig.training.lr = 1e-3\nconfig.training.num_epochs = 200\n\ndef load(path):\n    cfg = config.clone()\n    cfg.merge_from_file(path)\n    return cfg\n';
    const run = 'training:\n  num_epochs: 100\n  batch_size: 32\n  lr: 1e-3\n';
    const p = project({ 'a/train.py': train, 'a/sweep.yaml': sweep, 'b/sweep.yaml': sweep, 'c/config.py': defaults, 'c/configs/run.yaml': run, 'd/configs/run.yaml': run });
    for (const sub of ['a', 'b', 'c', 'd']) p.write({ [`${sub}/.git/HEAD`]: 'ref: refs/heads/main\n' });
    const strict = mlconfig.configs.strict as unknown as Linter.Config[];
    const eslint = new ESLint({ cwd: p.dir, overrideConfigFile: true, overrideConfig: strict });
    const results = await eslint.lintFiles(['**/*.yaml']);
    const plugin = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'mlconfig/yaml-sci-notation-string').map((m) => `${r.filePath.slice(p.dir.length + 1)}:${m.line}:${m.column}`)).sort();
    // The bounds stay (the sweep controller compares them as read); `min_delta` only where train.py parses it as a float.
    expect(plugin).toEqual(['a/sweep.yaml:5:10', 'a/sweep.yaml:6:10', 'b/sweep.yaml:5:10', 'b/sweep.yaml:6:10', 'b/sweep.yaml:8:12', 'd/configs/run.yaml:4:7']);
    const cli = JSON.parse(runCli(['check', '--preset', 'strict', '--format', 'json', '.'], { cwd: p.dir }).stdout) as { relativePath: string; diagnostics: { ruleId: string; line: number; column: number }[] }[];
    expect(cli.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'yaml-sci-notation-string').map((d) => `${f.relativePath}:${d.line}:${d.column}`)).sort()).toEqual(plugin);
  });

  it('unwraps W&B config files, reads guildfiles and script-made sweeps, and counts settings compared with 1, as mlconfig check does', async () => {
    // W&B's `{desc, value}` wrappers; a guildfile (guild patches PyYAML's float resolver); a sweep that a script reads
    // with ruamel and hands to `wandb.sweep(cfg)`; a `warmup_ratio` the script reads as steps above 1 (EnriCo).
    const defaults = 'learning_rate:\n  desc: peak rate\n  value: 1e-4\nnum_train_epochs:\n  value: 3\nper_device_train_batch_size:\n  value: 16\n';
    const guild = '- model: maml\n  operations:\n    train:\n      flags:\n        meta_lr: 0.001\n        geom_end: 1e12\n        num_iterations: 10000\n';
    const sweep = 'method: grid\nparameters:\n  lr:\n    values: [1e-4]\n  batch_size:\n    values: [64, 128]\n  epochs:\n    value: 100\n';
    const creator = 'import wandb\nfrom ruamel.yaml import YAML\n\ndef schedule_sweep(path):\n    yaml = YAML(typ="rt")\n    return wandb.sweep(yaml.load(open(path)))\n';
    const enrico = 'model_name: deberta\nnum_steps: 60000\ntrain_batch_size: 8\nlr_encoder: 0.00001\nwarmup_ratio: 1000\nmax_grad_norm: 1.0\n';
    const train = 'import yaml\n\ndef train(num_steps, warmup_ratio):\n    if warmup_ratio < 1:\n        return int(num_steps * warmup_ratio)\n    return int(warmup_ratio)\n';
    const p = project({
      'a/config-defaults.yaml': defaults, 'a/guild.yml': guild, 'a/sweep.yaml': sweep, 'a/utils.py': creator,
      'b/sweep.yaml': sweep, 'c/config.yaml': enrico, 'c/train.py': train, 'd/config.yaml': enrico,
    });
    const watched = new Set(['mlconfig/yaml-sci-notation-string', 'mlconfig/warmup-ratio-range', 'mlconfig/schema-validation']);
    const targets = ['a/config-defaults.yaml', 'a/guild.yml', 'a/sweep.yaml', 'b/sweep.yaml', 'c/config.yaml', 'd/config.yaml'];
    const { plugin, cli } = await strictPluginAndCli(p, ['a', 'b', 'c', 'd'], ['**/*.yaml', '**/*.yml'], targets, watched);
    expect(plugin).toEqual([
      'a/config-defaults.yaml:3:10 mlconfig/yaml-sci-notation-string',
      'b/sweep.yaml:4:14 mlconfig/yaml-sci-notation-string',
      'd/config.yaml:5:15 mlconfig/warmup-ratio-range',
    ]);
    expect(cli).toEqual(plugin);
  });

  it("leaves a value the project's scripts test for and replace alone, as mlconfig check does (full-batch `batch_size: 0`)", async () => {
    const pinn = 'model:\n  layers: [2, 50, 50, 1]\ntraining:\n  epochs: 20000\n  batch_size: 0\n  lr: 0.001\n';
    const train = 'import argparse\n\nparser = argparse.ArgumentParser()\nparser.add_argument("--batch_size", type=int, default=0)\n\ndef main(args):\n    dataset = points(args)\n    if args.batch_size == 0:\n        args.batch_size = len(dataset)\n';
    const p = project({ 'a/pinn.yaml': pinn, 'a/train.py': train, 'b/pinn.yaml': pinn });
    const { plugin, cli } = await strictPluginAndCli(p, ['a', 'b'], ['**/*.yaml'], ['a/pinn.yaml', 'b/pinn.yaml'], new Set(['mlconfig/batch-size-positive']));
    expect(plugin).toEqual(['b/pinn.yaml:5:15 mlconfig/batch-size-positive']);
    expect(cli).toEqual(plugin);
  });

  it("takes torch's Adam as the scripts' only optimizer, and a conversion by dataclass field types, as mlconfig check does", async () => {
    // sdubail's `optim.Adam(..., weight_decay=config["training"]["weight_decay"])` for a file that names no optimizer;
    // reinforce_minigrid's `field_type(value)` over `dataclasses.fields(cls)`, which makes `learning_rate: 1e-4` a float.
    const config = 'training:\n  batch_size: 64\n  learning_rate: 0.0001\n  weight_decay: 0.0001\n  num_epochs: 5\n';
    const main = 'import torch.optim as optim\nimport yaml\nconfig = yaml.safe_load(open(args.config))\noptimizer = optim.Adam(model.parameters(), lr=config["training"]["learning_rate"], weight_decay=config["training"]["weight_decay"])\n';
    const run = 'algorithm: dqn\ndqn:\n  learning_rate: 1e-4\n  batch_size: 32\n  total_steps: 100000\n';
    const fields = 'from dataclasses import dataclass\n\n@dataclass\nclass DQNConfig:\n    learning_rate: float = 1e-4\n    batch_size: int = 32\n';
    const loader = 'import dataclasses\nimport yaml\n\ndef to_dataclass(cls, data):\n    field_types = {f.name: f.type for f in dataclasses.fields(cls)}\n    out = {}\n    for key, value in data.items():\n        field_type = field_types[key]\n        out[key] = field_type(value)\n    return cls(**out)\n';
    const p = project({
      'a/configs/default.yaml': config, 'a/__main__.py': main, 'b/configs/default.yaml': config,
      'c/configs/run.yaml': run, 'c/config/training_config.py': fields, 'c/config/loader.py': loader, 'd/configs/run.yaml': run,
    });
    const watched = new Set(['mlconfig/yaml-sci-notation-string', 'mlconfig/adam-coupled-weight-decay']);
    const { plugin, cli } = await strictPluginAndCli(p, ['a', 'b', 'c', 'd'], ['**/*.yaml'], ['.'], watched);
    expect(plugin).toEqual(['a/configs/default.yaml:4:17 mlconfig/adam-coupled-weight-decay', 'd/configs/run.yaml:3:18 mlconfig/yaml-sci-notation-string']);
    expect(cli).toEqual(plugin);
  });

  it("reports an optimizer or scheduler name that the scripts take from torch.optim by getattr, spelled in another case (ROADMAP's `Adamw`), as mlconfig check does", async () => {
    const getter = 'from torch import optim\n\ndef get_optimizer(net, config):\n    for opt in config:\n        optimizer = getattr(optim, opt.name)(net.parameters(), **opt.kwargs)\n        sched = getattr(optim.lr_scheduler, opt.scheduler.name)(optimizer)\n';
    const config = '- name: NAME\n  kwargs:\n    lr: 0.000005\n  scheduler:\n    name: SCHED\n    milestones: [50]\n';
    const p = project({
      'a/roadmap/getter.py': getter,
      'a/roadmap/config/optimizer/step.yaml': config.replace('NAME', 'Adamw').replace('SCHED', 'MultistepLR'),
      'a/roadmap/config/optimizer/good.yaml': config.replace('NAME', 'AdamW').replace('SCHED', 'MultiStepLR'),
      'b/config/optimizer/step.yaml': config.replace('NAME', 'Adamw').replace('SCHED', 'MultistepLR'),
    });
    const watched = new Set(['mlconfig/torch-class-name']);
    const { plugin, cli } = await strictPluginAndCli(p, ['a', 'b'], ['**/*.yaml'], ['.'], watched);
    expect(plugin).toEqual(['a/roadmap/config/optimizer/step.yaml:1:9 mlconfig/torch-class-name', 'a/roadmap/config/optimizer/step.yaml:5:11 mlconfig/torch-class-name']);
    expect(cli).toEqual(plugin);
    const fixed = runCli(['check', '--fix', '--format', 'json', 'a/roadmap/config/optimizer/step.yaml'], { cwd: p.dir });
    expect(JSON.parse(fixed.stdout)[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'torch-class-name')).toEqual([]);
  });

  it("reports a key the project's code never reads beside the name it reads (calm-pde's `scheduler_warumup_fraction`), as mlconfig check does", async () => {
    const config = 'training:\n  epochs: 500\n  learning_rate: 0.001\n  batch_size: 32\n  scheduler_warumup_fraction: 0.05\n';
    const train = 'import yaml\nconfig = yaml.safe_load(open("configs/run.yaml"))\nt = config["training"]\nwarmup = t.get("scheduler_warmup_fraction", 0.0) * t["epochs"]\nlr = t["learning_rate"]\nbs = t["batch_size"]\n';
    // b has no script that reads the setting: nothing to tell a misspelling from.
    const p = project({ 'a/configs/run.yaml': config, 'a/train.py': train, 'b/configs/run.yaml': config });
    const watched = new Set(['mlconfig/misspelled-key']);
    const { plugin, cli } = await strictPluginAndCli(p, ['a', 'b'], ['**/*.yaml'], ['.'], watched);
    expect(plugin).toEqual(['a/configs/run.yaml:5:3 mlconfig/misspelled-key']);
    expect(cli).toEqual(plugin);
  });

  it("reports a setting the code reads under another name in its section (liveness-detection's `trainer.lr`), as mlconfig check does", async () => {
    const config = 'trainer:\n  lr: 0.0004\n  num_epochs: 100\n  batch_size: 16\n';
    const model = 'class Model:\n    def __init__(self, cfg):\n        self.cfg = cfg\n        self.learning_rate = self.cfg.get("trainer", {}).get("learning_rate", 1e-3)\n' +
      '        self.epochs = cfg["trainer"]["num_epochs"]\n        self.bs = cfg["trainer"]["batch_size"]\n';
    const p = project({ 'a/configs/run.yaml': config, 'a/core/model.py': model, 'b/configs/run.yaml': config });
    const watched = new Set(['mlconfig/misnamed-key']);
    const { plugin, cli } = await strictPluginAndCli(p, ['a', 'b'], ['**/*.yaml'], ['.'], watched);
    expect(plugin).toEqual(['a/configs/run.yaml:2:3 mlconfig/misnamed-key']);
    expect(cli).toEqual(plugin);
  });

  it("reports a training setting no script reads in a section read key by key (rlhf-qwen3-baseline's `warmup_steps`), as mlconfig check does", async () => {
    const config = 'training:\n  learning_rate: 1.0e-5\n  max_grad_norm: 1.0\n  warmup_steps: 100\n';
    const train = 'import yaml\nconfig = yaml.safe_load(open("configs/run.yaml"))\ntraining_config = config["training"]\nlr = training_config["learning_rate"]\nclip = training_config["max_grad_norm"]\n';
    const p = project({ 'a/configs/run.yaml': config, 'a/train.py': train, 'b/configs/run.yaml': config });
    const watched = new Set(['mlconfig/unread-key']);
    const { plugin, cli } = await strictPluginAndCli(p, ['a', 'b'], ['**/*.yaml'], ['.'], watched);
    expect(plugin).toEqual(['a/configs/run.yaml:4:3 mlconfig/unread-key']);
    expect(cli).toEqual(plugin);
  });

  it('takes a schedule the scripts always build into account for JSON configs too, as mlconfig check does', async () => {
    const config = '{"optimizer": "sgd", "learning_rate": 0.4, "epochs": 160, "batch_size": 128}\n';
    const p = project({
      'a/configs/run.json': config,
      'a/trainers/base.py': 'import torch\nscheduler = torch.optim.lr_scheduler.StepLR(optimizer, 30)\n',
      'b/configs/run.json': config,
    });
    for (const sub of ['a', 'b']) p.write({ [`${sub}/.git/HEAD`]: 'ref: refs/heads/main\n' });
    const eslint = new ESLint({ cwd: p.dir, overrideConfigFile: true, overrideConfig: recommended });
    const results = await eslint.lintFiles(['**/*.json']);
    const plugin = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'mlconfig/lr-without-schedule').map((m) => `${r.filePath.slice(p.dir.length + 1)}:${m.line}:${m.column}`));
    expect(plugin).toEqual(['b/configs/run.json:1:39']);
    const cli = JSON.parse(runCli(['check', '--format', 'json', 'a/configs/run.json', 'b/configs/run.json'], { cwd: p.dir }).stdout) as { relativePath: string; diagnostics: { ruleId: string; line: number; column: number }[] }[];
    expect(cli.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'lr-without-schedule').map((d) => `${f.relativePath}:${d.line}:${d.column}`))).toEqual(plugin);
  });
});
