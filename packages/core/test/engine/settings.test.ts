import { describe, expect, it } from 'vitest';
import { RULES, SettingsError, lint, matchesAny, presetRules, resolveFileSettings, type MlconfigSettings } from '../../src/index.js';

const resolve = (settings: MlconfigSettings | undefined, path?: string) => resolveFileSettings(settings, path, RULES);

/** What `fn` throws, as a SettingsError. */
function settingsError(fn: () => unknown): SettingsError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(SettingsError);
    return err as SettingsError;
  }
  throw new Error('expected a SettingsError');
}

describe('presets and extends', () => {
  it('uses the recommended preset when settings say nothing', () => {
    const rules = resolve(undefined).rules;
    const recommended = RULES.filter((r) => r.presets.includes('recommended')).map((r) => r.id);
    expect([...rules.keys()].sort()).toEqual([...recommended].sort());
    expect(rules.has('epochs-and-max-steps')).toBe(false); // info-level advice is strict-only
    expect(rules.get('dropout-range')).toEqual({ severity: 'error', options: {} });
  });

  it('enables every rule with strict, at its default severity and options', () => {
    const rules = resolve({ extends: 'strict' }).rules;
    expect(rules.size).toBe(RULES.length);
    expect(rules.get('epochs-and-max-steps')?.severity).toBe('info');
    expect(rules.get('lr-without-schedule')).toEqual({ severity: 'warn', options: { adaptiveThreshold: 3e-3, sgdThresholdPer256: 0.1, unknownThreshold: 0.1 } });
  });

  it('accepts a list of presets and the mlconfig: / plugin:mlconfig/ prefixes', () => {
    expect(resolve({ extends: ['recommended', 'mlconfig:strict'] }).rules.size).toBe(RULES.length);
    expect(resolve({ extends: 'plugin:mlconfig/strict' }).rules.size).toBe(RULES.length);
  });

  it('enables nothing with an empty extends list', () => {
    expect(resolve({ extends: [] }).rules.size).toBe(0);
  });

  it('names the setting when a preset does not exist', () => {
    const single = settingsError(() => resolve({ extends: 'recomended' }));
    expect(single.setting).toBe('extends');
    expect(single.message).toBe('Invalid setting `extends`: expected one of "recommended", "strict".');
    expect(settingsError(() => resolve({ extends: ['strict', 'all'] })).setting).toBe('extends[1]');
  });

  it('lists the rules of a preset', () => {
    const strict = presetRules('strict', RULES);
    expect(strict.size).toBe(RULES.length);
    for (const [, cfg] of presetRules('recommended', RULES)) expect(cfg.severity).not.toBe('info');
  });
});

describe('rules: severities and options', () => {
  it('changes a severity, turns a rule off, and turns on one the preset leaves out', () => {
    const rules = resolve({ rules: { 'dropout-range': 'warn', 'duplicate-key': 'off', 'epochs-and-max-steps': 'warn' } }).rules;
    expect(rules.get('dropout-range')?.severity).toBe('warn');
    expect(rules.has('duplicate-key')).toBe(false);
    expect(rules.get('epochs-and-max-steps')?.severity).toBe('warn');
  });

  it('takes [severity, options] and merges the options over the defaults', () => {
    const rules = resolve({ rules: { 'lr-without-schedule': ['error', { adaptiveThreshold: 0.01 }], 'batch-triad': ['warn'] } }).rules;
    expect(rules.get('lr-without-schedule')).toEqual({ severity: 'error', options: { adaptiveThreshold: 0.01, sgdThresholdPer256: 0.1, unknownThreshold: 0.1 } });
    expect(rules.get('batch-triad')).toEqual({ severity: 'warn', options: {} });
  });

  it('names the setting for an unknown rule or a bad severity', () => {
    const unknown = settingsError(() => resolve({ rules: { 'lr-range': 'error' } }));
    expect(unknown.setting).toBe('rules.lr-range');
    expect(unknown.message).toBe('Invalid setting `rules.lr-range`: expected the id of an mlconfig rule (see `mlconfig rules`).');
    const severity = settingsError(() => resolve({ rules: { 'dropout-range': 'fatal' as never } }));
    expect(severity.setting).toBe('rules.dropout-range');
    expect(severity.expected).toMatch(/"off", "info", "warn" or "error"/);
    expect(settingsError(() => resolve({ loader: 'ruamel' as never })).setting).toBe('loader');
  });

  it('carries frameworks, loader and world size to the file settings', () => {
    const fs = resolve({ frameworks: ['deepspeed'], loader: 'omegaconf', worldSize: 8 });
    expect([fs.frameworks, fs.loader, fs.worldSize]).toEqual([['deepspeed'], 'omegaconf', 8]);
  });
});

