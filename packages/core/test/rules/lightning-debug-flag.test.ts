import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';
import { lint } from '../../src/index.js';

const RULE = 'lightning-debug-flag';

/** The rule's findings on `text` read from `filePath`, which the rule looks at. */
function findingsAt(filePath: string, text: string) {
  return lint(text, { format: 'yaml', filePath, settings: { extends: [], rules: { [RULE]: 'warn' } } }).diagnostics.filter((d) => d.ruleId === RULE);
}

const SOLARFLOW = 'trainer:\n  _target_: pytorch_lightning.Trainer\n  max_epochs: 200\n  fast_dev_run: False\n  overfit_batches: 1\nmodel:\n  lr: 0.001\n';

describe(RULE, () => {
  it("flags `overfit_batches` left on in a Trainer Hydra builds (Solarflow's SwinLSTM config), on the value", () => {
    const d = findingsAt('configs/SwinLSTM.yaml', SOLARFLOW);
    expect(positions(d)).toEqual(['5:20']);
    expect(d[0]!.message).toBe('`overfit_batches` is 1: every epoch trains and validates on the same single batch.');
    expect(d[0]!.explanation).toMatch(/^`trainer\.overfit_batches` is 1\. /);
    expect(d[0]!.explanation).toMatch(/debug config\.$/);
    const fraction = findings(RULE, SOLARFLOW.replace('overfit_batches: 1', 'overfit_batches: 0.01'));
    expect(fraction.map((f) => f.message)).toEqual(['`overfit_batches` is 0.01: every epoch trains and validates on the same 1% of the training data.']);
  });

  it('flags `fast_dev_run` on, as true or as a number of batches, in LightningCLI and JSON too', () => {
    const cli = 'trainer:\n  max_epochs: 100\n  fast_dev_run: true\nmodel:\n  class_path: my.Model\n  init_args:\n    lr: 1e-3\n';
    const d = findings(RULE, cli);
    expect(positions(d)).toEqual(['3:17']);
    expect(d[0]!.message).toBe('`fast_dev_run` is on: the run stops after one batch and saves nothing.');
    expect(findings(RULE, cli.replace('fast_dev_run: true', 'fast_dev_run: 5')).map((f) => f.message)).toEqual(['`fast_dev_run` is on: the run stops after 5 batches and saves nothing.']);
    const json = '{"trainer": {"_target_": "lightning.pytorch.Trainer", "max_epochs": 10, "fast_dev_run": true}}';
    expect(positions(findings(RULE, json, 'json'))).toEqual(['1:89']);
  });

  it('stays quiet on the flags off, in debug configs, and outside a Lightning Trainer', () => {
    expect(findings(RULE, SOLARFLOW.replace('overfit_batches: 1', 'overfit_batches: 0.0'))).toEqual([]);
    expect(findings(RULE, 'trainer:\n  _target_: lightning.pytorch.Trainer\n  fast_dev_run: false\n  overfit_batches: 0\n')).toEqual([]);
    // lightning-hydra-template's debug group is where the flags belong.
    for (const filePath of ['configs/debug/overfit.yaml', 'configs/debug/fdr.yaml', 'configs__debug__overfit.yaml', 'configs/mode/debug.yaml', 'tests/configs/train.yaml', 'configs/smoke_test.yaml']) {
      expect(findingsAt(filePath, SOLARFLOW), filePath).toEqual([]);
    }
    // A folder far above the file (a checkout under ~/dev) says nothing about the file.
    expect(findingsAt('/home/me/dev/solarflow/configs/SwinLSTM.yaml', SOLARFLOW)).toHaveLength(1);
    // A program's own `training.fast_dev_run` switch is not Lightning's.
    expect(findings(RULE, 'training:\n  fast_dev_run: true\n  epochs: 10\n  lr: 1e-3\n')).toEqual([]);
  });
});
