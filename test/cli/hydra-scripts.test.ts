/**
 * Hydra apps seen from the project's Python scripts, end to end with the built CLI: `@hydra.main(config_path=...,
 * config_name=...)` makes every YAML file under its config folder something OmegaConf reads (`lr: 1e-4` is a float),
 * its primary config a whole run, and the files in subfolders group options (one part of a run).
 */
import { execFileSync } from 'node:child_process';
import { renameSync, symlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { flatten, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const SCRIPT = 'import hydra\nfrom omegaconf import DictConfig\n\n@hydra.main(version_base=None, config_path="../configs", config_name="train")\ndef main(cfg: DictConfig) -> None:\n    pass\n';
const FLAT = 'model: resnet18\nlr: 1e-4\nepochs: 100\nbatch_size: 64\n';
/** Adam at 0.01 with nothing to decay it: reported for a whole run, not for one part of a run. */
const HIGH_CONSTANT = 'optimizer: adamw\nlr: 0.01\nepochs: 100\nbatch_size: 64\n';

const findings = (stdout: string, rule: string): string[] =>
  flatten(stdout)
    .filter((d) => d.ruleId === rule)
    .map((d) => `${d.file}:${d.line}:${d.column}`)
    .sort();

/** Builds a project from `files`, runs `mlconfig check` on `target`, and lists where yaml-sci-notation-string reports. */
const sciNotationFindings = (files: Record<string, string>, target: string): string[] =>
  findings(runCli(['check', '--format', 'json', target], { cwd: newProject(files).dir }).stdout, 'yaml-sci-notation-string');

const frameworksOf = (cwd: string, file: string): { id: string; evidence: string[] }[] =>
  (JSON.parse(runCli(['classify', '--format', 'json', file], { cwd }).stdout) as { frameworks: { id: string; evidence: string[] }[] }).frameworks;

describe('a project whose scripts read YAML with OmegaConf.load', () => {
  const LOADS = 'import argparse\nfrom omegaconf import OmegaConf\n\nparser = argparse.ArgumentParser()\nparser.add_argument("--config")\nargs, rest = parser.parse_known_args()\ncfg = OmegaConf.load(args.config)\ncfg.merge_with_dotlist(rest)\n';
  const SWEEP = 'program: train.py\nmethod: bayes\nparameters:\n  lr:\n    min: 1e-5\n    max: 1e-3\n';

  it('reads its configs as OmegaConf does, but not a W&B sweep, which the wandb CLI reads', () => {
    const project = newProject({ 'training/train.py': LOADS, 'training/exp1/config.yaml': FLAT, 'sweep.yaml': SWEEP });
    const run = runCli(['check', '--format', 'json', 'training/exp1/config.yaml', 'sweep.yaml'], { cwd: project.dir });
    expect(findings(run.stdout, 'yaml-sci-notation-string')).toEqual(['sweep.yaml:5:10', 'sweep.yaml:6:10']);
    // The loader only: no program is known, so no framework is detected and the file is a whole run.
    expect(frameworksOf(project.dir, 'training/exp1/config.yaml')).toEqual([]);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'training/exp1/config.yaml'], { cwd: project.dir }).stdout) as { loader: string; loaderEvidence?: string };
    expect(classified).toMatchObject({ loader: 'omegaconf', loaderEvidence: "`OmegaConf.load` in training/train.py, the only YAML reader of the project's scripts" });
  });

  it('reads a config as OmegaConf does when a file beside it holds what only OmegaConf reads, unless a script reads YAML otherwise', () => {
    const files = { 'config/global.yaml': 'input_path: ${path:"../data/input"}\nseed: 42\n', 'config/exp_146.yaml': 'exp: exp_146\nlr: 5e-4\nepochs: 10\nbatch_size: 256\n' };
    const project = newProject(files);
    const run = runCli(['check', '--format', 'json', 'config/exp_146.yaml'], { cwd: project.dir });
    expect(findings(run.stdout, 'yaml-sci-notation-string')).toEqual([]);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'config/exp_146.yaml'], { cwd: project.dir }).stdout) as { loader: string; loaderEvidence?: string };
    expect(classified).toMatchObject({ loader: 'omegaconf', loaderEvidence: '`${path:"../data/input"}` in config/global.yaml beside it, which only OmegaConf reads' });
    const withPyYaml = newProject({ ...files, 'train.py': 'import yaml\ncfg = yaml.safe_load(open("config/exp_146.yaml"))\n' });
    expect(findings(runCli(['check', '--format', 'json', 'config/exp_146.yaml'], { cwd: withPyYaml.dir }).stdout, 'yaml-sci-notation-string')).toEqual(['config/exp_146.yaml:2:5']);
  });

  it('decides nothing when a script also reads YAML another way (PyYAML may read the file)', () => {
    expect(sciNotationFindings({ 'training/train.py': LOADS, 'tools/convert.py': 'import yaml\nspec = yaml.safe_load(open("data.yaml"))\n', 'training/exp1/config.yaml': FLAT }, '.')).toEqual(['training/exp1/config.yaml:2:5']);
  });
});

describe('config keys a project\'s scripts convert with float()', () => {
  it('reads them as numbers whatever the loader, and the keys the scripts leave alone as the loader does', () => {
    expect(sciNotationFindings({
      'train.py': 'import torch\nfrom utils import load_config\nparams = load_config("config.yaml")\nopt = getattr(torch.optim, params["optimizer"])(model.parameters(), lr=float(params["lr"]), eps=float(params["eps"]))\n',
      'utils.py': 'import yaml\n\ndef load_config(path):\n    with open(path) as f:\n        return yaml.load(f, Loader=yaml.FullLoader)\n',
      'config.yaml': 'optimizer: Adadelta\nlr: 1\neps: 1e-6\nweight_decay: 1e-4\nepochs: 240\nbatch_size: 8\n',
    }, 'config.yaml')).toEqual(['config.yaml:4:15']);
  });

  it('reads every value, list items too, as the program does when a launcher hands each on as a flag (ms-pred)', () => {
    const launcher = 'import subprocess\nimport yaml\n\ndef build(arg_dict):\n    all_flags = []\n    for arg_name, arg_value in arg_dict.items():\n        all_flags.append(convert_flag(arg_name, arg_value))\n    return " ".join(all_flags)\n\ndef convert_flag(flag_key, flag_value):\n    if isinstance(flag_value, list):\n        return f"--{flag_key} {\' \'.join(str(i) for i in flag_value)}"\n    return f"--{flag_key} {flag_value}"\n\nargs = yaml.safe_load(open(path))\nsubprocess.call("python train.py " + build(args["universal_args"]), shell=True)\n';
    const config = 'universal_args:\n  learning-rate: [0.000736]\n  weight-decay: [1e-7]\n  max-epochs: [200]\n';
    expect(sciNotationFindings({ 'configs/iceberg/train.yaml': config }, '.')).toEqual(['configs/iceberg/train.yaml:3:18']);
    expect(sciNotationFindings({ 'configs/iceberg/train.yaml': config, 'launcher_scripts/run_from_config.py': launcher }, '.')).toEqual([]);
  });

  it('finds the script at the repository\'s top for a config kept deeper than three folders (bytesep), and not beyond', () => {
    const script = 'from bytesep.utils import read_yaml\n\ndef train(args):\n    configs = read_yaml(args.config_yaml)\n    learning_rate = float(configs["train"]["learning_rate"])\n';
    const config = 'train:\n  learning_rate: 1e-3\n  batch_size: 16\n  warm_up_steps: 1000\n  optimizer_type: Adam\n';
    const deep = 'scripts/4_train/musdb18/configs/vocals.yaml';
    const tooDeep = 'scripts/4_train/a/b/c/d/configs/vocals.yaml';
    const outer = newProject({}, { bare: true });
    outer.write({ 'repo/.git/HEAD': '', 'repo/bytesep/train.py': script, [`repo/${deep}`]: config, [`repo/${tooDeep}`]: config });
    // Checked from above the repository, from its top, and as a pre-commit hook names the file: the same reading.
    const above = runCli(['check', '--format', 'json', '.'], { cwd: outer.dir });
    expect(findings(above.stdout, 'yaml-sci-notation-string')).toEqual([`repo/${tooDeep}:2:18`]);
    const atTop = runCli(['check', '--format', 'json', deep, tooDeep], { cwd: outer.path('repo') });
    expect(findings(atTop.stdout, 'yaml-sci-notation-string')).toEqual([`${tooDeep}:2:18`]);
  });

  it('reads every top-level value as a number when a script tries float() on each (EasyEdit), and nothing nested', () => {
    expect(sciNotationFindings({
      'hparams.py': 'import yaml\n\ndef load(path):\n    with open(path) as stream:\n        config = yaml.safe_load(stream)\n    for key, value in config.items():\n        if isinstance(value, str):\n            try:\n                config[key] = float(value)\n            except ValueError:\n                pass\n    return config\n',
      'hparams/ft.yaml': 'lr: 5e-4\nnum_steps: 25\nbatch_size: 1\noptim:\n  eps: 1e-8\n',
    }, 'hparams/ft.yaml')).toEqual(['hparams/ft.yaml:5:8']);
  });

  it('reads values of every depth as numbers when a script flattens the file and tries float() on each (NCFM), but not list items', () => {
    expect(sciNotationFindings({
      'argsprocessor/args.py': "import yaml\n\nclass ArgsProcessor:\n    def flatten_dict(self, d):\n        items = []\n        for k, v in d.items():\n            if isinstance(v, dict):\n                items.extend(self.flatten_dict(v).items())\n            else:\n                items.append((k, v))\n        return dict(items)\n\n    def add_args_from_yaml(self, args):\n        with open(self.config_path) as f:\n            config = yaml.safe_load(f)\n        flat_config = self.flatten_dict(config)\n        for key, value in flat_config.items():\n            if isinstance(value, str):\n                if 'e' in value or '.' in value:\n                    try:\n                        flat_config[key] = float(value)\n                    except ValueError:\n                        pass\n        return args\n",
      'config/ipc10/cifar10.yaml': 'train:\n  lr: 0.01\n  batch_size: 256\n  epochs: 60\noptimization:\n  lr_sampling_net: 1e-3\n  decays: [1e-4]\n',
    }, 'config/ipc10/cifar10.yaml')).toEqual(['config/ipc10/cifar10.yaml:7:12']);
  });

  it('reads the values of one mapping as numbers when a script tries float() on each of its entries (ifmorph), and no other', () => {
    const warp = 'import yaml\n\nwith open(args.config) as fin:\n    config = yaml.safe_load(fin)\nloss_config = config["loss"]\nconstraint_weights = loss_config.get("constraint_weights", None)\n\nfor k, v in constraint_weights.items():\n    constraint_weights[k] = float(v)\n';
    const config = 'loss:\n  constraint_weights:\n    data_constraint: 1e4\n    inv_constraint: 1e4\n  scale: 1e3\nlr: 1e-4\n';
    expect(sciNotationFindings({ 'warp-train.py': warp, 'experiments/base.yaml': config }, 'experiments/base.yaml')).toEqual(['experiments/base.yaml:5:10', 'experiments/base.yaml:6:5']);
  });

  it('reads the items of a list as numbers where a script passes its items through float() (tmnt\'s search ranges), and no other list', () => {
    const space = 'import yaml\n\nclass BaseTMNTConfig:\n    def __init__(self, c_file):\n        with open(c_file) as fp:\n            self.cd = yaml.safe_load(fp)\n\n    def _get_range_uniform(self, param, cd):\n        p = cd[param]\n        low = float(p[\'range\'][0])\n        upp = float(p[\'range\'][1])\n        return low, upp\n';
    const config = 'lr: {range: [1e-6, 1e-2]}\nbatch_size: {i_range: [100, 400], step: 100}\ndecays: [1e-4]\n';
    expect(sciNotationFindings({ 'tmnt/modsel/configuration.py': space, 'examples/select_model/config.yaml': config }, 'examples/select_model/config.yaml')).toEqual(['examples/select_model/config.yaml:3:10']);
  });

  it('says nothing of a key a script sets right after loading the file by its path (connect-later), and only of that file', () => {
    const finetune = 'import yaml\n\ndef main(args):\n    with open("/home/u/project/configs/finetune.yml") as f:\n        ft_config = yaml.safe_load(f)\n    ft_config["ft_lr"] = 4e-5 if args.ft_lr is None else args.ft_lr\n    train(ft_config)\n';
    const config = 'ft_epochs: 100\nft_lr: 1e-4\nweight_decay: 1e-2\n';
    expect(sciNotationFindings({ 'finetune.py': finetune, 'configs/finetune.yml': config }, '.')).toEqual(['configs/finetune.yml:3:15']);
    // The same name in another folder is another file.
    expect(sciNotationFindings({ 'finetune.py': finetune, 'other/finetune.yml': config }, '.')).toEqual(['other/finetune.yml:2:8', 'other/finetune.yml:3:15']);
  });

  it('reads a dataclass\'s float fields as numbers when a script converts each value by its field\'s type (reinforce_minigrid)', () => {
    const files = {
      'reinforce/config/training_config.py': 'from dataclasses import dataclass, field\n\n@dataclass\nclass DQNConfig:\n    learning_rate: float = 1e-4\n    batch_size: int = 32\n\n@dataclass\nclass MainConfig:\n    dqn: DQNConfig = field(default_factory=DQNConfig)\n',
      'reinforce/config/config_loader.py': 'import dataclasses\nimport yaml\n\ndef _dict_to_dataclass(cls, data):\n    field_types = {f.name: f.type for f in dataclasses.fields(cls)}\n    mapped = {}\n    for key, value in data.items():\n        field_type = field_types[key]\n        if not isinstance(value, field_type):\n            mapped[key] = field_type(value)\n    return cls(**mapped)\n\ndef load_config(path):\n    with open(path) as f:\n        return _dict_to_dataclass(MainConfig, yaml.safe_load(f))\n',
      'configs/default_training.yaml': 'algorithm: dqn\ndqn:\n  learning_rate: 1e-4\n  batch_size: 32\n  epsilon_end: 1e-2\n',
    };
    // `epsilon_end` is no field of theirs: PyYAML's string stays one.
    expect(sciNotationFindings(files, 'configs/default_training.yaml')).toEqual(['configs/default_training.yaml:5:16']);
    // Without the conversion loop, a dataclass built with `**data` keeps PyYAML's strings.
    const plain = { ...files, 'reinforce/config/config_loader.py': 'import yaml\n\ndef load_config(path):\n    with open(path) as f:\n        return MainConfig(**yaml.safe_load(f))\n' };
    expect(sciNotationFindings(plain, 'configs/default_training.yaml')).toEqual(['configs/default_training.yaml:3:18', 'configs/default_training.yaml:5:16']);
  });

  it('reads configs as typed dataclasses do when the scripts read YAML with simple_parsing only (ultravox)', () => {
    const project = newProject({
      'ultravox/training/train.py': 'import simple_parsing\nargs = simple_parsing.parse(config_class=TrainConfig, config_path="ultravox/training/configs/meta_config.yaml")\n',
      'ultravox/training/configs/release.yaml': 'lr: 1e-3\nlr_warmup_steps: 1000\nbatch_size: 12\nmax_steps: 10000\n',
    });
    const run = runCli(['check', '--format', 'json', 'ultravox/training/configs/release.yaml'], { cwd: project.dir });
    expect(findings(run.stdout, 'yaml-sci-notation-string')).toEqual([]);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'ultravox/training/configs/release.yaml'], { cwd: project.dir }).stdout) as { loader: string; loaderEvidence?: string };
    expect(classified.loader).toBe('typed');
    expect(classified.loaderEvidence).toContain('ultravox/training/train.py');
  });

  it("reads configs as jsonargparse does when the scripts read them through OpenRL's config parser only (multiagent-quadruped-environment)", () => {
    const files = {
      'openrl_ws/utils.py': 'from openrl.configs.config import create_config_parser\n\ndef get_args():\n    parser = create_config_parser()\n    return parser.parse_args()\n',
      'openrl_ws/cfgs/ppo.yaml': 'seed: 0\nlr: 7e-4\ncritic_lr: 7e-4\nepisode_length: 200\n',
    };
    const project = newProject(files);
    const run = runCli(['check', '--format', 'json', 'openrl_ws/cfgs/ppo.yaml'], { cwd: project.dir });
    expect(findings(run.stdout, 'yaml-sci-notation-string')).toEqual([]);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'openrl_ws/cfgs/ppo.yaml'], { cwd: project.dir }).stdout) as { loader: string; loaderEvidence?: string };
    expect(classified.loader).toBe('jsonargparse');
    expect(classified.loaderEvidence).toContain('openrl_ws/utils.py');
    // A script that also reads YAML with PyYAML may read this file so: the strings are reported.
    const mixed = newProject({ ...files, 'openrl_ws/plot.py': 'import yaml\ncfg = yaml.safe_load(open("cfgs/ppo.yaml"))\n' });
    expect(findings(runCli(['check', '--format', 'json', 'openrl_ws/cfgs/ppo.yaml'], { cwd: mixed.dir }).stdout, 'yaml-sci-notation-string')).toEqual(['openrl_ws/cfgs/ppo.yaml:2:5', 'openrl_ws/cfgs/ppo.yaml:3:12']);
  });

  it('drops a cached result when a script starts or stops converting a key, or loads with OmegaConf', () => {
    const project = newProject({ 'config.yaml': 'optimizer: sgd\nlr: 1e-2\nepochs: 10\nbatch_size: 8\n' });
    const check = (): string[] => findings(runCli(['check', '--cache', '--format', 'json', 'config.yaml'], { cwd: project.dir }).stdout, 'yaml-sci-notation-string');
    expect(check()).toEqual(['config.yaml:2:5']);
    project.write({ 'train.py': 'lr = float(cfg["lr"])\n' });
    expect(check()).toEqual([]);
    project.write({ 'train.py': 'lr = cfg["lr"]\n' });
    expect(check()).toEqual(['config.yaml:2:5']);
    project.write({ 'train.py': 'from omegaconf import OmegaConf\ncfg = OmegaConf.load("config.yaml")\n' });
    expect(check()).toEqual([]);
  });
});

