/**
 * misspelled-key end to end with the built CLI: calm-pde's configs write `scheduler_warumup_fraction` and
 * `scheudler_warmup_fraction` where its training scripts read `scheduler_warmup_fraction`, so the warmup the files ask
 * for never happens. The project must be walked whole (a repository's top, every folder below it): a script the walk
 * did not reach could read the key.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { REPOSITORY_TOP, strictRuleFindings, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const CONFIG = [
  'training:',
  '  epochs: 500',
  '  batch_size: 32',
  '  learning_rate: 0.001',
  '  scheduler_warumup_fraction: 0.05',
  '  weight_decay: 0.0001',
  'model:',
  '  latent_channels: 64',
  '',
].join('\n');
const TRAIN = [
  'import yaml',
  '',
  'def main(path):',
  '    with open(path) as f:',
  '        config = yaml.safe_load(f)',
  '    training = config["training"]',
  '    model = build(config["model"]["latent_channels"])',
  '    optimizer = torch.optim.AdamW(model.parameters(), lr=training["learning_rate"], weight_decay=training["weight_decay"])',
  '    warmup = int(training.get("scheduler_warmup_fraction", 0.0) * training["epochs"])',
  '    loader = DataLoader(ds, batch_size=training["batch_size"])',
  '',
].join('\n');

const check = strictRuleFindings(newProject, 'misspelled-key');

describe('misspelled-key', () => {
  it('reports a key the scripts never read beside the name they do read, on the key, with the rename', () => {
    const found = check({ ...REPOSITORY_TOP, 'configs/run.yaml': CONFIG, 'src/train.py': TRAIN });
    expect(found.map((f) => `${f.at} ${f.message}`)).toEqual(['5:3 No script of the project reads `scheduler_warumup_fraction` (did you mean `scheduler_warmup_fraction`?).']);
    expect(found[0]!.explanation).toContain('src/train.py');
    expect(found[0]!.explanation).toContain('`warumup`');
    expect(found[0]!.suggestions).toEqual(['scheduler_warmup_fraction']);
  });

  it('reports a transposed word the same way', () => {
    const swapped = CONFIG.replace('scheduler_warumup_fraction', 'scheudler_warmup_fraction');
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': swapped, 'src/train.py': TRAIN }).map((f) => f.message)).toEqual(['No script of the project reads `scheudler_warmup_fraction` (did you mean `scheduler_warmup_fraction`?).']);
  });

  it('says nothing once the key is spelt as the code reads it, or when the code uses the misspelt word itself', () => {
    const fixed = CONFIG.replace('warumup', 'warmup');
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': fixed, 'src/train.py': TRAIN })).toEqual([]);
    // A misspelling the program shares is its name for the setting.
    const shared = TRAIN.replace('    loader =', '    log("warumup", training.get("scheduler_warumup_fraction"))\n    loader =');
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': CONFIG, 'src/train.py': shared })).toEqual([]);
    const wordOnly = `${TRAIN}\ndef warumup_steps(n):\n    return n\n`;
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': CONFIG, 'src/train.py': wordOnly })).toEqual([]);
  });

  it('says nothing where the walk cannot see the whole project, or a script cannot be read', () => {
    expect(check({ 'configs/run.yaml': CONFIG, 'src/train.py': TRAIN })).toEqual([]);
    const deep = { ...REPOSITORY_TOP, 'configs/run.yaml': CONFIG, 'src/train.py': TRAIN, 'pkg/a/b/c/d/plan.py': 'x = 1\n' };
    expect(check(deep)).toEqual([]);
  });

  it('leaves numbered and short words alone, and a name two words could mean', () => {
    const numbered = CONFIG.replace('scheduler_warumup_fraction', 'conv2_channels');
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': numbered, 'src/train.py': TRAIN.replace('["latent_channels"]', '["conv1_channels"]') })).toEqual([]);
    const short = CONFIG.replace('scheduler_warumup_fraction', 'val_interval');
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': short, 'src/train.py': TRAIN.replace('"scheduler_warmup_fraction"', '"eval_interval"') })).toEqual([]);
    // ctesi's `PATCH_SIZE` beside a script that reads `BATCH_SIZE`: another word, not a typo.
    const otherWord = CONFIG.replace('scheduler_warumup_fraction', 'patch_size');
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': otherWord, 'src/train.py': TRAIN.replace('"scheduler_warmup_fraction"', '"batch_size"') })).toEqual([]);
    const plural = CONFIG.replace('scheduler_warumup_fraction', 'scheduler_gammas');
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': plural, 'src/train.py': TRAIN.replace('"scheduler_warmup_fraction"', '"scheduler_gamma"') })).toEqual([]);
    const twoNames = TRAIN.replace('    loader =', '    cooldown = training["scheduler_warumip_fraction"]\n    loader =');
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': CONFIG, 'src/train.py': twoNames })).toEqual([]);
  });

  it("leaves the keys of a section the code goes through entry by entry alone: they are data", () => {
    const weights = `${CONFIG}class_weights:\n  backgroud: 1.0\n  person: 2.0\n`;
    const named = `${TRAIN}    background = config["class_weights"]["background"]\n`;
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': weights.replace('warumup', 'warmup'), 'src/train.py': named }).map((f) => f.at)).toEqual(['10:3']);
    const iterated = `${named}    for label, weight in config["class_weights"].items():\n        set_weight(label, weight)\n`;
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': weights.replace('warumup', 'warmup'), 'src/train.py': iterated })).toEqual([]);
  });

  it('leaves a near-miss of a framework key to unknown-key in a file the framework reads', () => {
    const hf = 'model_name_or_path: gpt2\nlearning_rate: 5.0e-5\nnum_train_epochs: 3\nper_device_train_batch_size: 8\nwarmup_stesp: 100\noutput_dir: out\n';
    const script = 'from transformers import HfArgumentParser, TrainingArguments\nargs = parser.parse_yaml_file("configs/run.yaml")\nprint(args.warmup_steps, args.learning_rate)\n';
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': hf, 'src/train.py': script })).toEqual([]);
  });

  it('reports a key the code reads only in another case: Python tells `SEED` from `seed` (Lornatang\'s SwinIR, batch 1045)', () => {
    const upper = 'EXP_NAME: swinir_x4\nSEED: 0\nSCALE: 4\nTRAIN:\n  EPOCHS: 100\n  LR: 0.0002\n  BATCH_SIZE: 16\n';
    const script = [
      'import yaml',
      'with open(path) as f:',
      '    config = yaml.safe_load(f)',
      'torch.manual_seed(config["seed"])',
      'name = config["EXP_NAME"]',
      'scale = config["SCALE"]',
      'epochs = config["TRAIN"]["EPOCHS"]',
      'optimizer = Adam(params, lr=config["TRAIN"]["LR"])',
      'loader = DataLoader(ds, batch_size=config["TRAIN"]["BATCH_SIZE"])',
      '',
    ].join('\n');
    const found = check({ ...REPOSITORY_TOP, 'configs/run.yaml': upper, 'train.py': script });
    expect(found.map((f) => `${f.at} ${f.message}`)).toEqual(['2:1 No script of the project reads `SEED` (did you mean `seed`?).']);
    expect(found[0]!.explanation).toContain('differ only in case');
    expect(found[0]!.suggestions).toEqual(['seed']);
    // Within a section, the other spelling must be read through that section.
    const nested = check({ ...REPOSITORY_TOP, 'configs/run.yaml': upper.replace('  LR:', '  lr:'), 'train.py': script.replace('config["TRAIN"]["LR"]', 'config["TRAIN"]["lr"]').replace('config["seed"]', 'config["SEED"]') });
    expect(nested.map((f) => f.message)).toEqual([]);
    const nestedWrong = check({ ...REPOSITORY_TOP, 'configs/run.yaml': upper.replace('  LR:', '  lr:'), 'train.py': script.replace('config["seed"]', 'config["SEED"]') });
    expect(nestedWrong.map((f) => `${f.at} ${f.message}`)).toEqual(['6:3 No script of the project reads `lr` (did you mean `LR`?).']);
  });

  it('leaves a case difference alone where the other name is no config key, the code recases keys, or a framework reads the file', () => {
    const lower = 'training:\n  epochs: 10\n  learning_rate: 0.001\n  debug: false\n';
    const reads = 'import logging, yaml\ncfg = yaml.safe_load(open(p))\nepochs = cfg["training"]["epochs"]\nlr = cfg["training"]["learning_rate"]\n';
    // `logging.DEBUG` is a module's constant, not a config's `DEBUG`.
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': lower, 'train.py': `${reads}logger.setLevel(logging.DEBUG)\n` })).toEqual([]);
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': lower, 'train.py': `${reads}if cfg["training"]["DEBUG"]:\n    pass\n` }).map((f) => f.message)).toEqual(['No script of the project reads `debug` (did you mean `DEBUG`?).']);
    // A program that renames keys by case reads them whatever their case.
    const recased = `${reads}if cfg["training"]["DEBUG"]:\n    pass\ncfg = {k.upper(): v for k, v in cfg.items()}\n`;
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': lower, 'train.py': recased })).toEqual([]);
    // detectron2 reads its own `SEED` from a file merged into its CfgNode, whatever the project's `args.seed` is.
    const d2 = 'MODEL:\n  WEIGHTS: model.pkl\nSOLVER:\n  BASE_LR: 0.02\n  MAX_ITER: 90000\n  IMS_PER_BATCH: 16\nSEED: 7\n';
    const d2script = 'from detectron2.config import get_cfg\ncfg = get_cfg()\ncfg.merge_from_file(args.config_file)\nset_seed(args.seed)\nprint(cfg.MODEL.WEIGHTS, cfg.SOLVER.BASE_LR)\n';
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': d2, 'train.py': d2script })).toEqual([]);
    // ... and the same file read with `yaml.safe_load` only borrows detectron2's names: its `SEED` is unread.
    const borrowed = 'import yaml\ncfg = yaml.safe_load(open(p))\nset_seed(cfg["seed"])\nprint(cfg["MODEL"]["WEIGHTS"], cfg["SOLVER"]["BASE_LR"])\n';
    expect(check({ ...REPOSITORY_TOP, 'configs/run.yaml': d2, 'train.py': borrowed }).map((f) => f.message)).toEqual(['No script of the project reads `SEED` (did you mean `seed`?).']);
  });

  it('does not trust a cached result after a script starts using the word', () => {
    const project = newProject({ ...REPOSITORY_TOP, 'configs/run.yaml': CONFIG, 'src/train.py': TRAIN });
    const cached = (): string[] => {
      const { stdout } = runCli(['check', '--cache', '--format', 'json', '--preset', 'strict', 'configs/run.yaml'], { cwd: project.dir });
      return (JSON.parse(stdout) as { diagnostics: { ruleId: string }[] }[]).flatMap((r) => r.diagnostics.map((d) => d.ruleId)).filter((id) => id === 'misspelled-key');
    };
    expect(cached()).toEqual(['misspelled-key']);
    project.write({ 'src/plot.py': 'def show(cfg):\n    print(cfg["scheduler_warumup_fraction"])\n' });
    expect(cached()).toEqual([]);
  });
});
