/**
 * The plugin as users configure it: the flat-config presets, eslint-disable comments through each
 * language's own directive support, `--fix`, eslint-plugin-yml's rules on the same file, training-
 * config detection, rule metadata, and mlconfig/parse-error. Real ESLint runs (the ESLint class).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';
import yml from 'eslint-plugin-yml';
import { afterAll, describe, expect, it } from 'vitest';
import { docsUrl, lint, RULES } from '@mlconfig/core';
import mlconfig from 'eslint-plugin-mlconfig';
import { toEslintRule } from '../../packages/eslint-plugin/src/rule-factory.js';

const cwd = mkdtempSync(join(tmpdir(), 'mlconfig-presets-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

type Config = Linter.Config;
const recommended = mlconfig.configs.recommended as unknown as Config[];
const strict = mlconfig.configs.strict as unknown as Config[];

async function lintText(text: string, filePath: string, config: Config[] = recommended, fix = false): Promise<ESLint.LintResult> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, fix });
  const [result] = await eslint.lintText(text, { filePath });
  return result;
}

const brief = (r: ESLint.LintResult): string[] => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);

const HF_YAML = 'per_device_train_batch_size: 8\nnum_train_epochs: 3\nlearning_rate: -1.0e-4\n';

describe('presets', () => {
  it('set the language of each format, YAML read as 1.1, TS through typescript-eslint', () => {
    const blocks = recommended.map((c) => [c.name, c.files, c.language ?? null]);
    expect(blocks).toEqual([
      ['mlconfig/recommended/yaml', ['**/*.yaml', '**/*.yml'], 'yml/yaml'],
      ['mlconfig/recommended/json', ['**/*.json'], 'json/json'],
      ['mlconfig/recommended/jsonc', ['**/*.jsonc'], 'json/jsonc'],
      ['mlconfig/recommended/json5', ['**/*.json5'], 'json/json5'],
      ['mlconfig/recommended/toml', ['**/*.toml'], 'toml/toml'],
      ['mlconfig/recommended/js', ['**/*.js', '**/*.mjs', '**/*.cjs'], null],
      ['mlconfig/recommended/ts', ['**/*.ts', '**/*.mts', '**/*.cts'], null],
    ]);
    expect(recommended[0].languageOptions).toEqual({ parserOptions: { defaultYAMLVersion: '1.1' } });
    expect((recommended[6].languageOptions as { parser?: { parseForESLint?: unknown } }).parser?.parseForESLint).toBeTypeOf('function');
    for (const block of recommended) expect(block.ignores).toContain('**/package-lock.json');
  });

  it('recommended holds errors and warnings of the recommended preset; strict holds every rule', () => {
    const ids = (c: Config): string[] => Object.keys(c.rules ?? {}).sort();
    expect(ids(recommended[0])).toEqual(['mlconfig/parse-error', ...RULES.filter((r) => r.presets.includes('recommended')).map((r) => `mlconfig/${r.id}`)].sort());
    expect(ids(strict[0])).toEqual(['mlconfig/parse-error', ...RULES.map((r) => `mlconfig/${r.id}`)].sort());
    for (const r of RULES) expect(strict[0].rules?.[`mlconfig/${r.id}`], r.id).toBe(r.severity === 'error' ? 'error' : 'warn');
  });

  it('lint YAML, JSON, TOML and TS configs through the preset', async () => {
    expect(brief(await lintText(HF_YAML, 'configs/train.yaml'))).toEqual(['3:16 mlconfig/lr-non-negative']);
    expect(brief(await lintText('{"optimizer": {"lr": -0.1}, "epochs": 3}\n', 'ds.json'))).toEqual(['1:22 mlconfig/lr-non-negative']);
    expect(brief(await lintText('epochs = 3\n[optimizer]\nlr = -0.1\n', 'train.toml'))).toEqual(['3:6 mlconfig/lr-non-negative']);
    expect(brief(await lintText('export default { optimizer: { lr: -0.1 }, epochs: 3 } as const;\n', 'train.config.ts'))).toEqual(['1:35 mlconfig/lr-non-negative']);
  });

  it('skip files that do not look like training configs, unless told otherwise', async () => {
    const workflow = 'name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    lr: -2\n';
    expect(brief(await lintText(workflow, 'ci.yaml'))).toEqual([]);
    const everything = recommended.map((c) => ({ ...c, settings: { mlconfig: { onlyTrainingConfigs: false } } }));
    // Checked as a config read by PyYAML, the workflow's `on:` key is the boolean True (yaml11-boolean-string).
    expect(brief(await lintText(workflow, 'ci.yaml', everything))).toEqual(['2:1 mlconfig/yaml11-boolean-string', '6:9 mlconfig/lr-non-negative']);
  });

  it('ignore the run records that W&B, Hydra and Lightning write, as `mlconfig check` does when it walks', async () => {
    for (const path of ['wandb/run-20240501_120000-abc123/files/config.yaml', 'outputs/2024-05-01/12-00-00/.hydra/config.yaml', 'lightning_logs/version_0/hparams.yaml']) {
      const result = await lintText(HF_YAML, path);
      expect(result.messages.map((m) => m.ruleId), path).toEqual([null]);
      expect(result.messages[0]?.message, path).toMatch(/ignored/i);
    }
    expect(brief(await lintText(HF_YAML, 'experiments/run-1/config.yaml'))).toEqual(['3:16 mlconfig/lr-non-negative']);
  });
});