describe('a program of its own that borrowed a framework\'s key names', () => {
  /** Donut's keys (`train_batch_sizes`, `sort_json_key`, `align_long_axis`): Donut reads them with sconf (YAML 1.2). */
  const DONUT_NAMES = 'train_batch_sizes: 4\nval_batch_sizes: 1\nsort_json_key: False\nalign_long_axis: False\nresult_path: ./result\nlr: 3e-5\nmax_epochs: 30\n';

  it('reads the file with PyYAML when the scripts read configs with PyYAML and never import the framework\'s reader (donut_distill)', () => {
    const files = { 'configs/train_docvqa.yaml': DONUT_NAMES, 'donut_distill/config/loader.py': 'import yaml\n\ndef load_config(path):\n    with open(path) as f:\n        return yaml.safe_load(f)\n' };
    expect(sciNotationFindings(files, '.')).toEqual(['configs/train_docvqa.yaml:6:5']);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'configs/train_docvqa.yaml'], { cwd: newProject(files).dir }).stdout) as { loader: string; loaderEvidence?: string };
    expect(classified).toMatchObject({ loader: 'pyyaml', loaderEvidence: "PyYAML in donut_distill/config/loader.py: the project's scripts never import `sconf`, which Donut (sconf) reads its configs with" });
  });

  it('keeps the framework\'s reader when a script imports it, or when no script reads YAML at all', () => {
    const sconf = { 'configs/train.yaml': DONUT_NAMES, 'train.py': 'from sconf import Config\nimport yaml\nconfig = Config(args.config)\nyaml.safe_load(open("extra.yaml"))\n' };
    expect(sciNotationFindings(sconf, '.')).toEqual([]);
    expect(sciNotationFindings({ 'configs/train.yaml': DONUT_NAMES }, '.')).toEqual([]);
  });

  /** yacs's UPPER_CASE layout, read by OpenSeeD with `yaml.safe_load` (and detectron2's `LazyConfig`, PyYAML too): no `CfgNode` decodes `1e-4`. */
  const UPPER_CASE = 'MODEL:\n  NAME: openseed\nSOLVER:\n  BASE_LR: 1e-4\n  WEIGHT_DECAY: 0.05\n  MAX_ITER: 368750\n';
  const SAFE_LOAD = 'import yaml\n\ndef load_opt_from_config_files(conf_files):\n    with open(conf_files[0]) as f:\n        return yaml.safe_load(f)\n';

  it('reads an UPPER_CASE file with PyYAML when the scripts read configs with PyYAML and merge none into a CfgNode (OpenSeeD)', () => {
    const files = { 'configs/openseed/swin.yaml': UPPER_CASE, 'utils/arguments.py': SAFE_LOAD };
    expect(sciNotationFindings(files, '.')).toEqual(['configs/openseed/swin.yaml:4:12']);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'configs/openseed/swin.yaml'], { cwd: newProject(files).dir }).stdout) as { loader: string; loaderEvidence?: string };
    expect(classified.loader).toBe('pyyaml');
    expect(classified.loaderEvidence).toBe("PyYAML in utils/arguments.py: the project's scripts never import `yacs` nor merge a file into a `CfgNode` or decode its values with `literal_eval`, which detectron2 reads its configs with");
    // HAKE-Action-Torch reads its yacs-style file with PyYAML and a float resolver of its own: `1e-4` is a float there.
    const resolver = "import yaml\nloader = yaml.FullLoader\nloader.add_implicit_resolver(\n    u'tag:yaml.org,2002:float',\n    re.compile(r'^[-+]?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)$'),\n    list(u'-+0123456789.'))\nconfig = edict(yaml.load(open(args.config_path, 'r'), Loader=loader))\n";
    expect(sciNotationFindings({ 'configs/openseed/swin.yaml': UPPER_CASE, 'train.py': resolver }, '.')).toEqual([]);
  });

  it('keeps yacs when a script merges the file into a CfgNode, whatever module the class comes from', () => {
    const detectron2 = 'from detectron2.config import get_cfg\n\ndef setup(args):\n    cfg = get_cfg()\n    cfg.merge_from_file(args.config_file)\n    return cfg\n';
    expect(sciNotationFindings({ 'configs/openseed/swin.yaml': UPPER_CASE, 'utils/arguments.py': SAFE_LOAD, 'train_net.py': detectron2 }, '.')).toEqual([]);
    const vendored = 'from .yacs import CfgNode as CN\ncfg = CN()\n\ndef make_cfg(args):\n    cfg.merge_from_other_cfg(CN.load_cfg(open(args.cfg_file)))\n';
    expect(sciNotationFindings({ 'configs/openseed/swin.yaml': UPPER_CASE, 'utils/arguments.py': SAFE_LOAD, 'lib/config/config.py': vendored }, '.')).toEqual([]);
    // Detectron's own merge, copied into snmn: `_decode_cfg_value` runs `literal_eval` on each string, as yacs does.
    const detectron = 'from ast import literal_eval\nimport yaml\n\ndef merge_cfg_from_file(path):\n    _merge_a_into_b(AttrDict(yaml.load(open(path))), __C)\n\ndef _decode_cfg_value(v):\n    return literal_eval(v)\n';
    expect(sciNotationFindings({ 'configs/openseed/swin.yaml': UPPER_CASE, 'models/config.py': detectron }, '.')).toEqual([]);
  });
});

describe('a `defaults:` list of a program of its own', () => {
  /** snn-transparent-grasping's layout: each model's file names the base file its trainer merges under it. */
  const OWN_DEFAULTS = 'defaults:\n  - base\ntraining:\n  epochs: 50\n  lr: 1e-4\n';
  const MERGES = 'import yaml\n\ndef load_config(path):\n    cfg = yaml.safe_load(open(path))\n    base = yaml.safe_load(open("configs/base.yaml"))\n    return {**base, **cfg}\n';

  it('is read with PyYAML when a defaults list is all that looks like Hydra and the scripts read YAML with PyYAML only', () => {
    const files = { 'configs/cnn.yaml': OWN_DEFAULTS, 'configs/base.yaml': 'optimizer:\n  lr: 5.0e-5\n', 'training/train.py': MERGES };
    expect(sciNotationFindings(files, '.')).toEqual(['configs/cnn.yaml:5:7']);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'configs/cnn.yaml'], { cwd: newProject(files).dir }).stdout) as { loader: string; loaderEvidence?: string };
    expect(classified).toMatchObject({ loader: 'pyyaml', loaderEvidence: "PyYAML in training/train.py: the project's scripts never import `hydra` or `omegaconf`, which Hydra/OmegaConf reads its configs with" });
  });

  it("stays OmegaConf's when the file shows more of Hydra, or a script imports Hydra or OmegaConf", () => {
    // Orchestr.AI's NequIP templates: `_target_` blocks that NequIP composes with Hydra outside the repository.
    const target = OWN_DEFAULTS + 'callbacks:\n  - _target_: lightning.pytorch.callbacks.EarlyStopping\n    min_delta: 1e-3\n';
    expect(sciNotationFindings({ 'configs/cnn.yaml': target, 'training/train.py': MERGES }, '.')).toEqual([]);
    expect(sciNotationFindings({ 'configs/cnn.yaml': OWN_DEFAULTS, 'training/train.py': `from omegaconf import OmegaConf\n${MERGES}` }, '.')).toEqual([]);
    expect(sciNotationFindings({ 'configs/cnn.yaml': OWN_DEFAULTS }, '.')).toEqual([]);
  });
});

