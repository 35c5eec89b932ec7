/**
 * unread-key end to end with the built CLI: haixinfeng6-source/rlhf-qwen3-baseline writes `training: {warmup_steps: 100,
 * fp16: true}` while its script takes `training_config = config['training']` and reads other keys only, so the run has
 * no warmup and full precision. The project must be walked whole (a repository's top, every folder below it).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { REPOSITORY_TOP, ruleFindings, strictRuleFindings, tempProjects, type RuleFinding } from './temp-project.js';

const newProject = tempProjects();

const CONFIG = [
  'model:',
  '  name: Qwen/Qwen3-8B',
  'training:',
  '  num_train_epochs: 1',
  '  learning_rate: 1.0e-5',
  '  max_grad_norm: 1.0',
  '  warmup_steps: 100',
  '  fp16: true',
  '  bf16: false',
  '',
].join('\n');
const TRAIN = [
  'import yaml',
  '',
  'def train(config):',
  "    training_config = config['training']",
  '    ppo_config = PPOConfig(',
  "        model_name=config['model']['name'],",
  "        learning_rate=training_config['learning_rate'],",
  "        max_grad_norm=training_config['max_grad_norm'],",
  '    )',
  "    for epoch in range(training_config['num_train_epochs']):",
  '        step(ppo_config)',
  '',
  'def main(path):',
  '    config = yaml.safe_load(open(path))',
  '    train(config)',
  '',
].join('\n');
const PROJECT = { ...REPOSITORY_TOP, 'configs/run.yaml': CONFIG, 'scripts/train.py': TRAIN };

const check = strictRuleFindings(newProject, 'unread-key');

describe('unread-key', () => {
  it('reports each training setting no script reads, on the key, and not one that is off', () => {
    const found = check(PROJECT);
    expect(found.map((f) => `${f.at} ${f.message}`)).toEqual([
      '7:3 No script of the project reads `warmup_steps`; this setting does not reach training.',
      '8:3 No script of the project reads `fp16`; this setting does not reach training.',
    ]);
    expect(found[0]!.explanation).toContain('reads 3 other keys of `training` by name');
  });

  it('says nothing once any script names the key, or a key of the same kind beside it', () => {
    expect(check({ ...PROJECT, 'scripts/sched.py': 'def warmup(cfg):\n    return cfg.warmup_steps\n' }).map((f) => f.at)).toEqual(['8:3']);
    // `precision: 16` reaches the trainer, and with it what `fp16: true` says.
    const withPrecision = CONFIG.replace('  fp16: true\n', '  fp16: true\n  precision: 16\n');
    const readsPrecision = TRAIN.replace("        max_grad_norm=training_config['max_grad_norm'],\n", "        max_grad_norm=training_config['max_grad_norm'],\n        precision=training_config['precision'],\n");
    expect(check({ ...PROJECT, 'configs/run.yaml': withPrecision, 'scripts/train.py': readsPrecision }).map((f) => f.at)).toEqual(['7:3']);
    // `scheduler: cosine` beside the `scheduler_T_max` a script hands to the schedule it always builds.
    const withSchedule = CONFIG.replace('  warmup_steps: 100\n', '  warmup_steps: 100\n  scheduler: cosine\n  scheduler_T_max: 300\n');
    const readsTmax = TRAIN.replace('        step(ppo_config)', "        step(ppo_config, CosineAnnealingLR(opt, T_max=training_config['scheduler_T_max']))");
    expect(check({ ...PROJECT, 'configs/run.yaml': withSchedule, 'scripts/train.py': readsTmax }).map((f) => f.at)).toEqual(['7:3', '10:3']);
    expect(check({ ...PROJECT, 'configs/run.yaml': withSchedule }).map((f) => f.at)).toEqual(['7:3', '8:3', '10:3']);
  });

  it("reads the scripts of a `data/` folder that holds Python (a package of loaders), not one that holds data only", () => {
    // ST-MetaNet's `src/data/dataloader.py` reads `training['batch_size']`.
    const loader = "def loader(setting):\n    return Loader(warmup=setting['training']['warmup_steps'])\n";
    expect(check({ ...PROJECT, 'scripts/data/loader.py': loader }).map((f) => f.at)).toEqual(['8:3']);
    expect(check({ ...PROJECT, 'scripts/data/train.csv': 'warmup_steps,1\n' }).map((f) => f.at)).toEqual(['7:3', '8:3']);
  });

  it("judges the top-level keys of a Hydra group's option as the keys of the group, unless a @package header moves them", () => {
    const hydra = {
      ...REPOSITORY_TOP,
      'configs/config.yaml': 'defaults:\n  - train: default\n  - _self_\nseed: 42\n',
      'configs/train/default.yaml': 'lr: 0.001\nmax_epochs: 3\ngradient_clip_val: 1.0\n',
      'train.py': [
        'import hydra',
        '',
        '@hydra.main(config_path="configs", config_name="config", version_base=None)',
        'def main(cfg):',
        '    model = Model(lr=cfg.train.lr)',
        '    trainer = pl.Trainer(max_epochs=cfg.train.max_epochs)',
        '',
      ].join('\n'),
    };
    const run = (files: Record<string, string>): RuleFinding[] => check(files, 'configs/train/default.yaml');
    const found = run(hydra);
    expect(found.map((f) => `${f.at} ${f.message}`)).toEqual(['3:1 No script of the project reads `gradient_clip_val`; this setting does not reach training.']);
    expect(found[0]!.explanation).toContain('(under `train`, where the composing config puts this file\'s keys)');
    expect(run({ ...hydra, 'configs/train/default.yaml': `# @package _global_\n${hydra['configs/train/default.yaml']}` })).toEqual([]);
  });

  it('reads the code cells of a notebook as it reads a script', () => {
    const notebook = JSON.stringify({ cells: [{ cell_type: 'code', source: ["sched = warmup(config['training']['warmup_steps'])\n"] }], nbformat: 4 });
    expect(check({ ...PROJECT, 'notebooks/explore.ipynb': notebook }).map((f) => f.at)).toEqual(['8:3']);
    // A notebook that cannot be read could name any key.
    expect(check({ ...PROJECT, 'notebooks/explore.ipynb': '{"cells": [' })).toEqual([]);
  });

  it('reports a whole section of training settings that no code names, beside sections read by name, unless a section is taken by a variable', () => {
    const simclr = [
      'seed: 42',
      'data:',
      '  batch_size: 128',
      'train:',
      '  epochs: 5',
      '  lr: 0.001',
      '  weight_decay: 0.0001',
      'model:',
      '  lr: 0.001',
      'trainer:',
      '  max_epochs: 5',
      '',
    ].join('\n');
    const script = [
      'def main(cfg):',
      '    seed = int(cfg.get("seed", 42))',
      '    data_cfg = cfg.get("data", {})',
      '    model_cfg = cfg.get("model", {})',
      '    trainer_cfg = cfg.get("trainer", {})',
      '    model = SimCLR(lr=float(model_cfg.get("lr", 1e-3)), batch=data_cfg.get("batch_size", 256))',
      '    model.train()',
      '    fit(model, max_epochs=int(trainer_cfg.get("max_epochs", 5)))',
      '',
    ].join('\n');
    const found = check({ ...REPOSITORY_TOP, 'configs/run.yaml': simclr, 'src/train_ssl.py': script });
    expect(found.map((f) => `${f.at} ${f.message}`)).toEqual(['4:1 No script of the project reads `train`; its settings (`epochs`, `lr`, `weight_decay`) do not reach training.']);
    // A section taken by a name held in a variable (`cfg[args.section]`) could be this one.
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': simclr, 'src/train_ssl.py': script, 'src/select.py': 'def pick(cfg, section):\n    return cfg[section]\n' })).toEqual([]);
  });

  it("follows a read wrapped over lines, and takes an object's own attribute for no section (action-recognition-ucf101)", () => {
    const wrapped = TRAIN.replace("        learning_rate=training_config['learning_rate'],", '        learning_rate=training_config.get(\n            "learning_rate",\n            1e-5,\n        ),');
    const trainer = 'class Trainer:\n    def __init__(self, model, training):\n        self.model = model\n        self.training = training\n';
    expect(check({ ...PROJECT, 'scripts/train.py': wrapped, 'scripts/trainer.py': trainer }).map((f) => f.at)).toEqual(['7:3', '8:3']);
  });

  it('says nothing where the section, or a name holding it, is handed on whole', () => {
    expect(check({ ...PROJECT, 'scripts/train.py': TRAIN.replace('        step(ppo_config)', '        step(ppo_config, **training_config)') })).toEqual([]);
    expect(check({ ...PROJECT, 'scripts/log.py': "def log(config):\n    print(dict(config['training']))\n" })).toEqual([]);
    // Keys of the section built at run time could be any of its keys.
    expect(check({ ...PROJECT, 'scripts/stages.py': "def stage_lr(config, stage):\n    return config['training'][f'{stage}_steps']\n" })).toEqual([]);
    expect(check({ ...PROJECT, 'configs/run.yaml': CONFIG.replace('training:\n', 'training:\n  _target_: my.Trainer\n') })).toEqual([]);
  });

  it('says nothing where the code reads fewer than two keys of the section, or the walk cannot see the whole project', () => {
    const oneRead = TRAIN.replace("        max_grad_norm=training_config['max_grad_norm'],\n", '').replace("range(training_config['num_train_epochs'])", 'range(1)');
    expect(oneRead).not.toContain("training_config['max_grad_norm']");
    expect(check({ ...PROJECT, 'scripts/train.py': oneRead })).toEqual([]);
    expect(check({ 'configs/run.yaml': CONFIG, 'scripts/train.py': TRAIN })).toEqual([]);
  });

  it('reports a setting the code reads only through another section, naming where (snn-transparent-grasping)', () => {
    const twoSections = CONFIG.replace('  fp16: true\n', '  fp16: true\noptimizer:\n  warmup_steps: 50\n');
    const readsOptimizer = TRAIN.replace('        step(ppo_config)', "        step(ppo_config, warmup=config['optimizer']['warmup_steps'])");
    const found = check({ ...PROJECT, 'configs/run.yaml': twoSections, 'scripts/train.py': readsOptimizer });
    expect(found.map((f) => `${f.at} ${f.message}`)).toEqual([
      '7:3 No script of the project reads `warmup_steps` from `training`; the code reads `optimizer.warmup_steps` instead, so this setting does not reach training.',
      '8:3 No script of the project reads `fp16`; this setting does not reach training.',
    ]);
    expect(found[0]!.explanation).toContain('only as `optimizer.warmup_steps` (scripts/train.py)');
    // Read through two other sections, the setting has no one home; read through its own, it is read.
    const readsTwo = readsOptimizer.replace("warmup=config['optimizer']['warmup_steps'])", "warmup=config['optimizer']['warmup_steps'], w2=config['schedule']['warmup_steps'])");
    expect(check({ ...PROJECT, 'configs/run.yaml': twoSections, 'scripts/train.py': readsTwo }).map((f) => f.at)).toEqual(['8:3']);
    const readsOwn = readsOptimizer.replace('        step(ppo_config,', "        step(training_config['warmup_steps'], ppo_config,");
    expect(check({ ...PROJECT, 'configs/run.yaml': twoSections, 'scripts/train.py': readsOwn }).map((f) => f.at)).toEqual(['8:3']);
  });

  it("takes a library's attribute for no section: `torch.optim.lr_scheduler` names `lr_scheduler` but reads no config", () => {
    const withSchedule = CONFIG.replace('  bf16: false\n', '  bf16: false\n  lr_scheduler: cosine\n');
    const schedule = (code: string): string[] => check({ ...PROJECT, 'configs/run.yaml': withSchedule, 'scripts/schedule.py': code }).map((f) => `${f.at} ${f.message}`);
    expect(schedule('import torch\nsched = torch.optim.lr_scheduler.StepLR\n')).toEqual([
      '7:3 No script of the project reads `warmup_steps`; this setting does not reach training.',
      '8:3 No script of the project reads `fp16`; this setting does not reach training.',
    ]);
    // After the section's read, the library's attribute changes nothing either.
    expect(schedule("def schedule_of(config):\n    return config['experiment']['lr_scheduler']\nsched = torch.optim.lr_scheduler.StepLR\n")).toContain(
      '10:3 No script of the project reads `lr_scheduler` from `training`; the code reads `experiment.lr_scheduler` instead, so this setting does not reach training.',
    );
    expect(schedule("def schedule_of(config):\n    return config['experiment']['lr_scheduler']\n")).toContain(
      '10:3 No script of the project reads `lr_scheduler` from `training`; the code reads `experiment.lr_scheduler` instead, so this setting does not reach training.',
    );
  });

  it("says nothing in a Hydra tree, where another file may interpolate the key (`optimizer/adam.yaml: {lr: ${training.lr}}`)", () => {
    const tree = {
      ...REPOSITORY_TOP,
      'configs/config.yaml': 'defaults:\n  - optimizer: adam\n  - _self_\ntraining:\n  epochs: 3\n  batch_size: 8\n  lr: 0.001\n',
      'configs/optimizer/adam.yaml': 'lr: ${training.lr}\n',
      'train.py': [
        'import hydra',
        '',
        '@hydra.main(config_path="configs", config_name="config", version_base=None)',
        'def main(cfg):',
        '    loader = DataLoader(data, batch_size=cfg.training.batch_size)',
        '    optimizer = Adam(params, lr=cfg.optimizer.lr)',
        '    for epoch in range(cfg.training.epochs):',
        '        step(loader, optimizer)',
        '',
      ].join('\n'),
    };
    expect(check(tree, 'configs/config.yaml')).toEqual([]);
    // The same reads with PyYAML, which interpolates nothing: the rate under `training` is read by no one.
    const pyyaml = { ...tree, 'train.py': tree['train.py'].replace('import hydra', 'import yaml').replace('@hydra.main(config_path="configs", config_name="config", version_base=None)\ndef main(cfg):', 'def main(path):\n    cfg = Config(yaml.safe_load(open(path)))') };
    expect(check(pyyaml, 'configs/config.yaml').map((f) => f.at)).toEqual(['7:3']);
  });

  it('says nothing of a value the file copies to a key the code reads: an anchor, or an interpolation of its key', () => {
    const copied = (warmup: string, copy: string): string => CONFIG.replace('  warmup_steps: 100', `  warmup_steps: ${warmup}`).replace('  fp16: true\n', `  fp16: true\nscheduler:\n  warmup: ${copy}\n`);
    const readsCopy = TRAIN.replace('        step(ppo_config)', "        step(ppo_config, warmup=config['scheduler']['warmup'])");
    const run = (config: string): string[] => check({ ...PROJECT, 'configs/run.yaml': config, 'scripts/train.py': readsCopy }).map((f) => f.at);
    expect(run(copied('100', '100'))).toEqual(['7:3', '8:3']);
    expect(run(copied('&warmup 100', '*warmup'))).toEqual(['8:3']);
    expect(run(copied('100', '${training.warmup_steps}'))).toEqual(['8:3']);
    expect(run(copied('100', '${oc.select:training.warmup_steps,10}'))).toEqual(['8:3']);
    // Another key's interpolation is no copy of this one.
    expect(run(copied('100', '${training.max_grad_norm}'))).toEqual(['7:3', '8:3']);
  });

  it('leaves a key the code reads under another name to misnamed-key', () => {
    const renamed = CONFIG.replace('  learning_rate: 1.0e-5', '  lr: 1.0e-5');
    const { stdout } = runCli(['check', '--format', 'json', '--preset', 'strict', 'configs/run.yaml'], { cwd: newProject({ ...PROJECT, 'configs/run.yaml': renamed }).dir });
    expect(ruleFindings(stdout, 'misnamed-key').map((f) => f.at)).toEqual(['5:3']);
    expect(ruleFindings(stdout, 'unread-key').map((f) => f.at)).toEqual(['7:3', '8:3']);
  });
});
