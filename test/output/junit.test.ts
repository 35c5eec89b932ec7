/** `--format junit`: well-formed XML with one suite per file and one case per finding. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { DEEPSPEED_JSON, HF_TRAIN_YAML, makeProject } from './project.js';

let project: ReturnType<typeof makeProject>;
beforeAll(() => {
  project = makeProject({
    'configs/train.yaml': HF_TRAIN_YAML,
    'ds.json': DEEPSPEED_JSON,
    'clean.yaml': 'learning_rate: 0.001\nnum_train_epochs: 2\nlr_scheduler_type: cosine\n',
    '.mlconfigrc.yaml': 'rules:\n  constant-schedule-ignores-warmup: info\n',
  });
});
afterAll(() => project.remove());

type Case = { '@_name': string; '@_classname': string; failure?: { '@_message': string; '@_type': string; '#text': string }; 'system-out'?: string };
type Suite = { '@_name': string; '@_tests': string; '@_failures': string; testcase: Case[] };

describe('junit format', () => {
  it('is well-formed XML with suites per file, failures for errors and warnings, and info as output', () => {
    const run = runCli(['check', '-f', 'junit', 'configs/train.yaml', 'ds.json', 'clean.yaml'], { cwd: project.dir });
    expect(run.code).toBe(1);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(run.stdout) as {
      testsuites: { '@_tests': string; '@_failures': string; testsuite: Suite[] };
    };
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => [s['@_name'], s['@_tests'], s['@_failures']])).toEqual([
      ['clean.yaml', '1', '0'],
      ['configs/train.yaml', '2', '1'],
      ['ds.json', '1', '1'],
    ]);
    expect(doc.testsuites['@_tests']).toBe('4');
    expect(doc.testsuites['@_failures']).toBe('2');
    const train = suites[1].testcase;
    expect(train[0]['@_name']).toBe('mlconfig.yaml-sci-notation-string');
    expect(train[0]['@_classname']).toBe('configs.train');
    expect(train[0].failure?.['@_type']).toBe('warning');
    expect(train[0].failure?.['@_message']).toBe('2e-5 is read as the string "2e-5" by PyYAML (YAML 1.1), not as a number.');
    expect(train[0].failure?.['#text']).toMatch(/^configs\/train\.yaml:2:16: warning: /);
    // The info finding passes, with its advice in system-out.
    expect(train[1].failure).toBeUndefined();
    expect(train[1]['system-out']).toMatch(/^configs\/train\.yaml:5:20: info: The `constant` schedule ignores/);
    expect(suites[2].testcase[0].failure?.['@_type']).toBe('error');
  });

  it('is a valid empty report when nothing is checked', () => {
    const empty = makeProject({ 'README.md': '# nothing\n' });
    try {
      const run = runCli(['check', '-f', 'junit'], { cwd: empty.dir });
      expect(run.code).toBe(0);
      expect(XMLValidator.validate(run.stdout)).toBe(true);
      expect(run.stdout).toContain('<testsuites name="mlconfig" tests="0" failures="0"');
    } finally {
      empty.remove();
    }
  });
});