describe('a program of its own that borrowed axolotl\'s key names', () => {
  /** att2's `sft.yaml`: axolotl's `base_model`, `lora_r`, `output_dir` beside `lr`, `use_qlora`, `dataset_jsonl`, which axolotl does not define. */
  const SFT = 'base_model: "checkpoints/pretrain/latest"\ndataset_jsonl: "data/sft.jsonl"\nmax_steps: 20000\nlr: 5.0e-5\nbf16: true\nuse_qlora: true\nlora_r: 64\nlora_alpha: 16\nlora_dropout: 0.05\noutput_dir: "checkpoints/sft"\n';
  const SFT_PY = 'import yaml\nfrom trl import SFTTrainer, SFTConfig\n\ndef main(cfg_path):\n    cfg = yaml.safe_load(open(cfg_path))\n    if cfg.get("use_qlora", False):\n        pass\n    ds = load(cfg["dataset_jsonl"])\n    args = SFTConfig(output_dir=cfg["output_dir"], learning_rate=cfg["lr"], bf16=cfg["bf16"])\n';
  const ids = (files: Record<string, string>): string[] => frameworksOf(newProject(files).dir, 'configs/training/sft.yaml').map((f) => f.id);

  it('is not axolotl\'s when the scripts read keys of the file axolotl does not define', () => {
    expect(ids({ 'configs/training/sft.yaml': SFT })).toContain('axolotl');
    expect(ids({ 'configs/training/sft.yaml': SFT, 'train/sft.py': SFT_PY })).not.toContain('axolotl');
    const output = runCli(['check', '--format', 'json', '.'], { cwd: newProject({ 'configs/training/sft.yaml': SFT, 'train/sft.py': SFT_PY }).dir }).stdout;
    expect(findings(output, 'unknown-key')).toEqual([]);
  });

  it('stays axolotl\'s when the scripts read only axolotl\'s keys of it (a script that logs the run\'s settings)', () => {
    const logger = 'import yaml\ncfg = yaml.safe_load(open(path))\nprint(cfg["base_model"], cfg["lora_r"], cfg["output_dir"], cfg.get("lr"))\n';
    expect(ids({ 'configs/training/sft.yaml': SFT, 'tools/log_run.py': logger })).toContain('axolotl');
  });
});

describe('a program of its own that borrowed LLaMA-Factory\'s key names', () => {
  /** LLaMA-Factory's `stage`, `finetuning_type` and `template` beside `train_jsonl` and `reward_scale`, which it does not define. */
  const CONFIG = 'model_name_or_path: Qwen/Qwen2.5-7B-Instruct\nstage: sft\nfinetuning_type: lora\nlora_rank: 16\ntemplate: qwen\ntrain_jsonl: data/train.jsonl\nreward_scale: 0.5\nlearning_rate: 1.0e-4\nnum_train_epochs: 3\n';
  const TRAIN = 'import yaml\n\ncfg = yaml.safe_load(open("configs/sft.yaml"))\nrows = load(cfg["train_jsonl"])\nscale = cfg.get("reward_scale", 1.0)\nmodel = load_model(cfg["model_name_or_path"])\n';
  const ids = (files: Record<string, string>): string[] => frameworksOf(newProject(files).dir, 'configs/sft.yaml').map((f) => f.id);

  it('is not LLaMA-Factory\'s when the scripts read keys of the file LLaMA-Factory\'s parser refuses', () => {
    expect(ids({ 'configs/sft.yaml': CONFIG })).toContain('llama-factory');
    expect(ids({ 'configs/sft.yaml': CONFIG, 'train.py': TRAIN })).not.toContain('llama-factory');
    // Reading only LLaMA-Factory's own keys (and HF's) says nothing.
    const logger = 'import yaml\ncfg = yaml.safe_load(open("configs/sft.yaml"))\nprint(cfg["stage"], cfg["template"], cfg.get("learning_rate"))\n';
    expect(ids({ 'configs/sft.yaml': CONFIG, 'log_run.py': logger })).toContain('llama-factory');
  });
});

describe("a program's own `training:` block with HF's argument names", () => {
  /** olmocr's layout: `training:` mirrors TrainingArguments' names, but the program reads it as `config.training.<name>`. */
  const CONFIG = 'model:\n  name: Qwen/Qwen2.5-VL-7B-Instruct\ntraining:\n  output_dir: out\n  per_device_train_batch_size: 1\n  num_train_epochs: 1\n  learning_rate: 2.0e-5\n  evaluation_strategy: steps\n  eval_steps: 500\n  save_strategy: steps\n';
  const TRAIN = 'from transformers import get_scheduler\nfrom project.config import Config\n\nconfig = Config.from_yaml(args.config)\nbatch = config.training.per_device_train_batch_size\nlr = config.training.learning_rate\n';
  const deprecated = (files: Record<string, string>): string[] => findings(runCli(['check', '--format', 'json', '.'], { cwd: newProject(files).dir }).stdout, 'deprecated-key');

  it("keeps its names when the scripts read it as the config's attributes and name none of HF's argument classes", () => {
    expect(deprecated({ 'configs/train.yaml': CONFIG })).toEqual(['configs/train.yaml:8:3']);
    expect(deprecated({ 'configs/train.yaml': CONFIG, 'train.py': TRAIN })).toEqual([]);
    // A script that hands the block to TrainingArguments takes HF's names.
    const hf = 'from transformers import TrainingArguments\nargs = TrainingArguments(**config.training)\n';
    expect(deprecated({ 'configs/train.yaml': CONFIG, 'train.py': TRAIN + hf })).toEqual(['configs/train.yaml:8:3']);
  });

  it("is not judged by HF Trainer's other rules either (epochs beside a step count)", () => {
    const capped = CONFIG.replace('  num_train_epochs: 1\n', '  num_train_epochs: 1\n  max_steps: 100\n');
    const epochs = (files: Record<string, string>): string[] => findings(runCli(['check', '--preset', 'strict', '--format', 'json', '.'], { cwd: newProject(files).dir }).stdout, 'epochs-and-max-steps');
    expect(epochs({ 'configs/train.yaml': capped })).toEqual(['configs/train.yaml:6:21']);
    expect(epochs({ 'configs/train.yaml': capped, 'train.py': TRAIN })).toEqual([]);
  });
});

describe('a project whose scripts read YAML with sconf', () => {
  it('reads the file as YAML 1.2, as sconf\'s ruamel.yaml does, so `2e-4` is a number (lffont)', () => {
    const defaults = 'batch_size: 20\ng_lr: 2e-4\nd_lr: 8e-4\nadam_betas: [0.0, 0.9]\n';
    const train = 'from sconf import Config, dump_args\n\ndef setup_args_and_config():\n    cfg = Config(*args.config_paths, default="cfgs/defaults.yaml", colorize_modified_item=True)\n    cfg.argv_update(left_argv)\n';
    expect(sciNotationFindings({ 'cfgs/defaults.yaml': defaults, 'misc.py': 'import yaml\nyaml.safe_load(open("x.yaml"))\n' }, '.')).toEqual(['cfgs/defaults.yaml:2:7', 'cfgs/defaults.yaml:3:7']);
    expect(sciNotationFindings({ 'cfgs/defaults.yaml': defaults, 'train.py': train }, '.')).toEqual([]);
  });
});

describe('a program of its own that borrowed LitGPT\'s key names', () => {
  /** litgpt_project's benchmark config: LitGPT's `out_dir`, `train:` and `data:` beside its own `optimization:`, `checkpointing:` and `strategy`. */
  const CONFIG = 'out_dir: ./checkpoints/bench\nprecision: 16-mixed\nstrategy: auto\ndevices: 1\ndata:\n  class_path: litgpt.data.TextFiles\ntrain:\n  global_batch_size: 4\n  micro_batch_size: 1\n  lr_warmup_steps: 2\nresume: null\ncheckpointing:\n  upload_to_hf: false\noptimization:\n  compile: false\n';
  const RUN = 'import yaml\nfrom litgpt.model import GPT\n\ndef main(path):\n    train_cfg = yaml.safe_load(open(path))\n    opt_cfg = train_cfg.get("optimization", {})\n    checkpointing_cfg = train_cfg.get("checkpointing", {})\n    train_section = train_cfg.get("train", {})\n    strategy = train_cfg.get("strategy", "ddp")\n';
  const schemaFindings = (files: Record<string, string>): string[] => findings(runCli(['check', '--format', 'json', '.'], { cwd: newProject(files).dir }).stdout, 'schema-validation');

  it('is not LitGPT\'s when the scripts read keys of the file LitGPT\'s command line refuses', () => {
    expect(schemaFindings({ 'configs/bench.yaml': CONFIG })).toEqual(['configs/bench.yaml:11:9']);
    expect(schemaFindings({ 'configs/bench.yaml': CONFIG, 'run_train.py': RUN })).toEqual([]);
  });
});

describe('scripts four folders below the project\'s top', () => {
  it('finds the schedule a Kedro pipeline\'s model builds (src/<package>/pipelines/<name>/model.py)', () => {
    const params = 'batch_size: 4\nlr: 0.1\npatience: 2\nmax_epochs: 100\n';
    const model = 'import torch\nimport pytorch_lightning as pl\n\nclass Model(pl.LightningModule):\n    def configure_optimizers(self):\n        optimizer = torch.optim.Adam(self.parameters(), lr=self.hparams.lr)\n' +
      '        return {"optimizer": optimizer, "lr_scheduler": {"scheduler": torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer=optimizer, patience=self.hparams.patience)}}\n';
    const run = (files: Record<string, string>): string[] => findings(runCli(['check', '--format', 'json', '.'], { cwd: newProject(files).dir }).stdout, 'lr-without-schedule');
    expect(run({ 'conf/base/parameters.yml': params })).toEqual(['conf/base/parameters.yml:2:5']);
    expect(run({ 'conf/base/parameters.yml': params, 'src/places/pipelines/model_training/model.py': model })).toEqual([]);
  });
});

