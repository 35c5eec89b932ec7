/**
 * A program that builds HF's arguments keyword by keyword, end to end with the built CLI: RepoFusion reads its YAML into
 * an object of its own and passes `evaluation_strategy=opt.evaluation_strategy` and twenty more by name, never `debug`,
 * which is its own switch. HF's schema does not judge `debug: False`, and renaming `evaluation_strategy` is offered,
 * not applied, since the script reads the key by that name.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { rulesAt, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const CONFIG = [
  'base_model_name: Salesforce/codet5-base',
  'evaluation_strategy: steps',
  'save_strategy: steps',
  'eval_steps: 500',
  'save_steps: 500',
  'logging_steps: 100',
  'per_device_train_batch_size: 8',
  'per_device_eval_batch_size: 8',
  'learning_rate: 0.00005',
  'num_train_epochs: 3',
  'lr_scheduler_type: linear',
  'metric_for_best_model: em',
  'debug: False',
  '',
].join('\n');
const LOADER = 'import yaml\n\ndef options(path):\n    with open(path) as f:\n        data = yaml.safe_load(f)\n    return type("Opt", (), data)()\n';
const BUILDER = [
  'from transformers import Seq2SeqTrainingArguments',
  '',
  'def prepare(opt):',
  '    return Seq2SeqTrainingArguments(',
  '        opt.model_dir,',
  '        evaluation_strategy=opt.evaluation_strategy,',
  '        eval_steps=opt.eval_steps,',
  '        save_strategy=opt.save_strategy,',
  '        save_steps=opt.save_steps,',
  '        learning_rate=opt.learning_rate,',
  '        num_train_epochs=opt.num_train_epochs,',
  '    )',
  '',
].join('\n');
const REPOSITORY = { '.git/HEAD': 'ref: refs/heads/main\n', 'config/base.yaml': CONFIG, 'options.py': LOADER };

const check = (files: Record<string, string>, ...flags: string[]) => runCli(['check', '--format', 'json', ...flags, 'config/base.yaml'], { cwd: newProject(files).dir });

describe('HF arguments built keyword by keyword', () => {
  it('leaves the keys the scripts never pass to HF alone', () => {
    expect(rulesAt(check(REPOSITORY).stdout)).toEqual(['deprecated-key 2:1', 'schema-validation 13:8']);
    expect(rulesAt(check({ ...REPOSITORY, 'model_context.py': BUILDER }).stdout)).toEqual(['deprecated-key 2:1']);
  });

  it('offers the rename of a key a script passes by name instead of applying it', () => {
    const fixable = (files: Record<string, string>): boolean => (JSON.parse(check(files, '--fix-dry-run').stdout) as { output?: string }[])[0]!.output !== undefined;
    expect(fixable(REPOSITORY)).toBe(true);
    expect(fixable({ ...REPOSITORY, 'model_context.py': BUILDER })).toBe(false);
  });

  it('takes what is passed only from scripts on the way up from the file, not from a sibling folder (CFGPT)', () => {
    const sibling = { '.git/HEAD': 'ref: refs/heads/main\n', 'full-sft/base.yaml': CONFIG, 'pretrain/model_context.py': BUILDER };
    expect(rulesAt(runCli(['check', '--format', 'json', 'full-sft/base.yaml'], { cwd: newProject(sibling).dir }).stdout)).toEqual(['deprecated-key 2:1', 'schema-validation 13:8']);
  });

  it('takes what is passed from a script in another folder that names the file by its folder and name (gpm)', () => {
    const named = BUILDER.replace('def prepare(opt):', 'def prepare(opt=options("../full-sft/base.yaml")):');
    const files = { '.git/HEAD': 'ref: refs/heads/main\n', 'full-sft/base.yaml': CONFIG, 'full-sft/options.py': LOADER, 'scripts/modal/model_context.py': named };
    const at = (project: Record<string, string>) => rulesAt(runCli(['check', '--format', 'json', 'full-sft/base.yaml'], { cwd: newProject(project).dir }).stdout);
    expect(at(files)).toEqual(['deprecated-key 2:1']);
    // Another file of that name in another folder is not this one.
    expect(at({ ...files, 'scripts/modal/model_context.py': named.replace('../full-sft/base.yaml', '../pretrain/base.yaml') })).toEqual(['deprecated-key 2:1', 'schema-validation 13:8']);
  });

  it('says nothing of a file whose keys the calls do not read (a script building TrainingArguments from argparse)', () => {
    const argparse = BUILDER.replace(/opt\.(\w+)/g, (_m, k: string) => `args.${k === 'model_dir' ? k : `my_${k}`}`);
    expect(rulesAt(check({ ...REPOSITORY, 'model_context.py': argparse }).stdout)).toEqual(['deprecated-key 2:1', 'schema-validation 13:8']);
  });

  it('leaves alone a key the scripts read and pass under its new keyword, from whichever folder (a summarization project)', () => {
    // `eval_strategy=config['training']["evaluation_strategy"]` in src/trainer/, the file in src/configs/: renaming the
    // key would break the script's read, and HF never sees the old name.
    const nested = `general:\n  model_name: digit82/kobart-summarization\ntraining:\n${CONFIG.replace(/^(?=.)/gm, '  ')}`;
    const trainer = [
      'from transformers import Seq2SeqTrainingArguments',
      '',
      'def load_trainer_for_train(config):',
      '    return Seq2SeqTrainingArguments(',
      '        output_dir=config["general"]["model_name"],',
      '        eval_strategy=config["training"]["evaluation_strategy"],',
      '        eval_steps=config["training"]["eval_steps"],',
      '        save_steps=config["training"]["save_steps"],',
      '        learning_rate=config["training"]["learning_rate"],',
      '        per_device_train_batch_size=config["training"]["per_device_train_batch_size"],',
      '        num_train_epochs=config["training"]["num_train_epochs"],',
      '        lr_scheduler_type=config["training"]["lr_scheduler_type"],',
      '    )',
      '',
    ].join('\n');
    const files = { '.git/HEAD': 'ref: refs/heads/main\n', 'src/configs/config_base.yaml': nested, 'src/main_base.py': LOADER, 'src/trainer/trainer_base.py': trainer };
    const at = (project: Record<string, string>) => rulesAt(runCli(['check', '--format', 'json', 'src/configs/config_base.yaml'], { cwd: newProject(project).dir }).stdout);
    expect(at({ ...files, 'src/trainer/trainer_base.py': '' })).toEqual(['deprecated-key 5:3']);
    expect(at(files)).toEqual([]);
    // Passed under its old keyword, the key is HF's deprecated name still.
    expect(at({ ...files, 'src/trainer/trainer_base.py': trainer.replace('eval_strategy=', 'evaluation_strategy=') })).toEqual(['deprecated-key 5:3']);
  });

  it('measures the run without a step count the calls never pass, in a nested block (CodeTF)', () => {
    // CodeTF's `hyperparameters:` block says `max_steps: 1000` beside `warmup_steps: 2000`, but its trainer passes
    // `num_train_epochs`, `warmup_steps` and the rest one by one, never `max_steps`: the run lasts ten epochs.
    const hyperparameters = 'hyperparameters:\n  num_train_epochs: 10\n  max_steps: 1000\n  per_device_train_batch_size: 8\n  learning_rate: 0.00001\n  lr_scheduler_type: cosine\n  warmup_steps: 2000\n';
    const trainer = [
      'from omegaconf import OmegaConf',
      'from transformers import TrainingArguments',
      '',
      'class BaseTrainer:',
      '    DEFAULTS = "configs/training/codet5.yaml"',
      '',
      '    def defaults(self):',
      '        config = OmegaConf.load(get_abs_path(self.DEFAULTS)).hyperparameters',
      '        return TrainingArguments(',
      '            per_device_train_batch_size=config["per_device_train_batch_size"],',
      '            num_train_epochs=config["num_train_epochs"],',
      '            warmup_steps=config["warmup_steps"],',
      '            learning_rate=config["learning_rate"],',
      '        )',
      '',
    ].join('\n');
    const files = { '.git/HEAD': 'ref: refs/heads/main\n', 'codetf/configs/training/codet5.yaml': hyperparameters, 'codetf/trainer/base_trainer.py': trainer };
    const at = (project: Record<string, string>) => rulesAt(runCli(['check', '--format', 'json', 'codetf/configs/training/codet5.yaml'], { cwd: newProject(project).dir }).stdout);
    expect(at(files)).toEqual([]);
    // Passed, or read by any other code of the project, the step count is the run's length.
    expect(at({ ...files, 'codetf/trainer/base_trainer.py': trainer.replace('        )', '            max_steps=config["max_steps"],\n        )') })).toEqual(['warmup-longer-than-run 7:17']);
    expect(at({ ...files, 'codetf/trainer/loop.py': 'def run(config, optimizer):\n    for step in range(config["max_steps"]):\n        optimizer.step()\n' })).toEqual(['warmup-longer-than-run 7:17']);
    // Without the builder, the file is measured as written.
    expect(at({ ...files, 'codetf/trainer/base_trainer.py': '' })).toEqual(['warmup-longer-than-run 7:17']);
  });

  it('judges every key again when a script hands HF a whole mapping', () => {
    const spread = BUILDER.replace('        num_train_epochs=opt.num_train_epochs,\n', '        **vars(opt),\n');
    expect(rulesAt(check({ ...REPOSITORY, 'model_context.py': spread }).stdout)).toEqual(['deprecated-key 2:1', 'schema-validation 13:8']);
  });
});
