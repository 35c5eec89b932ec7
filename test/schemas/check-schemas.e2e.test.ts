/**
 * `mlconfig check` with schemas, end to end: the built CLI, a project whose settings map user schemas
 * (with a `$ref` to another local file) and a built-in schema to configs in YAML, JSON and TOML.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const PROJECT = join(FIXTURES_DIR, 'schemas', 'project');

interface JsonResult {
  readonly relativePath: string;
  readonly diagnostics: readonly { ruleId: string; line: number; column: number; message: string; path: string; explanation: string }[];
}

function check(...paths: string[]): { code: number | null; results: Map<string, string[]>; raw: JsonResult[]; stderr: string } {
  const run = runCli(['check', '-f', 'json', ...paths], { cwd: PROJECT });
  const raw = JSON.parse(run.stdout) as JsonResult[];
  const results = new Map(raw.map((r) => [r.relativePath, r.diagnostics.filter((d) => d.ruleId === 'schema-validation').map((d) => `${d.line}:${d.column} ${d.message}`)]));
  return { code: run.code, results, raw, stderr: run.stderr };
}

describe('mlconfig check with schemas', () => {
  it('reports each error of a user schema on the exact key or value, in YAML, JSON and TOML', () => {
    const { code, results } = check('configs/run.yaml', 'configs/run.json', 'configs/run.toml', 'configs/good.yaml');
    expect(code).toBe(0); // warnings only
    expect(results.get('configs/run.yaml')).toEqual([
      '2:16 `learning_rate` must be at most 0.01, not 0.1.',
      '3:8 `steps` must be an integer, not the string "1000".',
      '4:12 `scheduler` must be one of "linear", "cosine" or "constant_with_warmup", not the string "cosine_with_warmup".',
      '5:1 `optimizer` is missing the required key `name`.',
      '6:3 Unknown key `nme` in `optimizer` (did you mean `name`?).',
      '7:16 `optimizer.betas[1]` must be a number, not the string "high".',
    ]);
    expect(results.get('configs/run.json')).toEqual([
      '4:3 Unknown key `schedule` (did you mean `scheduler`?).',
      '5:26 `optimizer.name` must be one of "adamw" or "sgd", not the string "adam" (did you mean "adamw"?).',
    ]);
    expect(results.get('configs/run.toml')).toEqual(['2:9 `steps` must be an integer, not 10.5.', '6:9 `optimizer.betas` must have at least 2 items, not 1.']);
    expect(results.get('configs/good.yaml')).toEqual([]);
  });

  it('resolves `$ref`s into another local schema file and names the schema in explanations', () => {
    const { raw } = check('configs/run.yaml');
    const unknown = raw[0].diagnostics.find((d) => d.message.startsWith('Unknown key `nme`'))!;
    expect(unknown.path).toBe('/optimizer/nme');
    expect(unknown.explanation).toContain('The schema RunConfig (schemas/run.schema.json)');
  });

  it('validates a file mapped to a built-in schema (`mlconfig:deepspeed`) and skips "auto" placeholders', () => {
    const { results } = check('ds/ds_config.json');
    expect(results.get('ds/ds_config.json')).toEqual([
      '6:5 Unknown key `stage3_prefetch_bucket_sise` in `zero_optimization` (did you mean `stage3_prefetch_bucket_size`?).',
      '7:34 `zero_optimization.offload_param.device` must be one of "none", "cpu" or "nvme", not the string "gpu" (did you mean "cpu"?).',
      '9:24 `bf16.enabled` must be a boolean or "auto", not the string "false".',
    ]);
    const quotedFalse = check('ds/ds_config.json').raw[0]!.diagnostics.find((d) => d.path === '/bf16/enabled')!;
    expect(quotedFalse.explanation).toContain('Python takes any non-empty string as true');
  });

  it('reports a mapped schema that does not exist at line 1 of each file it applies to, and goes on', () => {
    const { code, results } = check('configs/broken-mapping.yaml', 'configs/good.yaml');
    expect(code).toBe(0);
    expect(results.get('configs/broken-mapping.yaml')).toEqual(['1:1 Schema could not be used: schemas/missing.schema.json: the file does not exist.']);
    expect(results.get('configs/good.yaml')).toEqual([]);
  });

  it('fails the run (exit 1) when the settings make the rule an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlconfig-schemas-'));
    try {
      cpSync(PROJECT, dir, { recursive: true });
      writeFileSync(join(dir, '.mlconfigrc.json'), JSON.stringify({ rules: { 'schema-validation': 'error' }, schemas: [{ files: 'configs/*', schema: 'schemas/run.schema.json' }] }));
      const failing = runCli(['check', 'configs/run.json'], { cwd: dir });
      expect(failing.code).toBe(1);
      expect(failing.stdout).toMatch(/configs\/run\.json:4:3 +error +Unknown key `schedule` \(did you mean `scheduler`\?\)\. +schema-validation/);
      expect(runCli(['check', 'configs/good.yaml'], { cwd: dir }).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