describe('what the project\'s scripts give Adam', () => {
  const ADAM_WD = 'optimizer: Adam\nlearning_rate: 0.0003\nweight_decay: 1.0e-6\nbatch_size: 48\nepochs: 200\n';
  const adamFindings = (files: Record<string, string>): string[] => findings(runCli(['check', '--format', 'json', '.'], { cwd: newProject(files).dir }).stdout, 'adam-coupled-weight-decay');

  it('takes torch\'s Adam for the optimizer of a file that names none when it is the only one the scripts build, given the file\'s decay (sdubail)', () => {
    const config = 'training:\n  batch_size: 64\n  learning_rate: 0.0001\n  weight_decay: 0.0001\n  num_epochs: 5\n';
    const main = 'import torch.optim as optim\nimport yaml\nconfig = yaml.safe_load(open(args.config))\noptimizer = optim.Adam(\n    model.parameters(),\n    lr=config["training"]["learning_rate"],\n    weight_decay=config["training"]["weight_decay"],\n)\n';
    const project = newProject({ 'configs/default.yaml': config, '__main__.py': main });
    const output = runCli(['check', '--format', 'json', '.'], { cwd: project.dir }).stdout;
    expect(findings(output, 'adam-coupled-weight-decay')).toEqual(['configs/default.yaml:4:17']);
    const [reported] = (JSON.parse(output) as { diagnostics: { ruleId: string; explanation: string }[] }[]).flatMap((r) => r.diagnostics).filter((d) => d.ruleId === 'adam-coupled-weight-decay');
    expect(reported!.explanation).toContain("torch's Adam (the file names none; `Adam(…)` in __main__.py, the only optimizer the project's scripts build");
    expect(reported!.explanation).toContain('Build `torch.optim.AdamW` in that script instead');
    // Another optimizer in the project, a decay from another key, or a file that names its optimizer: not this reading.
    expect(adamFindings({ 'configs/default.yaml': config, '__main__.py': main, 'gan.py': 'd_opt = optim.SGD(d.parameters(), lr=0.01)\n' })).toEqual([]);
    expect(adamFindings({ 'configs/default.yaml': config, '__main__.py': main.replace('["weight_decay"]', '["l2"]') })).toEqual([]);
    expect(adamFindings({ 'configs/default.yaml': config.replace('training:\n', 'training:\n  optimizer: adamw\n'), '__main__.py': main })).toEqual([]);
    // devign-full-replication: the decay reaches Adam through `self.wd = weight_decay`, a parameter of the trainer's `__init__`.
    const trainer = 'import torch.optim as optim\n\nclass Devign:\n    def __init__(self, path, weight_decay: float, learning_rate: float):\n        self.wd = weight_decay\n        self.lr = learning_rate\n        self.optimizer = optim.Adam(self.model.parameters(), lr=self.lr, weight_decay=self.wd)\n';
    expect(adamFindings({ 'configs/default.yaml': config, 'src/process/devign.py': trainer })).toEqual(['configs/default.yaml:4:17']);
    expect(adamFindings({ 'configs/default.yaml': config, 'src/process/devign.py': trainer.replace('self.wd = weight_decay', 'self.wd = l2') })).toEqual([]);
  });

  it("takes torch's Adam for a file that names AdamW when the project's whole code builds Adam only and never says AdamW (topological-equivariant-networks)", () => {
    const config = "optimizer: 'AdamW'\nlr: 0.001\nweight_decay: 0.01\nbatch_size: 32\nepochs: 100\n";
    const train = 'import torch\nimport yaml\nargs = yaml.safe_load(open(path))\noptimizer = torch.optim.Adam(model.parameters(), lr=args["lr"], weight_decay=args["weight_decay"])\n';
    const repository = { '.git/HEAD': 'ref: refs/heads/main\n', 'configs/run.yaml': config };
    const output = runCli(['check', '--format', 'json', '.'], { cwd: newProject({ ...repository, 'src/train.py': train }).dir }).stdout;
    expect(findings(output, 'adam-coupled-weight-decay')).toEqual(['configs/run.yaml:3:15']);
    const [reported] = (JSON.parse(output) as { diagnostics: { ruleId: string; message: string; explanation: string; suggestions?: unknown[] }[] }[]).flatMap((r) => r.diagnostics).filter((d) => d.ruleId === 'adam-coupled-weight-decay');
    expect(reported!.message).toBe("torch's Adam applies weight decay 0.01 as an L2 penalty, not decoupled weight decay.");
    expect(reported!.explanation).toContain("the file names `AdamW`, which no script builds; `Adam(…)` in src/train.py, the only optimizer the project's scripts build");
    expect(reported!.suggestions ?? []).toEqual([]);
    // Code that says AdamW anywhere, or a walk that cannot see the whole project: the name may be built after all.
    const choices = `${train}OPTIMIZERS = ["adam", "adamw"]\n`;
    expect(adamFindings({ ...repository, 'src/train.py': choices })).toEqual([]);
    expect(adamFindings({ 'configs/run.yaml': config, 'src/train.py': train })).toEqual([]);
  });

  it('takes torch\'s Adam for a file with no weight_decay whose key of another name the only Adam call reads as its decay (lemon_3d)', () => {
    const config = "lr_rate: 0.0001\ndecay_rate: 0.001\nEpoch: 80\nemb_dim: 768\n";
    const trainer = "import torch\noptimizer = torch.optim.Adam(pg, lr=dict['lr_rate'], betas=(0.9, 0.999), eps=1e-8, weight_decay=dict['decay_rate'])\n";
    expect(adamFindings({ 'config/train.yaml': config, 'tools/trainer.py': trainer })).toEqual(['config/train.yaml:2:13']);
    // Another optimizer in the project, or a call that reads another key, says nothing of this one.
    expect(adamFindings({ 'config/train.yaml': config, 'tools/trainer.py': trainer, 'tools/gan.py': 'opt = torch.optim.SGD(d.parameters(), lr=0.1)\n' })).toEqual([]);
    expect(adamFindings({ 'config/train.yaml': config, 'tools/trainer.py': trainer.replace("dict['decay_rate']", "dict['l2']") })).toEqual([]);
  });

  it('reads the decay from the key the scripts hand to their only Adam, not from an unread weight_decay (PC-GNN)', () => {
    const config = "optimizer: 'adam'\nlr: 0.01\nweight_decay: 0.0005\nbatch_size: 1024\nnum_epochs: 51\nlambda_1: 2\nlambda_2: 0.001\n";
    const handler = 'import torch\nimport yaml\nargs = yaml.load(open(path), Loader=yaml.FullLoader)\noptimizer = torch.optim.Adam(filter(lambda p: p.requires_grad, gnn_model.parameters()), lr=args["lr"], weight_decay=args["lambda_2"])\n';
    const output = runCli(['check', '--format', 'json', '.'], { cwd: newProject({ 'config/pcgnn.yml': config, 'src/model_handler.py': handler }).dir }).stdout;
    expect(findings(output, 'adam-coupled-weight-decay')).toEqual(['config/pcgnn.yml:7:11']);
    const [reported] = (JSON.parse(output) as { diagnostics: { ruleId: string; message: string; explanation: string }[] }[]).flatMap((r) => r.diagnostics).filter((d) => d.ruleId === 'adam-coupled-weight-decay');
    expect(reported!.message).toBe('adam applies weight decay 0.001 as an L2 penalty, not decoupled weight decay.');
    expect(reported!.explanation).toContain('takes its weight decay from `lambda_2`');
    // With the file's own key in the call, or another optimizer in the project, the file's weight_decay stays the decay.
    expect(adamFindings({ 'config/pcgnn.yml': config, 'src/model_handler.py': handler.replace('["lambda_2"]', '["weight_decay"]') })).toEqual(['config/pcgnn.yml:3:15']);
    expect(adamFindings({ 'config/pcgnn.yml': config, 'src/model_handler.py': handler, 'src/sgd.py': 'opt = torch.optim.SGD(params, lr=0.1)\n' })).toEqual(['config/pcgnn.yml:3:15']);
  });

  it('drops the file\'s weight decay when every Adam call of the scripts passes none (CLMR), and keeps it otherwise', () => {
    expect(adamFindings({ 'config/config.yaml': ADAM_WD })).toEqual(['config/config.yaml:3:15']);
    const rateAlone = 'def configure_optimizers(self):\n    if self.hparams.optimizer == "Adam":\n        optimizer = torch.optim.Adam(self.model.parameters(), lr=3e-4)\n    return optimizer\n';
    expect(adamFindings({ 'config/config.yaml': ADAM_WD, 'clmr/modules/contrastive_learning.py': rateAlone })).toEqual([]);
    const withDecay = 'optimizer = torch.optim.Adam(model.parameters(), lr=cfg["learning_rate"], weight_decay=cfg["weight_decay"])\n';
    expect(adamFindings({ 'config/config.yaml': ADAM_WD, 'clmr/modules/contrastive_learning.py': rateAlone, 'train.py': withDecay })).toEqual(['config/config.yaml:3:15']);
    // A class taken by name and called in the same script is read like any call; one handed elsewhere is not.
    const byName = 'optimizer = getattr(torch.optim, cfg["optimizer"])(model.parameters(), lr=cfg["learning_rate"])\n';
    expect(adamFindings({ 'config/config.yaml': ADAM_WD, 'clmr/modules/contrastive_learning.py': rateAlone, 'train.py': byName })).toEqual([]);
    const handedOn = 'optimizer_class = getattr(torch.optim, cfg["optimizer"])\ntrainer = Trainer(model, optimizer_class)\n';
    expect(adamFindings({ 'config/config.yaml': ADAM_WD, 'clmr/modules/contrastive_learning.py': rateAlone, 'train.py': handedOn })).toEqual(['config/config.yaml:3:15']);
  });

  it('drops the file\'s weight decay when the scripts build only other optimizers, written out (mtcp\'s AdamW beside `name: "Adam"`)', () => {
    const trainer = 'from torch.optim import AdamW\n\ndef initialise_loss(self):\n    self.optimizer = AdamW(self.model.parameters(), **self.cfg.base.optimizer.params)\n';
    expect(adamFindings({ 'config/config.yaml': ADAM_WD, 'src/trainer.py': trainer })).toEqual([]);
    // An Adam call anywhere, a class taken by name and handed on, or an optimizer built by instantiate: Adam may be built.
    expect(adamFindings({ 'config/config.yaml': ADAM_WD, 'src/trainer.py': trainer, 'train.py': 'opt = torch.optim.Adam(p, lr=1e-3, weight_decay=cfg["weight_decay"])\n' })).toEqual(['config/config.yaml:3:15']);
    expect(adamFindings({ 'config/config.yaml': ADAM_WD, 'src/trainer.py': trainer, 'build.py': 'opt = hydra.utils.instantiate(cfg.optimizer, params)\n' })).toEqual(['config/config.yaml:3:15']);
    expect(adamFindings({ 'config/config.yaml': ADAM_WD, 'src/trainer.py': trainer, 'build.py': 'cls = getattr(torch.optim, cfg["optimizer"])\nrun(cls)\n' })).toEqual(['config/config.yaml:3:15']);
    // Scripts that build no optimizer at all say nothing.
    expect(adamFindings({ 'config/config.yaml': ADAM_WD, 'train.py': 'import yaml\ncfg = yaml.safe_load(open("config/config.yaml"))\n' })).toEqual(['config/config.yaml:3:15']);
  });

  it('takes RAdam for decoupled when the scripts import their own copy (flowtron), not torch\'s', () => {
    const config = '{"train_config": {"optim_algo": "RAdam", "learning_rate": 1e-3, "weight_decay": 1e-6, "batch_size": 6, "epochs": 100}}\n';
    expect(adamFindings({ 'config.json': config })).toEqual(['config.json:1:81']);
    expect(adamFindings({ 'config.json': config, 'train.py': 'from radam import RAdam\noptimizer = RAdam(model.parameters(), lr=learning_rate, weight_decay=weight_decay)\n' })).toEqual([]);
    expect(adamFindings({ 'config.json': config, 'train.py': 'optimizer = torch.optim.RAdam(model.parameters(), lr=learning_rate, weight_decay=weight_decay)\n' })).toEqual(['config.json:1:81']);
  });

  it("cannot tell which RAdam a config names when the scripts look torch-optimizer's classes up by name (Ynakatsuka's kvt)", () => {
    // kvt registers torch.optim's classes, then torch-optimizer's under the same names when it is installed.
    const config = 'optimizer:\n  name: "RAdam"\n  params:\n    lr: 5e-03\n    weight_decay: 1e-6\n';
    const registry = 'import torch.optim as optim\ntry:\n    import torch_optimizer\nexcept ImportError:\n    torch_optimizer = None\n\ndef register():\n    for name, cls in optim.__dict__.items():\n        OPTIMIZERS.register(cls)\n    if torch_optimizer is not None:\n        for name, cls in torch_optimizer.__dict__.items():\n            OPTIMIZERS.register(cls)\n';
    expect(adamFindings({ 'config/optimizer/default.yaml': config })).toEqual(['config/optimizer/default.yaml:5:19']);
    expect(adamFindings({ 'config/optimizer/default.yaml': config, 'src/kvt/initialization.py': registry })).toEqual([]);
    // Adam itself is torch's in either library's namespace (torch-optimizer has none), so it is still judged.
    expect(adamFindings({ 'config/optimizer/default.yaml': config.replace('RAdam', 'Adam'), 'src/kvt/initialization.py': registry })).toEqual(['config/optimizer/default.yaml:5:19']);
    // A config that names torch's own class says which RAdam it is.
    expect(adamFindings({ 'config/optimizer/default.yaml': config.replace('RAdam', 'torch.optim.RAdam'), 'src/kvt/initialization.py': registry })).toEqual(['config/optimizer/default.yaml:5:19']);
  });

  it("takes the class a script builds for the config's optimizer name (vqa-transformer: `== 'adam': optimizer = AdamW`)", () => {
    const config = 'settings:\n  num_epochs: 100\n  lr_policy:\n    name: "adam"\n    lr: 0.0005\n    weight_decay: 0.000001\n';
    const getter = "from torch.optim import SGD, AdamW\n\ndef get_lr_policy(opt_config):\n    if opt_config['name'] == 'sgd':\n        optimizer = SGD\n    elif opt_config['name'] == 'adam':\n        optimizer = AdamW\n    return optimizer\n";
    expect(adamFindings({ 'configs/config.yaml': config })).toEqual(['configs/config.yaml:6:19']);
    expect(adamFindings({ 'configs/config.yaml': config, 'utils/getter.py': getter })).toEqual([]);
    // TD3 maps `adam` to torch's Adam: the L2 term stays.
    expect(adamFindings({ 'configs/config.yaml': config, 'utils/getter.py': 'from torch.optim import SGD, Adam, AdamW\noptimizer_class = {"sgd": SGD, "adam": Adam, "adamw": AdamW}\n' })).toEqual(['configs/config.yaml:6:19']);
  });

  it("leaves the decay of an optimizer class the project defines to that class (HittER's BERT-style Adamax)", () => {
    const config = 'train:\n  optimizer: Adamax\n  optimizer_args:\n    lr: 0.01\n    weight_decay: 0.01\n  max_epochs: 300\n';
    const ownAdamax = 'from torch.optim import Optimizer\n\nclass Adamax(Optimizer):\n    def step(self, closure=None):\n        update += group["weight_decay"] * p.data\n';
    expect(adamFindings({ 'config/best.yaml': config })).toEqual(['config/best.yaml:5:19']);
    expect(adamFindings({ 'config/best.yaml': config, 'kge/util/bert_optim.py': ownAdamax })).toEqual([]);
    // A class of another name leaves the config's Adamax to torch.
    expect(adamFindings({ 'config/best.yaml': config, 'kge/util/bert_optim.py': ownAdamax.replace('Adamax', 'BertAdam') })).toEqual(['config/best.yaml:5:19']);
  });
});

