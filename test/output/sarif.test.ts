/**
 * `--format sarif`: the report validates against the published SARIF 2.1.0 schema (bundled in
 * fixtures/output, see SOURCES.md there) and carries what GitHub code scanning requires.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { BROKEN_JSON, DEEPSPEED_JSON, HF_TRAIN_YAML, makeProject } from './project.js';

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }[] } };
    columnKind: string;
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

// A flow mapping with two astral characters before the value: SARIF columns count UTF-16 code units.
const EMOJI_YAML = '{name: "😀😀", learning_rate: 2e-5, num_train_epochs: 3, per_device_train_batch_size: 8}\n';

let project: ReturnType<typeof makeProject>;
let log: SarifLog;
let code: number | null;

beforeAll(() => {
  project = makeProject({ 'configs/train.yaml': HF_TRAIN_YAML, 'ds config.json': DEEPSPEED_JSON, 'broken.json': BROKEN_JSON, 'emoji.yaml': EMOJI_YAML });
  const run = runCli(['check', '--format', 'sarif', 'configs/train.yaml', 'ds config.json', 'broken.json', 'emoji.yaml'], { cwd: project.dir });
  code = run.code;
  expect(run.stderr).toBe('');
  log = JSON.parse(run.stdout) as SarifLog;
});
afterAll(() => project.remove());

describe('sarif format', () => {
  it('is valid SARIF 2.1.0 according to the published schema', () => {
    const schema = JSON.parse(readFileSync(join(FIXTURES_DIR, 'output', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(code).toBe(1);
  });

  it('fails schema validation when a required property is missing (the validator really checks)', () => {
    const schema = JSON.parse(readFileSync(join(FIXTURES_DIR, 'output', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { tool?: unknown }[] };
    delete broken.runs[0].tool;
    expect(ajv.validate(schema, broken)).toBe(false);
  });

  it('has the properties GitHub code scanning requires, for every rule and result', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('mlconfig');
    expect(run.columnKind).toBe('utf16CodeUnits');
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length, rule.id).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length, rule.id).toBeGreaterThan(0);
      expect(rule.help.text.length, rule.id).toBeGreaterThan(0);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.tool.driver.rules.find((r) => r.id === 'yaml-sci-notation-string')?.helpUri).toMatch(/docs\/rules\/yaml-sci-notation-string\.md$/);
    // Findings that are not rules still have a descriptor, so ruleIndex always resolves.
    expect(run.tool.driver.rules.some((r) => r.id === 'parse-error')).toBe(true);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.message.text.length).toBeGreaterThan(0);
      expect(r.locations).toHaveLength(1);
      const region = r.locations[0].physicalLocation.region;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      expect(Object.keys(r.partialFingerprints)).toEqual(['mlconfigFinding/v1']);
    }
  });

  it('gives each result the same positions as the json report, with repository-relative URIs', () => {
    const json = JSON.parse(runCli(['check', '--format', 'json', 'configs/train.yaml', 'ds config.json', 'broken.json', 'emoji.yaml'], { cwd: project.dir }).stdout) as {
      relativePath: string;
      diagnostics: { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number }[];
    }[];
    const fromJson = json.flatMap((f) => f.diagnostics.map((d) => [encodeURI(f.relativePath), d.ruleId, d.severity === 'warn' ? 'warning' : d.severity, d.line, d.column, d.endLine, d.endColumn]));
    const fromSarif = log.runs[0].results.map((r) => {
      const loc = r.locations[0].physicalLocation;
      return [loc.artifactLocation.uri, r.ruleId, r.level, loc.region.startLine, loc.region.startColumn, loc.region.endLine, loc.region.endColumn];
    });
    expect(fromSarif).toEqual(fromJson);
    expect(fromSarif.length).toBe(5); // 2 in train.yaml, 1 each in the others
    for (const r of log.runs[0].results) expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(fromSarif.map((r) => r[0])).toContain('ds%20config.json');
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
  });

  it('counts columns in UTF-16 code units', () => {
    const r = log.runs[0].results.find((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'emoji.yaml')!;
    // `{name: "` (8) + two emoji (2 code units each) + `", learning_rate: ` (18) = 30 units before the value.
    expect(r.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 31, endLine: 1, endColumn: 35 });
  });

  it('keeps fingerprints stable when lines move', () => {
    const moved = makeProject({ 'configs/train.yaml': '# a new comment line\n' + HF_TRAIN_YAML });
    try {
      const again = JSON.parse(runCli(['check', '-f', 'sarif', 'configs/train.yaml'], { cwd: moved.dir }).stdout) as SarifLog;
      const before = log.runs[0].results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'configs/train.yaml');
      const after = again.runs[0].results;
      expect(after.map((r) => r.locations[0].physicalLocation.region.startLine)).toEqual(before.map((r) => r.locations[0].physicalLocation.region.startLine + 1));
      expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
    } finally {
      moved.remove();
    }
  });
});
