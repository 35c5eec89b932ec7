import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { analysisOf } from '../document-helpers.js';

/** Deep-Equilibrium-BERT's `config-defaults.yaml`: every setting wrapped as `{description, value}`. */
const DEFAULTS = [
  'run_name:',
  '    description: wandb run name',
  "    value: 'test-run-1'",
  'output_dir:',
  '    description: output directory for saved models',
  "    value: './models'",
  'learning_rate:',
  '    description: peak learning rate',
  '    value: 1e-4',
  'num_train_epochs:',
  '    desc: epochs',
  '    value: 3',
  'per_device_train_batch_size:',
  '    value: 16',
  '',
].join('\n');

const rulesAt = (text: string, filePath: string): string[] =>
  lint(text, { format: 'yaml', filePath, settings: { extends: ['mlconfig:strict'] } }).diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column}`);

describe('W&B config files', () => {
  it('reads each setting as W&B hands it to the run: its `value`, at the setting\'s own path', () => {
    const a = analysisOf(DEFAULTS, 'yaml', { filePath: '/p/config-defaults.yaml' });
    const lr = a.fields.find((f) => f.concept === 'learning-rate')!;
    expect(lr.path).toEqual(['learning_rate']);
    expect(lr.value).toMatchObject({ kind: 'scalar', value: '1e-4', pointer: '/learning_rate' });
    expect(a.frameworks.map((f) => f.id)).toContain('hf-trainer');
  });

  it('checks the values, not the wrappers: no schema finding for a mapping, and `1e-4` at the value', () => {
    expect(rulesAt(DEFAULTS, '/p/config-defaults.yaml')).toEqual(['yaml-sci-notation-string 9:12']);
    // Any name, with two or more wrapped settings (`wandb.init(config="run.yaml")`), or a `wandb_version` key.
    expect(rulesAt(DEFAULTS, '/p/run.yaml')).toEqual(['yaml-sci-notation-string 9:12']);
    expect(rulesAt(`wandb_version: 1\n${DEFAULTS.split('\n').slice(6, 9).join('\n')}\n`, '/p/run.yaml')).toEqual(['yaml-sci-notation-string 4:12']);
  });

  it('leaves files alone that W&B would not unwrap: a setting without a wrapper, or one wrapped setting by another name', () => {
    const mixed = `${DEFAULTS}seed: 42\n`;
    expect(analysisOf(mixed, 'yaml', { filePath: '/p/config-defaults.yaml' }).fields.some((f) => f.name === 'value')).toBe(true);
    expect(analysisOf(DEFAULTS, 'yaml', { filePath: '/p/config-defaults.yaml' }).fields.some((f) => f.name === 'value')).toBe(false);
    const single = 'learning_rate:\n  value: 0.001\n  desc: the rate\n';
    expect(analysisOf(single, 'yaml', { filePath: '/p/search.yaml' }).fields.some((f) => f.name === 'value')).toBe(true);
    expect(analysisOf(single, 'yaml', { filePath: '/p/config-defaults.yaml' }).fields.some((f) => f.name === 'value')).toBe(false);
  });
});