describe('a JSON config the project\'s scripts read with commentjson or json5', () => {
  /** Comments and a trailing comma, which Python's `json.load` rejects (diligent-man's Video_Anomaly_Detection). */
  const COMMENTED = '{\n  // the learning rate\n  "lr": 0.001,\n  "epochs": 10,\n}\n';
  const READER = 'import commentjson\n\ndef load_config(path):\n    with open(path) as f:\n        return commentjson.loads(f.read())\n';
  const parseErrors = (files: Record<string, string>, args: string[] = []): string[] => findings(runCli(['check', ...args, '--format', 'json', '.'], { cwd: newProject(files).dir }).stdout, 'parse-error');

  it('reads comments and trailing commas as the library does, and says why', () => {
    expect(parseErrors({ 'configs/run.json': COMMENTED })).toEqual(['configs/run.json:2:3']);
    expect(parseErrors({ 'configs/run.json': COMMENTED, 'src/utils.py': READER })).toEqual([]);
    expect(parseErrors({ 'configs/run.json': COMMENTED, 'train.py': 'import json5\ncfg = json5.load(open("configs/run.json"))\n' })).toEqual([]);
    const project = newProject({ 'configs/run.json': COMMENTED, 'src/utils.py': READER });
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'configs/run.json'], { cwd: project.dir }).stdout) as { loaderEvidence?: string };
    expect(classified.loaderEvidence).toBe('`commentjson` imported in src/utils.py, which reads JSON with comments and trailing commas');
  });

  it('finds the library three and four folders below the project\'s top (diligent-man\'s AI/src/utils/utils.py), not five', () => {
    expect(parseErrors({ '.git/HEAD': '', 'AI/config/single/rgb_3D.json': COMMENTED, 'AI/src/utils/utils.py': READER })).toEqual([]);
    expect(parseErrors({ '.git/HEAD': '', 'AI/config/single/rgb_3D.json': COMMENTED, 'AI/src/utils/deeper/utils.py': READER })).toEqual([]);
    expect(parseErrors({ '.git/HEAD': '', 'AI/config/single/rgb_3D.json': COMMENTED, 'AI/src/utils/deeper/deepest/utils.py': READER })).toEqual(['AI/config/single/rgb_3D.json:2:3']);
  });

  it('still reports what the library rejects too, and a YAML file is not helped by it', () => {
    expect(parseErrors({ 'configs/run.json': '{\n  "lr": 0.001\n  "epochs": 10\n}\n', 'src/utils.py': READER })).toEqual(['configs/run.json:3:3']);
    const yaml = findings(runCli(['check', '--format', 'json', '.'], { cwd: newProject({ 'run.yaml': 'lr: 1e-4\nepochs: 10\n', 'src/utils.py': READER }).dir }).stdout, 'yaml-sci-notation-string');
    expect(yaml).toEqual(['run.yaml:1:5']);
  });

  it('reads `//` line comments, and only those, where a script strips them with re.sub before json.loads (Coqui TTS\'s lineage)', () => {
    const strip = 'import json, re\n\ndef read_json_with_comments(json_path):\n    with open(json_path, "r", encoding="utf-8") as f:\n        input_str = f.read()\n    input_str = re.sub(r"\\\\\\n", "", input_str)\n    input_str = re.sub(r"//.*\\n", "\\n", input_str)\n    return json.loads(input_str)\n';
    const lineComments = '{\n  // the learning rate\n  "lr": 0.001,\n  "epochs": 10\n}\n';
    expect(parseErrors({ 'configs/run.json': lineComments, 'utils/generic_utils.py': strip })).toEqual([]);
    // A trailing comma or a block comment still stops json.loads.
    expect(parseErrors({ 'configs/run.json': COMMENTED, 'utils/generic_utils.py': strip })).toEqual(['configs/run.json:2:3']);
    expect(parseErrors({ 'configs/run.json': '{\n  /* rate */\n  "lr": 0.001,\n  "epochs": 10\n}\n', 'utils/generic_utils.py': strip })).toEqual(['configs/run.json:2:3']);
  });

  it("reads a trailing comma, and only that, in a JSON file a script names and reads with OmegaConf.load, which parses it as YAML (avocodo)", () => {
    const trailing = '{\n  "train": {\n    "lr": 0.0002,\n    "epochs": 10,\n  },\n  "betas": [0.8, 0.99,]\n}\n';
    const train = "import argparse\nfrom omegaconf import OmegaConf\n\nparser = argparse.ArgumentParser()\nparser.add_argument('--config', default='configs/avocodo_v1.json')\na = parser.parse_args()\nconf = OmegaConf.load(a.config)\n";
    expect(parseErrors({ 'configs/avocodo_v1.json': trailing })).toEqual(['configs/avocodo_v1.json:5:3']);
    expect(parseErrors({ 'configs/avocodo_v1.json': trailing, 'train.py': train })).toEqual([]);
    const project = newProject({ 'configs/avocodo_v1.json': trailing, 'train.py': train });
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'configs/avocodo_v1.json'], { cwd: project.dir }).stdout) as { loaderEvidence?: string };
    expect(classified.loaderEvidence).toBe('`OmegaConf.load` in train.py, which names avocodo_v1.json and reads it as YAML, where a trailing comma is allowed');
    // Another JSON file of the project is read by whatever reads it; a `//` comment is no YAML either.
    expect(parseErrors({ 'configs/other.json': trailing, 'train.py': train })).toEqual(['configs/other.json:5:3']);
    expect(parseErrors({ 'configs/avocodo_v1.json': trailing.replace('"lr"', '// rate\n    "lr"'), 'train.py': train })).toEqual(['configs/avocodo_v1.json:3:5']);
  });

  it('drops a cached result when a script starts or stops importing the library', () => {
    const project = newProject({ 'configs/run.json': COMMENTED });
    const check = (): string[] => findings(runCli(['check', '--cache', '--format', 'json', 'configs/run.json'], { cwd: project.dir }).stdout, 'parse-error');
    expect(check()).toEqual(['configs/run.json:2:3']);
    project.write({ 'src/utils.py': READER });
    expect(check()).toEqual([]);
    project.write({ 'src/utils.py': 'import json\n' });
    expect(check()).toEqual(['configs/run.json:2:3']);
  });
});

describe('a learning-rate schedule the project\'s scripts build whatever the config says', () => {
  /** SGD at 0.1 with nothing in the file to decay it (OpenOOD's `baseline.yml`, GraSP's JSON). */
  const SGD_JSON = '{"optimizer": "sgd", "learning_rate": 0.4, "epochs": 160, "batch_size": 128}\n';
  const SGD_YAML = 'optimizer:\n  name: sgd\n  lr: 0.4\n  num_epochs: 100\nbatch_size: 128\n';
  const ALWAYS = 'import torch\n\nclass BaseTrainer:\n    def __init__(self, net, config):\n        self.optimizer = torch.optim.SGD(net.parameters(), config.optimizer.lr)\n        self.scheduler = torch.optim.lr_scheduler.LambdaLR(self.optimizer, lr_lambda=lambda step: 1 - step / 1000)\n\n    def train_step(self, loss):\n        loss.backward()\n        self.optimizer.step()\n        self.scheduler.step()\n';
  const IF_ASKED = 'import torch\n\ndef build(config, optimizer):\n    if config.get("scheduler") == "cosine":\n        return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, 100)\n    return None\n';
  const lrFindings = (files: Record<string, string>): string[] => findings(runCli(['check', '--format', 'json', '.'], { cwd: newProject(files).dir }).stdout, 'lr-without-schedule');

  it("takes a project's own decay function handed the optimizer for a schedule (SoftGroup's cosine_lr_after_step)", () => {
    const config = 'optimizer:\n  type: Adam\n  lr: 0.004\nepochs: 128\nstep_epoch: 50\n';
    const train = 'from softgroup.util import cosine_lr_after_step\n\ndef main(cfg, model, optimizer):\n    for epoch in range(1, cfg.epochs + 1):\n        train(epoch, model, optimizer, cfg)\n        cosine_lr_after_step(optimizer, cfg.optimizer.lr, epoch - 1, cfg.step_epoch, cfg.epochs)\n';
    const utils = 'from math import cos, pi\n\ndef cosine_lr_after_step(optimizer, base_lr, epoch, step_epoch, total_epochs, clip=1e-6):\n    lr = base_lr if epoch < step_epoch else clip + 0.5 * (base_lr - clip) * (1 + cos(pi * (epoch - step_epoch) / (total_epochs - step_epoch)))\n    for param_group in optimizer.param_groups:\n        param_group["lr"] = lr\n';
    expect(lrFindings({ 'configs/softgroup/scannet.yaml': config, 'softgroup/util/utils.py': utils })).toEqual(['configs/softgroup/scannet.yaml:3:7']);
    expect(lrFindings({ 'configs/softgroup/scannet.yaml': config, 'softgroup/util/utils.py': utils, 'tools/train.py': train })).toEqual([]);
  });

  it('does not call a rate the file leaves undecayed constant when a trainer always builds a schedule, in JSON and YAML', () => {
    expect(lrFindings({ 'configs/run.json': SGD_JSON, 'configs/run.yml': SGD_YAML })).toEqual(['configs/run.json:1:39', 'configs/run.yml:3:7']);
    const files = { 'configs/run.json': SGD_JSON, 'configs/run.yml': SGD_YAML, 'src/trainers/base_trainer.py': ALWAYS };
    expect(lrFindings(files)).toEqual([]);
    // `mlconfig classify` says why.
    const project = newProject(files);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'configs/run.json'], { cwd: project.dir }).stdout) as { scheduleEvidence?: string };
    expect(classified.scheduleEvidence).toBe('`torch.optim.lr_scheduler.LambdaLR(…)` in src/trainers/base_trainer.py');
    expect(runCli(['classify', 'configs/run.yml'], { cwd: project.dir }).stdout).toContain("schedule: none in the file; the project's scripts build one (`torch.optim.lr_scheduler.LambdaLR(…)` in src/trainers/base_trainer.py)");
  });

  it("takes no schedule from one the scripts build and never step (TrackSSM's ExponentialLR), unless another script steps it", () => {
    const idle = ALWAYS.replace('        self.scheduler.step()\n', '');
    expect(lrFindings({ 'configs/run.yml': SGD_YAML, 'src/trainers/base_trainer.py': idle })).toEqual(['configs/run.yml:3:7']);
    // A subclass elsewhere steps the schedule its base class builds.
    const subclass = 'from trainers.base_trainer import BaseTrainer\n\nclass Trainer(BaseTrainer):\n    def end_epoch(self):\n        self.scheduler.step()\n';
    expect(lrFindings({ 'configs/run.yml': SGD_YAML, 'src/trainers/base_trainer.py': idle, 'src/trainers/trainer.py': subclass })).toEqual([]);
  });

  it("does so for a plain Hydra app too, whose script is the project's own code (snncutoff)", () => {
    const hydraTrain = (schedule: string): string =>
      `import hydra\nimport torch\n\n@hydra.main(version_base=None, config_path="../configs", config_name="default")\ndef main(cfg):\n    optimizer = torch.optim.SGD(params, cfg.base.lr, momentum=0.9)\n${schedule}`;
    const config = 'base:\n  epochs: 100\n  batch_size: 128\n  lr: 0.1\n';
    expect(lrFindings({ 'configs/default.yaml': config, 'scripts/training.py': hydraTrain('') })).toEqual(['configs/default.yaml:4:7']);
    expect(lrFindings({ 'configs/default.yaml': config, 'scripts/training.py': hydraTrain('    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=cfg.base.epochs)\n    for epoch in range(cfg.base.epochs):\n        scheduler.step()\n') })).toEqual([]);
  });

  it("does so for a LightningCLI config, whose model's `configure_optimizers` is the project's own code (BTTR)", () => {
    const cliConfig = 'seed_everything: 7\ntrainer:\n  max_epochs: 300\n  check_val_every_n_epoch: 2\nmodel:\n  d_model: 256\n  dropout: 0.3\n  learning_rate: 1.0\n  patience: 20\ndata:\n  batch_size: 8\n';
    const litModel = (schedule: string): string =>
      `import torch.optim as optim\nimport pytorch_lightning as pl\n\nclass LitBTTR(pl.LightningModule):\n    def configure_optimizers(self):\n        optimizer = optim.SGD(self.parameters(), lr=self.hparams.learning_rate)\n${schedule}        return optimizer\n`;
    expect(lrFindings({ 'config.yaml': cliConfig, 'bttr/lit_bttr.py': litModel('') })).toEqual(['config.yaml:8:18']);
    expect(lrFindings({ 'config.yaml': cliConfig, 'bttr/lit_bttr.py': litModel('        scheduler = optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode="max", factor=0.1)\n        return {"optimizer": optimizer, "lr_scheduler": {"scheduler": scheduler, "monitor": "val_ExpRate"}}\n') })).toEqual([]);
  });

  it('still reports it when the scripts build a schedule only when the config asks for one', () => {
    expect(lrFindings({ 'configs/run.json': SGD_JSON, 'src/trainers/build.py': IF_ASKED })).toEqual(['configs/run.json:1:39']);
  });

  it('drops a cached result when a script starts or stops building a schedule', () => {
    const project = newProject({ 'configs/run.json': SGD_JSON });
    const check = (): string[] => findings(runCli(['check', '--cache', '--format', 'json', 'configs/run.json'], { cwd: project.dir }).stdout, 'lr-without-schedule');
    expect(check()).toEqual(['configs/run.json:1:39']);
    project.write({ 'train.py': ALWAYS });
    expect(check()).toEqual([]);
    project.write({ 'train.py': IF_ASKED });
    expect(check()).toEqual(['configs/run.json:1:39']);
    // A schedule built and never stepped, then stepped from another script.
    project.write({ 'train.py': ALWAYS.replace('        self.scheduler.step()\n', '') });
    expect(check()).toEqual(['configs/run.json:1:39']);
    project.write({ 'loop.py': 'def end_epoch(trainer):\n    trainer.scheduler.step()\n' });
    expect(check()).toEqual([]);
  });
});

