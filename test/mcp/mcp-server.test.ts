/**
 * End to end: starts the built `mlconfig mcp` as a child process and talks to it with the SDK's own
 * client over stdio, as an MCP client (an editor or a chat assistant) would.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BIN } from '../helpers/paths.js';

const BAD_TRAINING_YAML = [
  '# fine-tune',
  'learning_rate: 2e-5',
  'num_train_epochs: 3',
  'per_device_train_batch_size: 8',
  'lr_scheduler_type: constant',
  'warmup_steps: 100',
  '',
].join('\n');

interface Finding {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  message: string;
  explanation: string;
  fix?: string;
}
interface CheckResult {
  ok: boolean;
  summary: { files: number; errors: number; warnings: number; infos: number; fixable: number };
  files: { path: string; findings: Finding[] }[];
  fixedText?: string;
}

let dir: string;
let client: Client;
let transport: StdioClientTransport;
let stderr = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlconfig-mcp-'));
  writeFileSync(join(dir, 'train.yaml'), BAD_TRAINING_YAML);
  mkdirSync(join(dir, 'proj', 'configs'), { recursive: true });
  writeFileSync(join(dir, 'proj', 'configs', 'train.yaml'), BAD_TRAINING_YAML);
  writeFileSync(join(dir, 'proj', 'package.json'), '{"name": "proj", "private": true}\n');
  writeFileSync(join(dir, 'proj', '.mlconfigrc.yaml'), 'rules:\n  constant-schedule-ignores-warmup: "off"\n');
  transport = new StdioClientTransport({ command: process.execPath, args: [CLI_BIN, 'mcp'], cwd: dir, stderr: 'pipe', env: { ...process.env, NO_COLOR: '1' } as Record<string, string> });
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  client = new Client({ name: 'mlconfig-test', version: '1.0.0' });
  await client.connect(transport);
});

afterAll(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

function text(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
}

describe('mlconfig mcp over stdio', () => {
  it('identifies itself and lists its four read-only tools with input and output schemas', async () => {
    expect(client.getServerVersion()?.name).toBe('mlconfig');
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['check_config', 'classify_config', 'explain_rule', 'list_rules']);
    for (const tool of tools) {
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
      expect(tool.annotations?.destructiveHint, tool.name).toBe(false);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(tool.description?.length ?? 0, tool.name).toBeGreaterThan(40);
    }
    const check = tools.find((t) => t.name === 'check_config')!;
    expect(Object.keys(check.inputSchema.properties ?? {})).toEqual(expect.arrayContaining(['path', 'text', 'format', 'filename', 'preset']));
    expect((check.inputSchema.properties as Record<string, { enum?: string[] }>).format.enum).toEqual(['yaml', 'json', 'jsonc', 'toml']);
  });

  it('checks a config file by path and returns the expected findings at their positions', async () => {
    const result = await call('check_config', { path: join(dir, 'train.yaml') });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as unknown as CheckResult;
    expect(out.summary).toEqual({ files: 1, errors: 0, warnings: 2, infos: 0, fixable: 1 });
    const findings = out.files[0].findings.map((f) => [f.ruleId, f.line, f.column]);
    expect(findings).toEqual([
      ['yaml-sci-notation-string', 2, 16],
      ['constant-schedule-ignores-warmup', 5, 20],
    ]);
    expect(out.files[0].path).toBe(join(dir, 'train.yaml'));
    expect(out.files[0].findings[0].fix).toBe('Write 2.0e-5');
    expect(out.files[0].findings[0].explanation).toMatch(/PyYAML/);
    // The readable text is the markdown report, with explanations.
    expect(text(result)).toContain('line 2, column 16');
    expect(text(result)).toContain('yaml-sci-notation-string');
  });

  it("checks a folder with the project's own settings", async () => {
    const result = await call('check_config', { path: join(dir, 'proj') });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as unknown as CheckResult;
    // package.json is not a training config; the settings turn the schedule rule off.
    expect(out.files.map((f) => f.path)).toEqual([join(dir, 'proj', 'configs', 'train.yaml')]);
    expect(out.files[0].findings.map((f) => f.ruleId)).toEqual(['yaml-sci-notation-string']);
    expect(text(result)).toContain('### `proj/configs/train.yaml` (1 warning)');
  });

  it('checks config text with its format and returns the automatically fixed text', async () => {
    const result = await call('check_config', { text: 'train_micro_batch_size_per_gpu: 4\nlearning_rate: 3e-4\nweight_decay: 1e-2\n', format: 'yaml' });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as unknown as CheckResult;
    expect(out.files[0].findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['yaml-sci-notation-string', 2],
      ['yaml-sci-notation-string', 3],
    ]);
    expect(out.fixedText).toBe('train_micro_batch_size_per_gpu: 4\nlearning_rate: 3.0e-4\nweight_decay: 1.0e-2\n');
  });

  it('validates against the built-in schemas as mlconfig check does, for a file and for text', async () => {
    const ds = '{\n  "train_batch_size": 32,\n  "train_micro_batch_size_per_gpu": 4,\n  "gradient_accumulation_steps": 8,\n  "scheduler": {\n    "type": "WarmupDecayLR",\n    "params": { "warmup_num_steps": 100, "total_num_steps": 1000, "warmup_type": "cosine" }\n  }\n}\n';
    writeFileSync(join(dir, 'ds_config.json'), ds);
    const schemaFindings = (r: CallToolResult): [string, number, number][] =>
      (r.structuredContent as unknown as CheckResult).files[0].findings.filter((f) => f.ruleId === 'schema-validation').map((f) => [f.ruleId, f.line, f.column]);
    const byPath = await call('check_config', { path: join(dir, 'ds_config.json') });
    expect(schemaFindings(byPath)).toEqual([['schema-validation', 7, 82]]);
    const byText = await call('check_config', { text: ds, format: 'json', filename: 'ds_config.json' });
    expect(schemaFindings(byText)).toEqual([['schema-validation', 7, 82]]);
    const cli = spawnSync(process.execPath, [CLI_BIN, 'check', '--format', 'json', 'ds_config.json'], { cwd: dir, encoding: 'utf8' });
    const cliFindings = (JSON.parse(cli.stdout) as { diagnostics: { ruleId: string; line: number; column: number }[] }[])[0]!.diagnostics.filter((d) => d.ruleId === 'schema-validation');
    expect(cliFindings.map((d) => [d.ruleId, d.line, d.column])).toEqual([['schema-validation', 7, 82]]);
  });

  it('reports a syntax error in text as a positioned parse-error finding, not a failure', async () => {
    const result = await call('check_config', { text: '{"learning_rate": 0.1,, "epochs": 3}', format: 'json' });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as unknown as CheckResult;
    expect(out.ok).toBe(false);
    expect(out.files[0].findings[0]).toMatchObject({ ruleId: 'parse-error', severity: 'error', line: 1, column: 23 });
  });

  it('answers malformed input with isError results and keeps serving', async () => {
    const neither = await call('check_config', {});
    expect(neither.isError).toBe(true);
    expect(text(neither)).toMatch(/exactly one of `path`.*or `text`/);

    const noFormat = await call('check_config', { text: 'lr: 0.1\n' });
    expect(noFormat.isError).toBe(true);
    expect(text(noFormat)).toMatch(/format/);

    const badEnum = await call('check_config', { text: 'lr: 0.1', format: 'xml' });
    expect(badEnum.isError).toBe(true);
    expect(text(badEnum)).toMatch(/format/);

    const missing = await call('check_config', { path: join(dir, 'nope.yaml') });
    expect(missing.isError).toBe(true);
    expect(text(missing)).toContain('No file or folder at');

    const unsupported = await call('classify_config', { path: CLI_BIN });
    expect(unsupported.isError).toBe(true);
    expect(text(unsupported)).toMatch(/unsupported file type \.cjs/);

    const unknownRule = await call('explain_rule', { ruleId: 'warmup-longer-then-run' });
    expect(unknownRule.isError).toBe(true);
    expect(text(unknownRule)).toMatch(/Unknown rule "warmup-longer-then-run"\. Did you mean "warmup-longer-than-run"/);

    // Still alive and answering.
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(4);
  });

  it('classifies fields into hyperparameters and learned parameters', async () => {
    const result = await call('classify_config', { text: 'learning_rate: 0.001\nbatch_size: 32\ncoef_: [[0.1, 0.2], [0.3, 0.4]]\n', format: 'yaml' });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as { fields: { path: string; kind: string; concept?: string; line: number }[]; counts: Record<string, number> };
    expect(out.fields.map((f) => [f.path, f.kind, f.line])).toEqual([
      ['learning_rate', 'hyperparameter', 1],
      ['batch_size', 'hyperparameter', 2],
      ['coef_', 'learned-parameter', 3],
    ]);
    expect(out.counts).toMatchObject({ hyperparameters: 2, learnedParameters: 1 });
    // Text that does not parse is a tool error that says where, as `mlconfig classify` does.
    const broken = await call('classify_config', { text: 'model:\n  name: "unclosed\nlr: 0.1\n', format: 'yaml' });
    expect(broken.isError).toBe(true);
    expect(text(broken)).toMatch(/^\(text\.yaml\) could not be parsed at line \d+, column \d+: [^.]+[^.]\. check_config reports it as a parse-error finding\.$/);
  });

  it('lists and explains rules', async () => {
    const all = (await call('list_rules', {})).structuredContent as { rules: { id: string; presets: string[]; fixable: boolean }[] };
    expect(all.rules.length).toBeGreaterThan(10);
    expect(all.rules.find((r) => r.id === 'yaml-sci-notation-string')?.fixable).toBe(true);
    const strictOnly = (await call('list_rules', { preset: 'recommended' })).structuredContent as { rules: { presets: string[] }[] };
    expect(strictOnly.rules.every((r) => r.presets.includes('recommended'))).toBe(true);
    expect(strictOnly.rules.length).toBeLessThan(all.rules.length + 1);

    const explained = await call('explain_rule', { ruleId: 'yaml-sci-notation-string' });
    expect(explained.isError).toBeFalsy();
    expect(explained.structuredContent).toMatchObject({ id: 'yaml-sci-notation-string', severity: 'warn', fixable: true });
    expect(text(explained)).toMatch(/PyYAML/);
  });

  it('logs only on stderr and exits cleanly when stdin closes', async () => {
    expect(stderr).toContain('mlconfig mcp: ready on stdio');
    const pid = transport.pid;
    expect(pid).toBeTypeOf('number');
    await client.close();
    // The transport closes stdin; the server must exit by itself.
    const gone = await waitFor(() => !alive(pid!), 10_000);
    expect(gone).toBe(true);
    expect(stderr).toContain('stdin closed; shutting down');
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(test: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return test();
}
