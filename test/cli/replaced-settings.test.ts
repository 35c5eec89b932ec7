/**
 * Settings the project's scripts overwrite whenever they run, end to end with the built CLI: i4Ds' whisper-finetune works
 * the run's length out from the data (`config["training"]["train_steps"] = calculate_training_steps(...)`), so the
 * file's `train_steps: 3` is no run length, and a value replaced so is reported by no rule. One replaced only under a
 * condition (DKT2's `if args.model_name == 'akt': cfg.akt_config.l2 = args.l2`) still counts as written.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { flatten, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const CONFIG = 'lr_scheduler:\n  type: linear\n  warmup_steps: 500\noptimizer:\n  type: adamw\n  params:\n    lr: 0.0001\n    weight_decay: 0.1\ntraining:\n  batch_size: 8\n  train_steps: 3\n  eval_steps: 25\nmodel:\n  eps: 1e-8\n';
const FINETUNE = 'import yaml\n\ndef main(config):\n    train_dataset = load(config["dataset"])\n    # Calculate steps\n    config["training"]["train_steps"] = calculate_training_steps(config, train_dataset)\n    if config["lr_scheduler"]["warmup_steps"] < 1.0:\n        config["lr_scheduler"]["warmup_steps"] = int(config["lr_scheduler"]["warmup_steps"] * len(train_dataset))\n\nif __name__ == "__main__":\n    with open("configs/run.yaml") as f:\n        main(yaml.safe_load(f))\n';

const reported = (files: Record<string, string>): string[] =>
  flatten(runCli(['check', '--format', 'json', 'configs/run.yaml'], { cwd: newProject(files).dir }).stdout)
    .map((d) => `${d.ruleId} ${d.line}:${d.column}`)
    .sort();

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
});