describe('Hydra apps found from their scripts', () => {
  it('reads every YAML file under the config folder as OmegaConf does; YAML elsewhere stays PyYAML', () => {
    const project = newProject({
      'src/train.py': SCRIPT,
      'configs/train.yaml': FLAT,
      'configs/ablation.yaml': FLAT,
      'configs/optimizer/adam.yaml': 'lr: 1e-4\nbetas: [0.9, 0.999]\n',
      'scripts/sweep.yaml': FLAT,
    });
    const run = runCli(['check', '--format', 'json', '.'], { cwd: project.dir });
    expect(findings(run.stdout, 'yaml-sci-notation-string')).toEqual(['scripts/sweep.yaml:2:5']);
    expect(frameworksOf(project.dir, 'configs/train.yaml')[0]).toEqual({
      id: 'hydra',
      name: 'Hydra/OmegaConf',
      evidence: ['primary config of `@hydra.main(version_base=None, config_path="../configs", config_name="train")` in src/train.py'],
    });
    expect(frameworksOf(project.dir, 'configs/optimizer/adam.yaml')[0]?.evidence[0]).toMatch(/^config group `optimizer` in the config folder of `@hydra\.main/);
  });

  it("reads an absolute config_path from the author's machine as the project's folder of that name, for the named primary config only (hanxinyan20)", () => {
    const script = SCRIPT.replace('config_path="../configs", config_name="train"', 'config_path="/mnt/public/hxy/project/diff_scripts/config", config_name="default"');
    const project = newProject({ 'train_script.py': script, 'config/default.yaml': FLAT, 'config/ablation.yaml': FLAT, 'other/config/default.yaml': FLAT });
    const run = runCli(['check', '--format', 'json', '.'], { cwd: project.dir });
    // Another file in the folder, or a folder of that name elsewhere, is not what the call names.
    expect(findings(run.stdout, 'yaml-sci-notation-string')).toEqual(['config/ablation.yaml:2:5', 'other/config/default.yaml:2:5']);
    expect(frameworksOf(project.dir, 'config/default.yaml')[0]?.evidence).toEqual([
      "primary config of `@hydra.main(version_base=None, config_path=\"/mnt/public/hxy/project/diff_scripts/config\", config_name=\"default\")` in train_script.py (its absolute folder read as the project's `config/`)",
    ]);
  });

  it('finds the script when only the config is checked, as a pre-commit hook passes it', () => {
    const project = newProject({ 'train.py': SCRIPT.replace('../configs', 'conf'), 'conf/train.yaml': FLAT });
    const run = runCli(['check', '--format', 'json', 'conf/train.yaml'], { cwd: project.dir });
    expect(run.code).toBe(0);
    expect(findings(run.stdout, 'yaml-sci-notation-string')).toEqual([]);
  });

  it('checks a primary config as a whole run and a group option as one part of a run', () => {
    const project = newProject({ 'src/train.py': SCRIPT, 'configs/train.yaml': HIGH_CONSTANT, 'configs/experiment/fast.yaml': HIGH_CONSTANT });
    const run = runCli(['check', '--format', 'json', '.'], { cwd: project.dir });
    expect(findings(run.stdout, 'lr-without-schedule')).toEqual(['configs/train.yaml:2:5']);
  });

  it('takes a file beside the named config that its defaults list composes for one part of a run, not a primary config', () => {
    const project = newProject({ 'src/train.py': SCRIPT, 'configs/train.yaml': 'defaults:\n  - optim\n  - _self_\nepochs: 100\n', 'configs/optim.yaml': HIGH_CONSTANT });
    expect(frameworksOf(project.dir, 'configs/optim.yaml')[0]?.evidence[0]).toBe('config `optim` in the defaults list of configs/train.yaml');
    const run = runCli(['check', '--format', 'json', '.'], { cwd: project.dir });
    expect(findings(run.stdout, 'lr-without-schedule')).toEqual([]);
  });

  it('leaves the subfolders of a script\'s own folder alone when config_path is "."', () => {
    expect(sciNotationFindings({
      'train.py': SCRIPT.replace('../configs', '.'),
      'train.yaml': FLAT,
      'tools/sweep.yaml': FLAT,
    }, '.')).toEqual(['tools/sweep.yaml:2:5']);
  });

  it('reads a folder\'s likely entry points first when it holds more scripts than are read (a package of many modules)', () => {
    const modules = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`src/a_module_${String(i).padStart(2, '0')}.py`, 'import torch\n']));
    expect(sciNotationFindings({ ...modules, 'src/train.py': SCRIPT, 'configs/train.yaml': FLAT }, '.')).toEqual([]);
  });

  it('does not take a script outside the project, nor a path built at run time', () => {
    const outer = newProject({ 'train.py': SCRIPT.replace('../configs', 'inner/configs') }, { bare: true });
    outer.write({ 'inner/package.json': '{ "name": "inner", "private": true }\n', 'inner/configs/train.yaml': FLAT, 'inner/run.py': 'import hydra, os\n@hydra.main(config_path=os.path.join("x", "configs"), config_name="train")\ndef main(cfg): pass\n' });
    const run = runCli(['check', '--format', 'json', '.'], { cwd: outer.path('inner') });
    expect(findings(run.stdout, 'yaml-sci-notation-string')).toEqual(['configs/train.yaml:2:5']);
  });

  it('drops a cached result when the script appears, goes or names another folder', () => {
    const project = newProject({ 'configs/train.yaml': FLAT });
    const check = (): string[] => findings(runCli(['check', '--cache', '--format', 'json', '.'], { cwd: project.dir }).stdout, 'yaml-sci-notation-string');
    expect(check()).toEqual(['configs/train.yaml:2:5']);
    project.write({ 'src/train.py': SCRIPT });
    expect(check()).toEqual([]);
    renameSync(project.path('src/train.py'), project.path('src/train.py.off'));
    expect(check()).toEqual(['configs/train.yaml:2:5']);
    project.write({ 'src/train.py': SCRIPT.replace('../configs', '../conf') });
    expect(check()).toEqual(['configs/train.yaml:2:5']);
    project.write({ 'src/train.py': SCRIPT });
    expect(check()).toEqual([]);
  });

  it('keeps cached results when a folder above the project gains a subfolder (a temp or home folder changes all the time)', () => {
    const outer = newProject({}, { bare: true });
    outer.write({ 'work/cwd/package.json': '{ "name": "cwd", "private": true }\n', 'work/configs/train.yaml': FLAT });
    const check = () => runCli(['check', '--cache', '--format', 'json', '../configs/train.yaml'], { cwd: outer.path('work/cwd'), env: { MLCONFIG_DEBUG: 'threads' } });
    expect(check().stderr).toContain('linting 1 file');
    outer.write({ 'another-run/notes.txt': 'x\n', 'work/configs/notes/a.txt': 'x\n' });
    expect(check().stderr).toContain('linting 0 files');
    // A script that names the folder, beside the configs, still counts.
    outer.write({ 'work/train.py': SCRIPT.replace('../configs', 'configs') });
    const run = check();
    expect(run.stderr).toContain('linting 1 file');
    expect(findings(run.stdout, 'yaml-sci-notation-string')).toEqual([]);
  });

  it('walks past folder loops, pipes and dangling links among the scripts, and still finds the entry point', () => {
    const project = newProject({ 'src/train.py': SCRIPT, 'configs/train.yaml': FLAT, 'tools/readme.md': 'x\n' });
    symlinkSync('..', project.path('tools/loop'));
    symlinkSync(project.dir, project.path('src/project'));
    symlinkSync('missing.py', project.path('tools/dangling.py'));
    // A named pipe called like an entry point: opening it to read would wait for a writer forever.
    execFileSync('mkfifo', [project.path('tools/run.py')]);
    const run = runCli(['check', '--format', 'json', 'configs/train.yaml'], { cwd: project.dir, timeout: 20_000 });
    expect(run.code).toBe(0);
    expect(findings(run.stdout, 'yaml-sci-notation-string')).toEqual([]);
  });
});

describe('a project whose scripts read YAML with ruamel.yaml\'s YAML()', () => {
  /** pomdp-baselines: `yaml = YAML(); v = yaml.load(open(FLAGS.cfg))`, YAML 1.2, so `1e6` is a float. */
  const RUAMEL = 'from ruamel.yaml import YAML\n\nyaml = YAML()\nv = yaml.load(open(FLAGS.cfg))\n';
  const CONFIG = 'train:\n  num_iters: 1000\n  buffer_size: 1e6\n  batch_size: 32\npolicy:\n  lr: 0.0003\n';

  it('reads the configs as YAML 1.2, says which script, and not when PyYAML reads too', () => {
    expect(sciNotationFindings({ 'configs/rnn.yml': CONFIG }, '.')).toEqual(['configs/rnn.yml:3:16']);
    const project = newProject({ 'configs/rnn.yml': CONFIG, 'policies/main.py': RUAMEL });
    expect(findings(runCli(['check', '--format', 'json', '.'], { cwd: project.dir }).stdout, 'yaml-sci-notation-string')).toEqual([]);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'configs/rnn.yml'], { cwd: project.dir }).stdout) as { loaderEvidence?: string };
    expect(classified.loaderEvidence).toBe("ruamel.yaml's `YAML()` in policies/main.py, the only YAML reader of the project's scripts (YAML 1.2)");
    expect(sciNotationFindings({ 'configs/rnn.yml': CONFIG, 'policies/main.py': RUAMEL, 'tools/plot.py': 'import yaml\ncfg = yaml.safe_load(open(p))\n' }, '.')).toEqual(['configs/rnn.yml:3:16']);
  });
});

describe('a project whose script adds a float resolver to PyYAML', () => {
  it('reads `1e-4` as a float, and says which script', () => {
    const config = 'optimizer:\n  name: SGD\n  kwargs:\n    lr: 0.1\n    weight_decay: 5e-4\nepoch: 170\nbatch_size: 128\n';
    const resolver = 'import re\nimport yaml\nloader = yaml.SafeLoader\nloader.add_implicit_resolver("tag:yaml.org,2002:float", re.compile(PATTERN, re.X), list("-+0123456789."))\ncfg = yaml.load(open(path), Loader=loader)\n';
    expect(sciNotationFindings({ 'config/icarl.yaml': config }, '.')).toEqual(['config/icarl.yaml:5:19']);
    const project = newProject({ 'config/icarl.yaml': config, 'core/config/config.py': resolver });
    expect(findings(runCli(['check', '--format', 'json', '.'], { cwd: project.dir }).stdout, 'yaml-sci-notation-string')).toEqual([]);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'config/icarl.yaml'], { cwd: project.dir }).stdout) as { loaderEvidence?: string };
    expect(classified.loaderEvidence).toBe('PyYAML with a float resolver for `1e-4`, set up in core/config/config.py');
  });

  it('reads a project that extends RecBole with RecBole\'s `Config`, which adds that resolver (RecBole-GNN)', () => {
    const simgcl = 'embedding_size: 64\nn_layers: 2\nreg_weight: 1e-4\nlambda: 0.5\n';
    const config = 'import recbole\nfrom recbole.config.configurator import Config as RecBole_Config\n\nclass Config(RecBole_Config):\n    pass\n';
    expect(sciNotationFindings({ 'gnnrec/props/SimGCL.yaml': simgcl }, '.')).toEqual(['gnnrec/props/SimGCL.yaml:3:13']);
    const project = newProject({ 'gnnrec/props/SimGCL.yaml': simgcl, 'gnnrec/config.py': config });
    expect(findings(runCli(['check', '--format', 'json', '.'], { cwd: project.dir }).stdout, 'yaml-sci-notation-string')).toEqual([]);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'gnnrec/props/SimGCL.yaml'], { cwd: project.dir }).stdout) as { loaderEvidence?: string };
    expect(classified.loaderEvidence).toBe('PyYAML with a float resolver for `1e-4`, set up in gnnrec/config.py');
  });
});

