/**
 * misnamed-key end to end with the built CLI: nhtlongcs/liveness-detection's configs write `trainer: {lr: 0.0004}`
 * where its models read `self.cfg.get("trainer", {}).get("learning_rate", 1e-3)`, so every run trains at the default.
 * The project must be walked whole (a repository's top, every folder below it): a script the walk did not reach could
 * read the key.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { REPOSITORY_TOP, strictRuleFindings, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const CONFIG = [
  'global:',
  '  seed: 1337',
  'data:',
  '  batch_size: 16',
  '  num_workers: 8',
  'trainer:',
  '  lr: 0.0004',
  '  num_epochs: 100',
  '  clip_grad: 10.0',
  '',
].join('\n');
const MODEL = [
  'import torch',
  '',
  'class Classifier:',
  '    def __init__(self, cfg):',
  '        self.cfg = cfg',
  '        self.learning_rate = self.cfg.get("trainer",',
  '                                          {}).get("learning_rate", 1e-3)',
  '',
  '    def configure_optimizers(self):',
  '        return torch.optim.AdamW(self.parameters(), lr=self.learning_rate)',
  '',
].join('\n');
const TRAIN = [
  'import yaml',
  '',
  'def main(path):',
  '    cfg = yaml.safe_load(open(path))',
  '    seed_everything(cfg["global"]["seed"])',
  '    loader = DataLoader(ds, batch_size=cfg["data"]["batch_size"], num_workers=cfg["data"]["num_workers"])',
  '    trainer = Trainer(max_epochs=cfg["trainer"]["num_epochs"], gradient_clip_val=cfg["trainer"]["clip_grad"])',
  '',
].join('\n');

const check = strictRuleFindings(newProject, 'misnamed-key');

const PROJECT = { ...REPOSITORY_TOP, 'configs/run.yaml': CONFIG, 'core/model.py': MODEL, 'cli/train.py': TRAIN };

describe('misnamed-key', () => {
  it('reports a setting the code reads under another name in its section, on the key, with the rename', () => {
    const found = check(PROJECT);
    expect(found.map((f) => `${f.at} ${f.message}`)).toEqual(['7:3 No script of the project reads `lr`; the code reads this setting as `trainer.learning_rate`.']);
    expect(found[0]!.explanation).toContain('core/model.py');
    expect(found[0]!.suggestions).toEqual(['learning_rate']);
  });

  it('says nothing once the key is named as the code reads it, or when any script names the key', () => {
    expect(check({ ...PROJECT, 'configs/run.yaml': CONFIG.replace('  lr:', '  learning_rate:') })).toEqual([]);
    expect(check({ ...PROJECT, 'cli/log.py': 'def show(c):\n    print(c.lr)\n' })).toEqual([]);
  });

  it('says nothing where the section is handed on whole, built into a class, or holds the other name too', () => {
    expect(check({ ...PROJECT, 'cli/opt.py': 'def build(cfg):\n    return make(**cfg["trainer"])\n' })).toEqual([]);
    expect(check({ ...PROJECT, 'configs/run.yaml': CONFIG.replace('trainer:\n', 'trainer:\n  _target_: my.Trainer\n') })).toEqual([]);
    expect(check({ ...PROJECT, 'configs/run.yaml': CONFIG.replace('  lr:', '  learning_rate: 0.001\n  lr:') })).toEqual([]);
  });

  it('says nothing where the code reads the other name in another section only, or the walk cannot see the whole project', () => {
    expect(check({ ...PROJECT, 'core/model.py': MODEL.replace('get("trainer",', 'get("optim",') })).toEqual([]);
    expect(check({ 'configs/run.yaml': CONFIG, 'core/model.py': MODEL, 'cli/train.py': TRAIN })).toEqual([]);
  });

  it('follows the section through a name that holds it and is read key by key, and not one handed on', () => {
    const aliased = MODEL.replace(
      '        self.learning_rate = self.cfg.get("trainer",\n                                          {}).get("learning_rate", 1e-3)',
      '        trainer_cfg = self.cfg.get("trainer", {})\n        self.learning_rate = trainer_cfg.get("learning_rate", 1e-3)',
    );
    expect(aliased).toContain('trainer_cfg.get("learning_rate"');
    expect(check({ ...PROJECT, 'core/model.py': aliased }).map((f) => f.at)).toEqual(['7:3']);
    const handedOn = aliased.replace('return torch.optim.AdamW(', 'log(trainer_cfg)\n        return torch.optim.AdamW(');
    expect(check({ ...PROJECT, 'core/model.py': handedOn })).toEqual([]);
  });

  it("judges the top-level keys of a Hydra group's option as the keys of the group", () => {
    const hydra = {
      ...REPOSITORY_TOP,
      'configs/config.yaml': 'defaults:\n  - train: default\n  - _self_\nseed: 42\n',
      'configs/train/default.yaml': 'learning_rate: 0.001\nmax_epochs: 3\n',
      'train.py': '@hydra.main(config_path="configs", config_name="config", version_base=None)\ndef main(cfg):\n    model = Model(lr=cfg.train.lr)\n    trainer = Trainer(max_epochs=cfg.train.max_epochs)\n',
    };
    expect(check(hydra, 'configs/train/default.yaml').map((f) => `${f.at} ${f.message}`)).toEqual(['1:1 No script of the project reads `learning_rate`; the code reads this setting as `train.lr`.']);
  });

  it('does not trust a cached result after a script starts reading the key', () => {
    const project = newProject(PROJECT);
    const cached = (): string[] => {
      const { stdout } = runCli(['check', '--cache', '--format', 'json', '--preset', 'strict', 'configs/run.yaml'], { cwd: project.dir });
      return (JSON.parse(stdout) as { diagnostics: { ruleId: string }[] }[]).flatMap((r) => r.diagnostics.map((d) => d.ruleId)).filter((id) => id === 'misnamed-key');
    };
    expect(cached()).toEqual(['misnamed-key']);
    project.write({ 'cli/log.py': 'def show(cfg):\n    print(cfg["trainer"]["lr"])\n' });
    expect(cached()).toEqual([]);
  });
});