describe('overrides by glob', () => {
  const settings: MlconfigSettings = {
    rules: { 'dropout-range': 'warn' },
    overrides: [
      { files: 'configs/sweeps/**', rules: { 'dropout-range': 'off' } },
      { files: ['*.json'], ignores: ['legacy/**'], rules: { 'batch-triad': ['warn', { worldSize: 4 }] }, frameworks: ['deepspeed'] },
      { files: 'configs/hydra/*.yaml', loader: 'omegaconf', rules: { 'epochs-and-max-steps': 'error' } },
    ],
  };

  it('applies the overrides whose files match, in order, after the top-level rules', () => {
    expect(resolve(settings, 'configs/sweeps/a/run.yaml').rules.has('dropout-range')).toBe(false);
    expect(resolve(settings, 'configs/train.yaml').rules.get('dropout-range')?.severity).toBe('warn');
    const ds = resolve(settings, 'deepspeed/zero3.json');
    expect(ds.rules.get('batch-triad')).toEqual({ severity: 'warn', options: { worldSize: 4 } });
    expect(ds.frameworks).toEqual(['deepspeed']);
    const hydra = resolve(settings, 'configs/hydra/model.yaml');
    expect([hydra.loader, hydra.rules.get('epochs-and-max-steps')?.severity]).toEqual(['omegaconf', 'error']);
  });

  it('matches globs without a slash against the base name, and respects an override\'s ignores', () => {
    expect(resolve(settings, 'a/b/c/ds.json').frameworks).toEqual(['deepspeed']);
    expect(resolve(settings, 'legacy/ds.json').frameworks).toEqual([]);
  });

  it('ignores overrides when the file path is not known', () => {
    expect(resolve(settings).rules.get('batch-triad')?.options).toEqual({});
  });

  it('names the override when one sets an unknown rule', () => {
    const err = settingsError(() => resolve({ overrides: [{ files: '*.yaml', rules: { nope: 'warn' } }] }, 'a.yaml'));
    expect(err.setting).toBe('overrides[0].rules.nope');
  });

  it('matches paths the way gitignore-like globs do', () => {
    expect(matchesAny('configs/a.yaml', ['*.yaml'])).toBe(true);
    expect(matchesAny('configs/a.yaml', ['configs/*.yaml'])).toBe(true);
    expect(matchesAny('configs/deep/a.yaml', ['configs/*.yaml'])).toBe(false);
    expect(matchesAny('.hidden/a.yaml', ['**/*.yaml'])).toBe(true);
    expect(matchesAny('a.yml', ['*.yaml'])).toBe(false);
  });
});

describe('settings through lint()', () => {
  const text = 'hidden_dropout_prob: 1.5\nnum_train_epochs: 3\nmax_steps: 100\nper_device_train_batch_size: 8\n';

  it('reports with the configured severity, and only enabled rules', () => {
    const rec = lint(text, { format: 'yaml', filePath: 'a.yaml' });
    expect(rec.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['dropout-range', 'error']]);
    const strict = lint(text, { format: 'yaml', filePath: 'a.yaml', settings: { extends: 'strict', rules: { 'dropout-range': 'warn' } } });
    expect(strict.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['dropout-range', 'warn'],
      ['epochs-and-max-steps', 'info'],
    ]);
  });

  it('applies an override for the file being linted', () => {
    const settings: MlconfigSettings = { overrides: [{ files: 'sweeps/**', rules: { 'dropout-range': 'off' } }] };
    expect(lint(text, { format: 'yaml', filePath: 'sweeps/x.yaml', settings }).diagnostics).toEqual([]);
    expect(lint(text, { format: 'yaml', filePath: 'train/x.yaml', settings }).diagnostics).toHaveLength(1);
  });

  it('throws the SettingsError for invalid settings (a usage error, not a file problem)', () => {
    expect(() => lint(text, { format: 'yaml', settings: { rules: { 'no-such-rule': 'warn' } } })).toThrow(SettingsError);
  });
});
