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

  it('stays quiet when the referenced file does not exist', () => {
    const r = runCli(['check', '--format', 'json', 'examples/dangling.yaml'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as { diagnostics: { ruleId: string }[] }[];
    expect(file!.diagnostics.filter((m) => m.ruleId === 'hf-deepspeed-mismatch')).toEqual([]);
  });
});
