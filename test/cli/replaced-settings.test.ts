/**
 * Settings the project's scripts overwrite whenever they run, end to end with the built CLI: i4Ds' whisper-finetune works
 * the run's length out from the data (`config["training"]["train_steps"] = calculate_training_steps(...)`), so the
 * file's `train_steps: 3` is no run length, and a value replaced so is reported by no rule. One replaced only under a
 * condition (DKT2's `if args.model_name == 'akt': cfg.akt_config.l2 = args.l2`) still counts as written.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { rulesAt, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const CONFIG = 'lr_scheduler:\n  type: linear\n  warmup_steps: 500\noptimizer:\n  type: adamw\n  params:\n    lr: 0.0001\n    weight_decay: 0.1\ntraining:\n  batch_size: 8\n  train_steps: 3\n  eval_steps: 25\nmodel:\n  eps: 1e-8\n';
const FINETUNE = 'import yaml\n\ndef main(config):\n    train_dataset = load(config["dataset"])\n    # Calculate steps\n    config["training"]["train_steps"] = calculate_training_steps(config, train_dataset)\n    if config["lr_scheduler"]["warmup_steps"] < 1.0:\n        config["lr_scheduler"]["warmup_steps"] = int(config["lr_scheduler"]["warmup_steps"] * len(train_dataset))\n\nif __name__ == "__main__":\n    with open("configs/run.yaml") as f:\n        main(yaml.safe_load(f))\n';

const reported = (files: Record<string, string>): string[] => rulesAt(runCli(['check', '--format', 'json', 'configs/run.yaml'], { cwd: newProject(files).dir }).stdout);

describe("settings the project's scripts overwrite", () => {
  it("does not take a run length the scripts work out themselves for the file's (i4Ds' train_steps)", () => {
    expect(reported({ 'configs/run.yaml': CONFIG, 'scripts/finetune.py': FINETUNE })).toEqual(['yaml-sci-notation-string 14:8']);
    // Without the script, 500 warmup steps in a 3-step run are reported.
    expect(reported({ 'configs/run.yaml': CONFIG })).toEqual(['warmup-longer-than-run 3:17', 'yaml-sci-notation-string 14:8']);
  });

  it('reports nothing on a value the scripts replace whenever they run, and still reports one replaced under a condition', () => {
    const replacing = FINETUNE.replace('    # Calculate steps\n', '    config["model"]["eps"] = args.eps\n');
    expect(reported({ 'configs/run.yaml': CONFIG, 'scripts/finetune.py': replacing })).toEqual([]);
    const conditional = FINETUNE.replace('    # Calculate steps\n', "    if args.model_name == 'akt':  # akt\n        config['model']['eps'] = args.eps\n");
    expect(reported({ 'configs/run.yaml': CONFIG, 'scripts/finetune.py': conditional })).toEqual(['yaml-sci-notation-string 14:8']);
  });

  it("reports nothing on a key of an HF recipe that the script sets on the parsed arguments right after parsing them (SPPO's do_eval)", () => {
    const recipe = 'model_name_or_path: mistralai/Mistral-7B-Instruct-v0.2\nbf16: true\nbeta: 0.01\ndo_eval: "no"\nlearning_rate: 5.0e-7\nper_device_train_batch_size: 4\nnum_train_epochs: 1\noutput_dir: out\n';
    const run = 'from alignment import H4ArgumentParser\n\ndef main():\n    parser = H4ArgumentParser((ModelArguments, DataArguments, SPPOConfig))\n    model_args, data_args, training_args = parser.parse()\n    training_args.do_eval = False\n    trainer.train()\n';
    const check = (files: Record<string, string>): string[] => rulesAt(runCli(['check', '--format', 'json', 'recipes/config_full.yaml'], { cwd: newProject(files).dir }).stdout);
    expect(check({ 'recipes/config_full.yaml': recipe, 'sppo/run_sppo.py': run })).toEqual([]);
    // Set only on the main process, the file's string still reaches the others.
    const conditional = run.replace('    training_args.do_eval = False\n', '    if training_args.local_rank == 0:\n        training_args.do_eval = False\n');
    expect(check({ 'recipes/config_full.yaml': recipe, 'sppo/run_sppo.py': conditional })).toEqual(['schema-validation 4:10']);
  });
});
