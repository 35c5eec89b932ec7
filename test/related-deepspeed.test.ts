import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

/**
 * `mlconfig check` reads the DeepSpeed JSON an HF/axolotl YAML names with `deepspeed:` and hands it
 * to the engine, so hf-deepspeed-mismatch can compare the two files; findings land in the YAML.
 */
describe('mlconfig check with a referenced DeepSpeed config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlconfig-related-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'examples'));
  mkdirSync(join(dir, 'deepspeed_configs'));
  writeFileSync(join(dir, 'deepspeed_configs', 'zero2.json'), '{\n  "zero_optimization": {"stage": 2},\n  "optimizer": {"type": "AdamW", "params": {"lr": 1e-5}},\n  "train_micro_batch_size_per_gpu": "auto"\n}\n');
  writeFileSync(join(dir, 'examples', 'sft.yaml'), 'per_device_train_batch_size: 4\nlearning_rate: 2.0e-4\nlr_scheduler_type: cosine\ndeepspeed: deepspeed_configs/zero2.json\n');
  writeFileSync(join(dir, 'examples', 'dangling.yaml'), 'per_device_train_batch_size: 4\nlearning_rate: 2.0e-4\nlr_scheduler_type: cosine\ndeepspeed: nowhere/ds.json\n');

  it('reports the mismatch on the YAML key, naming the JSON file and line', () => {
    const r = runCli(['check', '--format', 'json', 'examples/sft.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout) as { diagnostics: { ruleId: string; line: number; column: number; message: string }[] }[];
    const hits = file!.diagnostics.filter((m) => m.ruleId === 'hf-deepspeed-mismatch');
    expect(hits.map((m) => `${m.line}:${m.column}`)).toEqual(['2:16']);
    expect(hits[0]!.message).toBe("DeepSpeed `optimizer.params.lr` is 1e-5 but the Trainer's value is 0.0002.");
  });

  it('says that nothing compares the two when the scripts hand the file to deepspeed.initialize and build no HF Trainer (LOMO)', () => {
    const lomo = mkdtempSync(join(tmpdir(), 'mlconfig-related-'));
    try {
      mkdirSync(join(lomo, '.git'));
      mkdirSync(join(lomo, 'config'));
      mkdirSync(join(lomo, 'src'));
      writeFileSync(join(lomo, 'config', 'ds_config.json'), '{\n  "fp16": {"enabled": true},\n  "zero_optimization": {"stage": 3},\n  "train_micro_batch_size_per_gpu": 2\n}\n');
      writeFileSync(join(lomo, 'config', 'args_lomo.yaml'), "output_dir: 'outputs'\ndeepspeed: 'config/ds_config.json'\nper_device_train_batch_size: 16\nlearning_rate: 0.03\nnum_train_epochs: 10\nlr_scheduler_type: 'linear'\n");
      const trainer = 'import deepspeed\n\nclass LOMOLoRATrainer:\n    def __init__(self, model, training_args):\n        self.model, self.optimizer, _, _ = deepspeed.initialize(config=training_args.deepspeed, model=model)\n';
      writeFileSync(join(lomo, 'src', 'lomo_lora_trainer.py'), trainer);
      const hits = (): { message: string; explanation: string }[] => {
        const [file] = JSON.parse(runCli(['check', '--format', 'json', 'config/args_lomo.yaml'], { cwd: lomo }).stdout) as { diagnostics: { ruleId: string; message: string; explanation: string }[] }[];
        return file!.diagnostics.filter((m) => m.ruleId === 'hf-deepspeed-mismatch');
      };
      const own = hits();
      expect(own.map((m) => m.message)).toEqual([
        "DeepSpeed `fp16.enabled` is true but the arguments' value is false.",
        "DeepSpeed `train_micro_batch_size_per_gpu` is 2 but the arguments' value is 16.",
      ]);
      expect(own[0]!.explanation).toContain('`deepspeed.initialize(…)` in src/lomo_lora_trainer.py hands DeepSpeed its config, and no script builds HF\'s Trainer, so nothing compares the two');
      // A script that builds HF's Trainer runs its comparison: the usual explanation.
      writeFileSync(join(lomo, 'src', 'train.py'), 'from transformers import Trainer\ntrainer = Trainer(model=model, args=training_args)\n');
      const hf = hits();
      expect(hf.map((m) => m.message)).toEqual([
        "DeepSpeed `fp16.enabled` is true but the Trainer's value is false.",
        "DeepSpeed `train_micro_batch_size_per_gpu` is 2 but the Trainer's value is 16.",
      ]);
      expect(hf[0]!.explanation).toContain('refuses to train when a concrete value disagrees');
    } finally {
      rmSync(lomo, { recursive: true, force: true });
    }
  });

  it('stays quiet when the referenced file does not exist', () => {
    const r = runCli(['check', '--format', 'json', 'examples/dangling.yaml'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as { diagnostics: { ruleId: string }[] }[];
    expect(file!.diagnostics.filter((m) => m.ruleId === 'hf-deepspeed-mismatch')).toEqual([]);
  });
});