describe('in ESLint', () => {
  it('obeys eslint-disable comments in YAML, TOML and JSONC', async () => {
    const yaml = 'num_train_epochs: 3\n# eslint-disable-next-line mlconfig/lr-non-negative\nlearning_rate: -0.1\nweight_decay: -1\n';
    expect(brief(await lintText(yaml, 'a.yaml'))).toEqual(['4:15 mlconfig/weight-decay-non-negative']);
    const toml = 'epochs = 3\nlr = -0.1 # eslint-disable-line mlconfig/lr-non-negative\nweight_decay = -1\n';
    expect(brief(await lintText(toml, 'a.toml'))).toEqual(['3:16 mlconfig/weight-decay-non-negative']);
    const jsonc = '{\n  "epochs": 3,\n  // eslint-disable-next-line mlconfig/lr-non-negative\n  "lr": -0.1,\n  "weight_decay": -1\n}\n';
    expect(brief(await lintText(jsonc, 'a.jsonc'))).toEqual(['5:19 mlconfig/weight-decay-non-negative']);
  });

  it('applies core fixes with --fix, as mlconfig check computes them', async () => {
    const text = 'optimizer:\n  type: adamw\n  lr: 1e-4  # peak\n  weight_decay: 5E-2\nnum_train_epochs: 3\n';
    const result = await lintText(text, 'train.yaml', recommended, true);
    expect(result.output).toBe('optimizer:\n  type: adamw\n  lr: 1.0e-4  # peak\n  weight_decay: 5.0E-2\nnum_train_epochs: 3\n');
    const core = lint(text, { format: 'yaml', filePath: 'train.yaml' });
    expect(core.diagnostics.flatMap((d) => d.fix?.edits.map((e) => e.text) ?? [])).toEqual(['1.0e-4', '5.0E-2']);
  });

  it('runs next to eslint-plugin-yml rules on the same file', async () => {
    const both = [...(yml.configs['flat/recommended'] as Config[]), ...recommended];
    const result = await lintText('num_train_epochs: 3\nlearning_rate: -0.1\nempty:\n', 'train.yaml', both);
    expect(brief(result)).toEqual(['2:16 mlconfig/lr-non-negative', '3:1 yml/no-empty-mapping-value']);
  });

  it('reports what stops mlconfig reading a file as mlconfig/parse-error, where mlconfig check does', async () => {
    const lines = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd']]) lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    lines.push('learning_rate: 0.1', 'num_train_epochs: 3', '');
    const text = lines.join('\n');
    const result = await lintText(text, 'bomb.yaml', recommended.map((c) => ({ ...c, settings: {} })));
    const cli = lint(text, { format: 'yaml', filePath: 'bomb.yaml' }).diagnostics;
    expect(cli.map((d) => [d.ruleId, d.message])).toEqual([['parse-error', expect.stringMatching(/^Alias expansion stopped after 100000 nodes/)]]);
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.message])).toEqual([['mlconfig/parse-error', cli[0].line, cli[0].column, cli[0].endLine, cli[0].endColumn, cli[0].message]]);
  });

  it('reports each finding through its own rule, whichever rules of the file are on', async () => {
    // One rule per file runs the whole batch through the engine: its findings must still carry each
    // rule's id and severity, and turning that rule off inline must not silence the others.
    const text = 'num_train_epochs: 3\nlearning_rate: -0.1\nweight_decay: -1\n';
    const two = [{ files: ['**/*.yaml'], plugins: { mlconfig, yml }, language: 'yml/yaml', rules: { 'mlconfig/lr-non-negative': 'error', 'mlconfig/weight-decay-non-negative': 'warn' } }] as unknown as Config[];
    const severities = (r: ESLint.LintResult): string[] => r.messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`);
    expect(severities(await lintText(text, 'a.yaml', two))).toEqual(['2 mlconfig/lr-non-negative 2', '3 mlconfig/weight-decay-non-negative 1']);
    expect(severities(await lintText(`# eslint mlconfig/lr-non-negative: off\n${text}`, 'a.yaml', two))).toEqual(['4 mlconfig/weight-decay-non-negative 1']);
    expect(severities(await lintText(`# eslint mlconfig/weight-decay-non-negative: off\n${text}`, 'a.yaml', two))).toEqual(['3 mlconfig/lr-non-negative 2']);
  });

  it('reports a rule that fails on a file under that rule, as mlconfig check reports rule-failure', async () => {
    const real = RULES.find((r) => r.id === 'lr-non-negative')!;
    const broken = { ...real, id: 'broken-rule', check: (): void => { throw new Error('boom'); } };
    const plugin = { rules: { 'broken-rule': toEslintRule(broken), 'lr-non-negative': toEslintRule(real) } };
    const config = [{ files: ['**/*.yaml'], plugins: { t: plugin, yml }, language: 'yml/yaml', rules: { 't/broken-rule': 'warn', 't/lr-non-negative': 'error' } }] as unknown as Config[];
    const result = await lintText(HF_YAML, 'a.yaml', config);
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity} ${m.message}`)).toEqual([
      '1:1 t/broken-rule 1 Rule broken-rule failed on this file: boom.',
      '3:16 t/lr-non-negative 2 Learning rate -0.0001 is negative.',
    ]);
  });

  it('reports the same findings when Linter verifies one SourceCode twice', () => {
    const linter = new Linter({ configType: 'flat', cwd });
    const first = linter.verify(HF_YAML, recommended, 'train.yaml');
    expect(first.map((m) => m.ruleId)).toEqual(['mlconfig/lr-non-negative']);
    const again = linter.verify(linter.getSourceCode() as never, recommended, 'train.yaml');
    expect(again).toEqual(first);
  });

  it('gives each rule metadata: docs URL docs/rules/<id>.md, type, languages, fixable and suggestions as core declares', () => {
    for (const r of RULES) {
      const meta = mlconfig.rules[r.id].meta;
      expect(meta.docs?.url, r.id).toBe(docsUrl(r.id));
      expect(meta.docs?.url).toMatch(new RegExp(`/docs/rules/${r.id}\\.md$`));
      expect(meta.docs?.description).toBe(r.description);
      expect(meta.fixable === 'code').toBe(r.fixable === true);
      expect(meta.hasSuggestions === true).toBe(r.hasSuggestions === true);
    }
  });

  it('refuses invalid options and settings with a clear message', async () => {
    const bad = [{ files: ['**/*.yaml'], plugins: { mlconfig, yml }, language: 'yml/yaml', rules: { 'mlconfig/lr-without-schedule': ['warn', { adaptiveThreshold: -1 }] } }] as unknown as Config[];
    await expect(lintText(HF_YAML, 'a.yaml', bad)).rejects.toThrow(/lr-without-schedule/);
    const badSettings = recommended.map((c) => ({ ...c, settings: { mlconfig: { loader: 'ruamel' } } }));
    await expect(lintText(HF_YAML, 'a.yaml', badSettings)).rejects.toThrow(/settings\.mlconfig\.loader` must be one of pyyaml/);
  });
});