describe('a project whose scripts merge its configs into a yacs CfgNode', () => {
  it('reads its UPPER_CASE files as yacs does (`3e-4` is a float), and its other YAML files as before', () => {
    const config = 'TAG: baseline\nBATCHSIZE: 3\nPRECISION: 16\nMODEL:\n  BN_MOMENTUM: 0.05\nOPTIMIZER:\n  LR: 3e-4\nN_WORKERS: 20\n';
    const script = 'import yaml\nfrom fvcore.common.config import CfgNode as _CfgNode\n\nclass CfgNode(_CfgNode):\n    @classmethod\n    def load_yaml_with_base(cls, filename):\n        with open(filename) as f:\n            return yaml.safe_load(f)\n\ndef get_cfg(args):\n    cfg = _C.clone()\n    cfg.merge_from_file(args.config_file)\n    return cfg\n';
    const lower = 'model: resnet\nlr: 3e-4\nepochs: 10\nbatch_size: 8\n';
    expect(sciNotationFindings({ 'fiery/configs/baseline.yml': config }, '.')).toEqual(['fiery/configs/baseline.yml:7:7']);
    const project = newProject({ 'fiery/configs/baseline.yml': config, 'fiery/config.py': script, 'tools/sweep.yaml': lower });
    expect(findings(runCli(['check', '--format', 'json', '.'], { cwd: project.dir }).stdout, 'yaml-sci-notation-string')).toEqual(['tools/sweep.yaml:2:5']);
    const classified = JSON.parse(runCli(['classify', '--format', 'json', 'fiery/configs/baseline.yml'], { cwd: project.dir }).stdout) as { loaderEvidence?: string };
    expect(classified.loaderEvidence).toBe('merged into a yacs `CfgNode` in fiery/config.py');
  });

  it("reads a habitat-baselines agent's file as yacs does: habitat's `Config` is a CfgNode (ETPNav's `IL.lr: 1e-5`)", () => {
    const config = 'BASE_TASK_CONFIG_PATH: run_r2r/r2r_vlnce.yaml\nTRAINER_NAME: RL-HAMT\nNUM_ENVIRONMENTS: 1\nIL:\n  iters: 15000\n  lr: 1e-5\n  batch_size: 1\n';
    const defaults = 'import habitat_baselines.config.default\nfrom habitat.config.default import Config as CN\n\n_C = CN()\n_C.IL = CN()\n_C.IL.lr = 2.5e-4\n\ndef get_config(config_paths=None, opts=None):\n    config = _C.clone()\n    config.merge_from_file(config_paths)\n    return config\n';
    expect(sciNotationFindings({ 'run_r2r/iter_train.yaml': config }, '.')).toEqual(['run_r2r/iter_train.yaml:6:7']);
    expect(sciNotationFindings({ 'run_r2r/iter_train.yaml': config, 'vlnce_baselines/config/default.py': defaults }, '.')).toEqual([]);
  });

  it('reads a file as yacs does when one module writes the CfgNode defaults and another merges the file into them (MicKey)', () => {
    const config = 'MODEL: MicKey\nDEBUG: False\nTRAINING:\n  LR: 1e-4\n  batch_size: 24\n';
    const defaults = 'from yacs.config import CfgNode as CN\n\n_CN = CN()\n_CN.MODEL = None\n_CN.DEBUG = False\n_CN.TRAINING = CN()\n_CN.TRAINING.LR = None\n\ncfg = _CN\n';
    const train = 'import argparse\nfrom config.default import cfg\n\ndef main(args):\n    cfg.merge_from_file(args.config)\n';
    expect(sciNotationFindings({ 'config/MicKey/curriculum_learning.yaml': config, 'train.py': train }, '.')).toEqual(['config/MicKey/curriculum_learning.yaml:4:7']);
    expect(sciNotationFindings({ 'config/MicKey/curriculum_learning.yaml': config, 'config/default.py': defaults }, '.')).toEqual(['config/MicKey/curriculum_learning.yaml:4:7']);
    expect(sciNotationFindings({ 'config/MicKey/curriculum_learning.yaml': config, 'config/default.py': defaults, 'train.py': train }, '.')).toEqual([]);
  });

  it('reads a lowercase file as yacs does when its top-level keys are all among the defaults the scripts write (yacs refuses others)', () => {
    // failure_detection_benchmark: `config.training.lr = 1e-3` in configs/default_config.py, then `merge_from_file`.
    const defaults = 'from yacs.config import CfgNode\n\nconfig = CfgNode()\nconfig.seed = None\nconfig.dataset = None\nconfig.training = CfgNode()\nconfig.training.lr = 1e-3\nconfig.training.num_epochs = 200\nconfig.training.batch_size = 128\n\ndef load_yaml_training_config(config_path):\n    yaml_config = config.clone()\n    yaml_config.merge_from_file(config_path)\n    return yaml_config\n';
    const run = 'seed: [11, 22]\ndataset: BUSI\ntraining:\n  num_epochs: 100\n  batch_size: 32\n  lr: 1e-3\n';
    const other = 'dataset: BUSI\nsplits:\n  lr: 1e-3\n  batch_size: 32\n  num_epochs: 10\n';
    expect(sciNotationFindings({ 'configs/busi/busi_resnet.yml': run, 'configs/other.yml': other }, '.')).toEqual(['configs/busi/busi_resnet.yml:6:7', 'configs/other.yml:3:7']);
    // `splits` is no key of the defaults: yacs would refuse that file, so something else reads it.
    expect(sciNotationFindings({ 'configs/busi/busi_resnet.yml': run, 'configs/other.yml': other, 'configs/default_config.py': defaults }, '.')).toEqual(['configs/other.yml:3:7']);
  });
});

describe('a timm-style script that makes the YAML file its parser\'s defaults', () => {
  const TRAIN = 'import argparse\nimport yaml\nparser = argparse.ArgumentParser()\nparser.add_argument("--lr", type=float, default=0.01, help="learning rate (default: 0.01)")\nparser.add_argument("--weight-decay", type=float, default=0.05)\n\ndef _parse_args():\n    args_config, remaining = config_parser.parse_known_args()\n    with open(args_config.config) as f:\n        cfg = yaml.safe_load(f)\n        parser.set_defaults(**cfg)\n    return parser.parse_args(remaining)\n';
  const CONFIG = 'epochs: 300\nbatch_size: 64\nlr: 3e-4\nweight_decay: 6e-2\nmin_lr: 1e-5\n';

  it('reads the float options as numbers (argparse converts a string default), and the other keys as PyYAML does', () => {
    expect(sciNotationFindings({ 'conf/cifar10.yml': CONFIG }, '.')).toEqual(['conf/cifar10.yml:3:5', 'conf/cifar10.yml:4:15', 'conf/cifar10.yml:5:9']);
    expect(sciNotationFindings({ 'conf/cifar10.yml': CONFIG, 'train.py': TRAIN }, '.')).toEqual(['conf/cifar10.yml:5:9']);
  });
});

describe('a W&B sweep and the program it runs', () => {
  /** `wandb agent` runs `train.py --min_delta=1e-4 ...`; VQVAE-anomaly-detection's `train.py` parses it with `type=float`. */
  const TRAIN = 'import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument("--learning_rate", type=float, default=1e-4)\nparser.add_argument("--min_delta", type=float, default=1e-4)\nparser.add_argument("--tag", type=str)\nargs = parser.parse_args()\n';
  const SWEEP = 'program: train.py\nmethod: bayes\nparameters:\n  learning_rate:\n    distribution: log_uniform_values\n    min: 1e-5\n    max: 1e-3\n  min_delta:\n    value: 1e-4\n  dropout:\n    values: [1e-1, 2e-1]\n  tag:\n    value: 1e-4\n';

  it('reads the values passed to float options as numbers, and still reports the bounds the controller compares', () => {
    // As the helper lists them: sorted as text.
    const all = ['sweep.yaml:11:14', 'sweep.yaml:11:20', 'sweep.yaml:13:12', 'sweep.yaml:6:10', 'sweep.yaml:7:10', 'sweep.yaml:9:12'];
    expect(sciNotationFindings({ 'sweep.yaml': SWEEP }, '.')).toEqual(all);
    // `min_delta` is a float option; `dropout` is no option of the program, `tag` a string one.
    expect(sciNotationFindings({ 'sweep.yaml': SWEEP, 'train.py': TRAIN }, '.')).toEqual(all.filter((p) => p !== 'sweep.yaml:9:12'));
    // Another program, or a command that passes the values some other way than `--name=value`, converts nothing.
    expect(sciNotationFindings({ 'sweep.yaml': SWEEP.replace('train.py', 'fit.py'), 'train.py': TRAIN }, '.')).toEqual(all);
    const hydraStyle = SWEEP + 'command:\n  - ${env}\n  - python\n  - ${program}\n  - ${args_no_hyphens}\n';
    expect(sciNotationFindings({ 'sweep.yaml': hydraStyle, 'train.py': TRAIN }, '.')).toEqual(all);
    expect(sciNotationFindings({ 'sweep.yaml': hydraStyle.replace('${args_no_hyphens}', '${args}'), 'train.py': TRAIN }, '.')).not.toContain('sweep.yaml:9:12');
  });

  it('matches a parameter named as its flag (`weight-decay`) with the option argparse stores as `weight_decay`', () => {
    // CVPR21Chal-SLR's sweep: `--weight-decay=1e-05` reaches `parser.add_argument('--weight-decay',type=float)`.
    const sweep = 'command:\n  - ${env}\n  - python\n  - ${program}\n  - --config\n  - config/train.yaml\n  - ${args}\nmethod: grid\nparameters:\n  base-lr:\n    values: [0.7, 0.07]\n  weight-decay:\n    values:\n      - 1e-05\n  momentum-decay:\n    values:\n      - 1e-05\nprogram: main.py\n';
    const main = "import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument('--base-lr',type=float,default=0.01)\nparser.add_argument('--weight-decay',type=float,default=0.0001)\nparser.add_argument('--momentum-decay',type=str)\n";
    expect(sciNotationFindings({ 'sweep.yaml': sweep }, '.')).toEqual(['sweep.yaml:14:9', 'sweep.yaml:17:9']);
    expect(sciNotationFindings({ 'sweep.yaml': sweep, 'main.py': main }, '.')).toEqual(['sweep.yaml:17:9']);
  });

  it('reads every value as a number for a LightningCLI program (`${args}`) or a Hydra app (`${args_no_hyphens}`), which parse by type', () => {
    // WildfireSpreadTS: `--optimizer.lr=1e-05` is checked against the optimizer's float by jsonargparse.
    const grid = 'command:\n  - ${env}\n  - python\n  - ${program}\n  - -c\n  - cfgs/run.yaml\n  - ${args}\nmethod: grid\nparameters:\n  optimizer.lr:\n    values:\n      - 0.001\n      - 1e-05\n  trainer.max_epochs:\n    value: 20\nprogram: src/train.py\n';
    const cli = 'from lightning.pytorch.cli import LightningCLI\n\ndef main():\n    cli = LightningCLI(BaseModel, DataModule)\n';
    expect(sciNotationFindings({ 'sweep.yaml': grid }, '.')).toEqual(['sweep.yaml:13:9']);
    expect(sciNotationFindings({ 'sweep.yaml': grid, 'src/train.py': cli }, '.')).toEqual([]);
    const hydraApp = 'import hydra\n\n@hydra.main(version_base=None, config_path="conf", config_name="config")\ndef main(cfg):\n    pass\n';
    const overrides = grid.replace('  - -c\n  - cfgs/run.yaml\n  - ${args}\n', '  - ${args_no_hyphens}\n');
    expect(sciNotationFindings({ 'sweep.yaml': overrides, 'src/train.py': hydraApp }, '.')).toEqual([]);
    // A Hydra app given `--optimizer.lr=1e-05` would refuse it; its parser does not decide the type there.
    expect(sciNotationFindings({ 'sweep.yaml': grid, 'src/train.py': hydraApp }, '.')).toEqual(['sweep.yaml:13:9']);
  });

  it('reads a sweep that a script creates itself (`wandb.sweep(cfg)`) with that script\'s reader', () => {
    // multimodal-supernovae's `schedule_sweep`: ruamel's `YAML(typ="rt")` reads the file (YAML 1.2), then `wandb.sweep(cfg)`.
    const ruamel = 'import wandb\nfrom ruamel.yaml import YAML\n\ndef schedule_sweep(config):\n    yaml = YAML(typ="rt")\n    cfg = yaml.load(open(config))\n    return wandb.sweep(cfg, project="p")\n';
    const agent = 'import wandb\nfrom ruamel.yaml import YAML\nfrom utils import schedule_sweep\n\nsweep_id = schedule_sweep("sweep.yaml")\nwandb.agent(sweep_id, function=train)\nYAML().dump(cfg, open("out.yaml", "w"))\n';
    expect(sciNotationFindings({ 'sweep.yaml': SWEEP, 'utils.py': ruamel, 'main.py': agent }, '.')).toEqual([]);
    // Read with PyYAML before `wandb.sweep(cfg)`, every exponent is a string; `wandb agent` still passes `min_delta` to
    // the program's float option as text.
    const pyyaml = 'import wandb, yaml\ncfg = yaml.safe_load(open("sweep.yaml"))\nsweep_id = wandb.sweep(cfg)\n';
    expect(sciNotationFindings({ 'sweep.yaml': SWEEP, 'launch.py': pyyaml, 'train.py': TRAIN }, '.')).toHaveLength(5);
    // Without the Python call, the `wandb` CLI reads the file, whatever the project's reader.
    expect(sciNotationFindings({ 'sweep.yaml': SWEEP, 'utils.py': ruamel.replace('wandb.sweep(cfg, project="p")', 'cfg') }, '.')).toHaveLength(6);
  });

  it("explains the sweep, and drops a cached result when the program's options change", () => {
    const project = newProject({ 'sweep.yaml': SWEEP });
    const check = (): { line: number; explanation: string }[] =>
      (JSON.parse(runCli(['check', '--cache', '--format', 'json', 'sweep.yaml'], { cwd: project.dir }).stdout) as { diagnostics: { line: number; ruleId: string; explanation: string }[] }[])[0].diagnostics.filter((d) => d.ruleId === 'yaml-sci-notation-string');
    const first = check();
    expect(first.map((d) => d.line)).toContain(9);
    expect(first[0].explanation).toContain('This is a W&B sweep: `wandb sweep` reads it with PyYAML');
    expect(first[0].explanation).not.toContain('so it assumed PyYAML');
    project.write({ 'train.py': TRAIN });
    expect(check().map((d) => d.line)).not.toContain(9);
    project.write({ 'train.py': TRAIN.replace('"--min_delta", type=float', '"--min_delta", type=str') });
    expect(check().map((d) => d.line)).toContain(9);
  });
});

