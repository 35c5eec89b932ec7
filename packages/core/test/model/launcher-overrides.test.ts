import { describe, expect, it } from 'vitest';
import { launcherOverrides } from '../../src/model/launcher-overrides.js';

const overrides = (text: string): { file?: string; program?: string; keys: string[] }[] =>
  launcherOverrides(text).map((o) => ({ ...(o.file !== undefined ? { file: o.file } : {}), ...(o.program !== undefined ? { program: o.program } : {}), keys: [...o.keys.keys()] }));

describe('launcherOverrides', () => {
  it("reads the Hydra overrides a launcher passes with --config-name, across continued lines (FastHuBERT's finetune script)", () => {
    const script = 'export CUDA_VISIBLE_DEVICES=4\n\npython fairseq_cli/hydra_train.py \\\n-m \\\n--config-dir /mnt/lustre/me/FastHuBERT/config/finetune \\\n--config-name base_100h \\\n' +
      'common.user_dir=/mnt/lustre/me/FastHuBERT \\\ntask.labels=["wp"] \\\noptimization.lr=[0.00003] \\\noptimization.max_update=80000 \\\nlr_scheduler.warmup_steps=8000 \\\n';
    expect(overrides(script)).toEqual([{ file: 'finetune/base_100h.yaml', keys: ['common.user_dir', 'task.labels', 'optimization.lr', 'optimization.max_update', 'lr_scheduler.warmup_steps'] }]);
    expect(launcherOverrides(script)[0]!.keys.get('optimization.max_update')).toBe('optimization.max_update=80000');
  });

  it("takes Hydra's +, ++ and ~ forms, a config name with .yaml, and overrides before the options; not environment assignments or flags", () => {
    const script = 'CUDA_VISIBLE_DEVICES=0,1 fairseq-hydra-train task.data=${DATA} +model.extra=1 ++trainer.seed=3 ~model.optim.sched --config-dir conf/pretrain --config-name=large.yaml --verbose\n';
    expect(overrides(script)).toEqual([{ file: 'pretrain/large.yaml', keys: ['task.data', 'model.extra', 'trainer.seed', 'model.optim.sched'] }]);
  });

  it('names the file alone when the config folder is unknown or built from a variable, and skips comments and commands without overrides', () => {
    expect(overrides('python train.py -cn sft trainer.max_steps=100\n')).toEqual([{ file: 'sft.yaml', keys: ['trainer.max_steps'] }]);
    expect(overrides('python train.py --config-dir ${CONF} --config-name sft trainer.max_steps=100\n')).toEqual([{ file: 'sft.yaml', keys: ['trainer.max_steps'] }]);
    expect(overrides('# python train.py --config-name sft trainer.max_steps=100\npython train.py --config-name sft\n')).toEqual([]);
    expect(overrides('python train.py --config configs/sft.yaml --lr 1e-4\n')).toEqual([]);
  });

  it('reads hostile command lines to a plain answer: long paths, many commands, many `python` words', () => {
    expect(launcherOverrides(`python ${'a/'.repeat(100_000)} x=1\n`)).toEqual([]);
    expect(launcherOverrides('python a.py b=1\n'.repeat(10_000))).toHaveLength(10_000);
    expect(overrides(`${'python '.repeat(30_000)}a.py x=1\n`)).toEqual([{ program: 'a.py', keys: ['x'] }]);
  });

  it('reads a long line of repeated overrides and options', () => {
    const line = `python t.py --config-name x ${'a.b-c.d_e=1 '.repeat(20_000)}${'-cn '.repeat(20_000)}\n`;
    expect([...launcherOverrides(line)[0]!.keys.keys()]).toEqual(['a.b-c.d_e']);
  });

  it('names the script a command runs when it names no config, for the primary config its @hydra.main names', () => {
    const script = '#!/bin/bash\n# Schedule execution of many runs\npython src/train.py trainer.max_epochs=5 logger=csv\n' +
      'CUDA_VISIBLE_DEVICES=0 torchrun --nproc_per_node 2 src/train.py trainer.max_epochs=10 +trainer.devices=2\naccelerate launch --num_processes 2 "train.py" seed=3\n';
    expect(overrides(script)).toEqual([
      { program: 'train.py', keys: ['trainer.max_epochs', 'logger'] },
      { program: 'train.py', keys: ['trainer.max_epochs', 'trainer.devices'] },
      { program: 'train.py', keys: ['seed'] },
    ]);
    // Flags and their values, environment assignments and a command that runs no Python script are no overrides.
    expect(overrides('python -u train.py --lr=0.1 --epochs 5\nMODEL=x python train.py\necho done=1\n')).toEqual([]);
  });
});

