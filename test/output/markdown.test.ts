/** `--format markdown`: grouped by file, each finding with position, rule link, explanation and fix. */
import { describe, expect, it } from 'vitest';
import { codeSpan, inline } from '../../packages/cli/src/formatters/markdown.js';
import { runCli } from '../helpers/run-cli.js';
import { DEEPSPEED_JSON, HF_TRAIN_YAML, makeProject } from './project.js';

describe('markdown format', () => {
  it('groups findings by file with their explanation, fix and suggestions', () => {
    const project = makeProject({ 'configs/train.yaml': HF_TRAIN_YAML, 'ds.json': DEEPSPEED_JSON, 'clean.yaml': 'learning_rate: 0.001\nnum_train_epochs: 2\nlr_scheduler_type: cosine\n' });
    try {
      const run = runCli(['check', '-f', 'markdown', 'configs/train.yaml', 'ds.json', 'clean.yaml'], { cwd: project.dir });
      expect(run.code).toBe(1);
      const md = run.stdout;
      expect(md.startsWith('## mlconfig\n\n❌ 3 problems (1 error, 2 warnings, 0 infos) in 3 files checked.\n')).toBe(true);
      const headings = md.split('\n').filter((l) => l.startsWith('### '));
      expect(headings).toEqual(['### `configs/train.yaml` (2 warnings)', '### `ds.json` (1 error)']);
      expect(md).toContain(
        '1. **warning** · line 2, column 16 · [`yaml-sci-notation-string`](https://github.com/mlconfig/mlconfig/blob/main/docs/rules/yaml-sci-notation-string.md)\n' +
          '   **2e-5 is read as the string "2e-5" by PyYAML (YAML 1.1), not as a number.**\n\n' +
          '   `learning_rate` is written `2e-5`.',
      );
      expect(md).toContain('   **Fix:** Write 2.0e-5; `mlconfig check --fix` applies it.');
      expect(md).toContain('   **Suggested:** Use `constant_with_warmup` (not applied automatically: decide first).');
      expect(md).toContain('1. **error** · line 8, column 16 · [`fp16-bf16-exclusive`]');
      expect(md).not.toContain('clean.yaml');
      expect(md.trimEnd().split('\n').at(-1)).toBe('1 problem can be fixed automatically with `mlconfig check --fix`.');
      expect(md).not.toMatch(/\n\n\n/);
    } finally {
      project.remove();
    }
  });

  it('says so when there is nothing to report', () => {
    const project = makeProject({ 'clean.yaml': 'learning_rate: 0.001\nnum_train_epochs: 2\nlr_scheduler_type: cosine\n' });
    try {
      expect(runCli(['check', '-f', 'markdown', 'clean.yaml'], { cwd: project.dir }).stdout).toBe('## mlconfig\n\n✅ No problems found in 1 file.\n');
    } finally {
      project.remove();
    }
  });

  it('escapes text outside code spans so messages cannot become HTML or break the list', () => {
    expect(inline('a <b> *c* `<kept>` d_e [f] | g')).toBe('a &lt;b&gt; \\*c\\* `<kept>` d\\_e \\[f] \\| g');
    expect(codeSpan('has `tick` here')).toBe('``has `tick` here``');
    expect(codeSpan('`edge')).toBe('`` `edge ``');
  });
});