describe('a project that pins Lightning below 2.0', () => {
  /** A Lightning trainer block with the legacy `precision: 16` (DistillCLIP pins `pytorch-lightning==1.5.10`). */
  const TRAINER = 'trainer:\n  accelerator: gpu\n  devices: 1\n  max_epochs: 30\n  precision: 16\nmodel:\n  lr: 0.0003\n';
  const aliasFindings = (project: { dir: string }, args: string[] = []): string[] =>
    findings(runCli(['check', '--preset', 'strict', ...args, '--format', 'json', 'configs/train.yaml'], { cwd: project.dir }).stdout, 'lightning-precision-alias');

  it('keeps the legacy precision, which Lightning 1.x alone accepts, where requirements, conda or pyproject pin it', () => {
    expect(aliasFindings(newProject({ 'configs/train.yaml': TRAINER }))).toEqual(['configs/train.yaml:5:14']);
    expect(aliasFindings(newProject({ 'configs/train.yaml': TRAINER, 'requirements.txt': 'torch==1.10.0\npytorch-lightning==1.5.10\n' }))).toEqual([]);
    expect(aliasFindings(newProject({ 'configs/train.yaml': TRAINER, 'environment.yml': 'dependencies:\n  - pip:\n    - pytorch-lightning>=1.6,<2.0\n' }))).toEqual([]);
    expect(aliasFindings(newProject({ 'configs/train.yaml': TRAINER, 'pyproject.toml': '[project]\ndependencies = ["lightning>=2.1"]\n' }))).toEqual(['configs/train.yaml:5:14']);
    expect(aliasFindings(newProject({ 'configs/train.yaml': TRAINER, 'requirements.txt': 'ray-lightning==0.2.0\n' }))).toEqual(['configs/train.yaml:5:14']);
  });

  it('keeps it where a script overrides an epoch-end hook that Lightning 2.0 removed', () => {
    // The safari/H3 lineage of state-space-model trainers: `training_epoch_end` in train.py, no pin in sight.
    const module = 'import pytorch_lightning as pl\n\nclass SequenceLightningModule(pl.LightningModule):\n    def training_epoch_end(self, outputs):\n        super().training_epoch_end(outputs)\n';
    expect(aliasFindings(newProject({ 'configs/train.yaml': TRAINER, 'train.py': module }))).toEqual([]);
    expect(aliasFindings(newProject({ 'configs/train.yaml': TRAINER, 'train.py': module.replace(/training_epoch_end/g, 'on_train_epoch_end') }))).toEqual(['configs/train.yaml:5:14']);
    // Without a Lightning import the method is some other class's.
    expect(aliasFindings(newProject({ 'configs/train.yaml': TRAINER, 'train.py': module.replace('import pytorch_lightning as pl', 'import torch') }))).toEqual(['configs/train.yaml:5:14']);
  });

  it('drops a cached result when the pin changes', () => {
    const project = newProject({ 'configs/train.yaml': TRAINER, 'requirements.txt': 'pytorch-lightning==1.9.5\n' });
    expect(aliasFindings(project, ['--cache'])).toEqual([]);
    project.write({ 'requirements.txt': 'pytorch-lightning==2.2.0\n' });
    expect(aliasFindings(project, ['--cache'])).toEqual(['configs/train.yaml:5:14']);
  });
});

describe('a project whose script reads a warmup ratio above 1 as a step count', () => {
  const CONFIG = 'model_name: microsoft/deberta-v3-large\nnum_steps: 60000\ntrain_batch_size: 8\nlr_encoder: 0.00001\nwarmup_ratio: 1000\nmax_grad_norm: 1.0\n';
  /** EnriCo's train.py: `if warmup_ratio < 1:` a fraction of the run, else a number of steps. */
  const TRAIN = 'import yaml\nfrom transformers import get_cosine_schedule_with_warmup\n\ndef train(model, optimizer, num_steps=1000, warmup_ratio=0.1):\n    if warmup_ratio < 1:\n        num_warmup_steps = int(num_steps * warmup_ratio)\n    else:\n        num_warmup_steps = int(warmup_ratio)\n    return get_cosine_schedule_with_warmup(optimizer, num_warmup_steps, num_steps)\n';
  const rangeFindings = (project: { dir: string }, args: string[] = []): string[] =>
    findings(runCli(['check', ...args, '--format', 'json', 'config.yaml'], { cwd: project.dir }).stdout, 'warmup-ratio-range');

  it('leaves `warmup_ratio: 1000` alone, and still reports it where no script compares it with 1', () => {
    expect(rangeFindings(newProject({ 'config.yaml': CONFIG, 'train.py': TRAIN }))).toEqual([]);
    expect(rangeFindings(newProject({ 'config.yaml': CONFIG, 'train.py': TRAIN.replace('if warmup_ratio < 1:', 'if warmup_ratio:') }))).toEqual(['config.yaml:5:15']);
    // A negative ratio is out of range both ways.
    expect(rangeFindings(newProject({ 'config.yaml': CONFIG.replace('warmup_ratio: 1000', 'warmup_ratio: -1'), 'train.py': TRAIN }))).toEqual(['config.yaml:5:15']);
  });

  it('drops a cached result when the comparison goes', () => {
    const project = newProject({ 'config.yaml': CONFIG, 'train.py': TRAIN });
    expect(rangeFindings(project, ['--cache'])).toEqual([]);
    project.write({ 'train.py': TRAIN.replace('if warmup_ratio < 1:', 'if warmup_ratio:') });
    expect(rangeFindings(project, ['--cache'])).toEqual(['config.yaml:5:15']);
  });
});

describe("a program of its own that takes HF Trainer's argument names", () => {
  /** The DSTC9 track-1 baseline: argparse, then `args.update(json.load(f))`, then its own loop reads `args.<name>`. */
  const MAIN = 'import argparse\nimport json\nfrom argparse import Namespace\n\ndef train(args, model):\n    args.train_batch_size = args.per_gpu_train_batch_size * max(1, args.n_gpu)\n    if args.fp16:\n        model, optimizer = amp.initialize(model, optimizer, opt_level=args.fp16)\n    for _ in range(int(args.num_train_epochs)):\n        torch.nn.utils.clip_grad_norm_(model.parameters(), args.max_grad_norm)\n\ndef main():\n    parser = argparse.ArgumentParser()\n    parser.add_argument("--params_file", type=str)\n    args = parser.parse_args()\n    with open(args.params_file) as f:\n        params = json.load(f)\n    args = vars(args)\n    args.update(params)\n    args = Namespace(**args)\n';
  const PARAMS = '{\n  "model_name_or_path": "gpt2",\n  "per_gpu_train_batch_size": 16,\n  "gradient_accumulation_steps": 1,\n  "learning_rate": 6.25e-5,\n  "max_grad_norm": 1.0,\n  "num_train_epochs": 10,\n  "fp16": ""\n}\n';
  const watched = (stdout: string): string[] => [...findings(stdout, 'deprecated-key'), ...findings(stdout, 'schema-validation')].sort();

  it('reads the file as that program\'s: HF\'s deprecations and types do not apply', () => {
    const alone = newProject({ 'baseline/configs/detection/params.json': PARAMS });
    expect(watched(runCli(['check', '--format', 'json', '.'], { cwd: alone.dir }).stdout)).toEqual(['baseline/configs/detection/params.json:3:3', 'baseline/configs/detection/params.json:8:11']);
    const own = newProject({ 'baseline/configs/detection/params.json': PARAMS, 'baseline/main.py': MAIN });
    expect(watched(runCli(['check', '--format', 'json', '.'], { cwd: own.dir }).stdout)).toEqual([]);
  });

  it("still reads it as HF's where a script builds HF's arguments or Trainer", () => {
    const hf = newProject({ 'baseline/configs/detection/params.json': PARAMS, 'baseline/main.py': MAIN, 'baseline/finetune.py': 'from transformers import HfArgumentParser, TrainingArguments\nparser = HfArgumentParser((TrainingArguments,))\n' });
    expect(watched(runCli(['check', '--format', 'json', '.'], { cwd: hf.dir }).stdout)).toEqual(['baseline/configs/detection/params.json:3:3', 'baseline/configs/detection/params.json:8:11']);
  });
});

describe("keys of the project's own argument dataclasses beside HF's", () => {
  /** HPSv3: HfArgumentParser over TrainingArguments and the project's model config, whose `output_dim` is one edit from `output_dir`. */
  const CONFIG = 'model_name_or_path: Qwen2-VL-7B-Instruct\noutput_dir: output_models\noutput_dim: 2\nper_device_train_batch_size: 2\nlearning_rate: 2.0e-6\nnum_train_epochs: 10\n';
  const PARSER = 'from dataclasses import dataclass, field\nfrom typing import Optional\nfrom transformers import HfArgumentParser, TrainingArguments\n\n@dataclass\nclass ModelConfig:\n    model_name_or_path: Optional[str] = None\n    output_dim: int = 1\n    lora_r: int = field(default=8)\n\n    def heads(self) -> int:\n        return self.output_dim\n\nparser = HfArgumentParser((ModelConfig, TrainingArguments))\n';
  const unknownKeys = (files: Record<string, string>): string[] => findings(runCli(['check', '--format', 'json', '.'], { cwd: newProject(files).dir }).stdout, 'unknown-key');

  it('takes a key a dataclass declares for the program\'s, not a misspelt TrainingArguments name', () => {
    expect(unknownKeys({ 'hpsv3/config/HPSv3_7B.yaml': CONFIG })).toEqual(['hpsv3/config/HPSv3_7B.yaml:3:1']);
    expect(unknownKeys({ 'hpsv3/config/HPSv3_7B.yaml': CONFIG, 'hpsv3/utils/parser.py': PARSER })).toEqual([]);
    // A field of a plain class is not one HfArgumentParser reads.
    expect(unknownKeys({ 'hpsv3/config/HPSv3_7B.yaml': CONFIG, 'hpsv3/utils/parser.py': PARSER.replace('@dataclass\n', '') })).toEqual(['hpsv3/config/HPSv3_7B.yaml:3:1']);
  });
});
