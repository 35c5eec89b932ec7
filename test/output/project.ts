/** Temporary project folders for end-to-end tests of `mlconfig check` reports. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function makeProject(files: Record<string, string | Uint8Array>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mlconfig-out-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An HF Trainer config with a PyYAML string LR (fixable) and a constant schedule that ignores warmup. */
export const HF_TRAIN_YAML = [
  '# fine-tune',
  'learning_rate: 2e-5  # peak',
  'num_train_epochs: 3',
  'per_device_train_batch_size: 8',
  'lr_scheduler_type: constant',
  'warmup_steps: 100',
  '',
].join('\n');

/** A DeepSpeed config with fp16 and bf16 both on (an error). */
export const DEEPSPEED_JSON = JSON.stringify(
  { train_micro_batch_size_per_gpu: 4, gradient_accumulation_steps: 2, fp16: { enabled: true }, bf16: { enabled: true }, optimizer: { type: 'AdamW', params: { lr: 0.0001 } } },
  null,
  2,
) + '\n';

export const BROKEN_JSON = '{\n  "learning_rate": 0.1,,\n  "num_train_epochs": 3\n}\n';
