/**
 * The plugin reads the DeepSpeed JSON that an HF Trainer YAML names (`deepspeed: ds.json`) as `mlconfig check` does
 * (core's `relatedReader`), so `hf-deepspeed-mismatch` compares the two files in an ESLint run too. Real files on
 * disk, real ESLint runs, and the CLI on the same folder for comparison.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';
import mlconfig from 'eslint-plugin-mlconfig';
import { runCli } from '../helpers/run-cli.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const TRAIN = 'per_device_train_batch_size: 8\nlearning_rate: 1.0e-5\nnum_train_epochs: 1\ndeepspeed: ds.json\n';
const ds = (micro: number): string => JSON.stringify({ train_micro_batch_size_per_gpu: micro, gradient_accumulation_steps: 'auto', zero_optimization: { stage: 2 } });

function project(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'mlconfig-eslint-related-')));
  made.push(dir);
  for (const [name, text] of Object.entries({ 'package.json': '{ "name": "related", "private": true }\n', ...files })) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const recommended = mlconfig.configs.recommended as unknown as Linter.Config[];

async function mismatches(dir: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommended });
  const [result] = await eslint.lintFiles(['train.yaml']);
  return result.messages.filter((m) => m.ruleId === 'mlconfig/hf-deepspeed-mismatch').map((m) => `${m.line}:${m.column} ${m.message}`);
}

function cliMismatches(dir: string): string[] {
  const out = JSON.parse(runCli(['check', '--format', 'json', 'train.yaml'], { cwd: dir }).stdout) as { diagnostics: { ruleId: string; line: number; column: number; message: string }[] }[];
  return out[0].diagnostics.filter((d) => d.ruleId === 'hf-deepspeed-mismatch').map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('files a config names, in the ESLint plugin', () => {
  it('compares an HF YAML with the DeepSpeed JSON it names, as mlconfig check does', async () => {
    const disagreeing = project({ 'train.yaml': TRAIN, 'ds.json': ds(4) });
    const found = await mismatches(disagreeing);
    expect(found).toHaveLength(1);
    expect(found).toEqual(cliMismatches(disagreeing));
    expect(found[0]).toContain('DeepSpeed `train_micro_batch_size_per_gpu` is 4');
  }, 60_000);

  it('finds nothing when the two agree or the named file is missing', async () => {
    expect(await mismatches(project({ 'train.yaml': TRAIN, 'ds.json': ds(8) }))).toEqual([]);
    expect(await mismatches(project({ 'train.yaml': TRAIN }))).toEqual([]);
  }, 60_000);

  it("reads the DeepSpeed JSON an Accelerate config names from its repository's top (PTE), in ESLint and mlconfig check alike", async () => {
    // `accelerate launch --config_file scripts/run/accelerate_config.yaml` runs from the top, where the path starts.
    const accelerate = 'compute_environment: LOCAL_MACHINE\ndeepspeed_config:\n  deepspeed_config_file: ./scripts/run/zero2_config.json\n  zero3_init_flag: true\ndistributed_type: DEEPSPEED\nmachine_rank: 0\nnum_machines: 1\nnum_processes: 2\n';
    const zero = (stage: number): string => JSON.stringify({ train_micro_batch_size_per_gpu: 'auto', zero_optimization: { stage } });
    const run = async (dir: string, config = 'scripts/run/accelerate_config.yaml'): Promise<string[]> => {
      // ESLint runs from a folder above the project, so only the repository's top can resolve the path.
      const eslint = new ESLint({ cwd: dirname(dir), overrideConfigFile: true, overrideConfig: recommended });
      const [result] = await eslint.lintFiles([join(dir, config)]);
      const plugin = result.messages.filter((m) => m.ruleId === 'mlconfig/accelerate-zero3-init-stage').map((m) => `${m.line}:${m.column} ${m.message}`);
      const out = JSON.parse(runCli(['check', '--format', 'json', join(dir, config)], { cwd: dirname(dir) }).stdout) as { diagnostics: { ruleId: string; line: number; column: number; message: string }[] }[];
      expect(out[0].diagnostics.filter((d) => d.ruleId === 'accelerate-zero3-init-stage').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(plugin);
      return plugin;
    };
    const stage2 = project({ '.git/HEAD': 'ref: refs/heads/main\n', 'scripts/run/accelerate_config.yaml': accelerate, 'scripts/run/zero2_config.json': zero(2) });
    expect(await run(stage2)).toEqual(['4:20 `zero3_init_flag` has no effect on ZeRO stage 2; Accelerate turns it off.']);
    expect(await run(project({ '.git/HEAD': 'ref: refs/heads/main\n', 'scripts/run/accelerate_config.yaml': accelerate, 'scripts/run/zero2_config.json': zero(3) }))).toEqual([]);
    // Six folders down, the top is still found, as the scripts' walk finds it.
    const deep = 'scripts/run/a/b/c/d/accelerate_config.yaml';
    expect(await run(project({ '.git/HEAD': 'ref: refs/heads/main\n', [deep]: accelerate, 'scripts/run/zero2_config.json': zero(2) }), deep)).toEqual(['4:20 `zero3_init_flag` has no effect on ZeRO stage 2; Accelerate turns it off.']);
    // Without a repository top the path resolves nowhere, and nothing is said.
    expect(await run(project({ 'scripts/run/accelerate_config.yaml': accelerate, 'scripts/run/zero2_config.json': zero(2) }))).toEqual([]);
  }, 60_000);
});
