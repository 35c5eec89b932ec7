import { describe, expect, it } from 'vitest';
import { LineIndex, PARSE_ERROR, RULES, RULE_FAILURE, defineRule, failedRuleOf, lint, lintDocument, parseConfig, type ConfigFormat, type Diagnostic } from '../../src/index.js';

/** Every diagnostic lies inside the text: 1-based, start before end, columns within their line. */
function expectInside(text: string, diagnostics: readonly Diagnostic[]): void {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const idx = new LineIndex(body);
  const lineLength = (line: number): number => {
    const start = idx.lineStarts[line - 1];
    const next = idx.lineStarts[line] ?? body.length;
    return body.slice(start, next).replace(/\r?\n$|\r$/, '').length;
  };
  for (const d of diagnostics) {
    expect(d.line, d.message).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(idx.lineCount);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeLessThanOrEqual(lineLength(d.line) + 1);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    expect(d.endLine).toBeLessThanOrEqual(idx.lineCount);
    if (d.endLine === d.line) expect(d.endColumn).toBeGreaterThanOrEqual(d.column);
    expect(d.range[0]).toBeLessThanOrEqual(d.range[1]);
    expect(d.range[1]).toBeLessThanOrEqual(body.length);
  }
}

const PROBLEMS = [
  'learning_rate: 0.01', // high for AdamW, below lr-too-high-for-optimizer's band (0.05), so lr-without-schedule reports it
  'lr_scheduler_type: constant',
  'warmup_ratio: 0.1',
  'warmup_steps: 50',
  'per_device_train_batch_size: 8',
  'num_train_epochs: 3',
  'max_steps: 20',
  'hidden_dropout_prob: 1.5',
  'weight_decay: -0.1',
  'adam_beta2: 1.0',
  'fp16: true',
  'bf16: true',
  'load_best_model_at_end: true',
  'adam_epsilon: 1e-8',
  'fp16: true',
  '',
].join('\n');

describe('lint()', () => {
  it('returns plain diagnostics with rule id, severity, one-sentence message, explanation, pointer, 1-based range and docs URL', () => {
    const result = lint(PROBLEMS, { format: 'yaml', filePath: 'train.yaml', settings: { extends: 'strict' } });
    expect(result.filePath).toBe('train.yaml');
    expect(result.format).toBe('yaml');
    expect(result.analysis?.frameworks[0].id).toBe('hf-trainer');
    const ids = result.diagnostics.map((d) => d.ruleId);
    for (const id of ['lr-without-schedule', 'constant-schedule-ignores-warmup', 'warmup-steps-ratio-exclusive', 'epochs-and-max-steps', 'dropout-range', 'weight-decay-non-negative', 'adam-betas-range', 'fp16-bf16-exclusive', 'load-best-needs-matching-strategies', 'yaml-sci-notation-string', 'duplicate-key']) {
      expect(ids, id).toContain(id);
    }
    for (const d of result.diagnostics) {
      expect(d.message, d.ruleId).toMatch(/^\S.*\.$/);
      expect(d.message.split(/\.\s+[A-Z]/).length, `${d.ruleId}: one sentence`).toBe(1);
      expect(d.explanation.length, d.ruleId).toBeGreaterThan(d.message.length);
      expect(d.explanation, d.ruleId).toMatch(/\.$/);
      expect(d.docsUrl).toBe(`https://github.com/mlconfig/mlconfig/blob/main/docs/rules/${d.ruleId}.md`);
      expect(d.path, d.ruleId).toMatch(/^(\/[^/]+)+$/);
      expect(['error', 'warn', 'info']).toContain(d.severity);
    }
    expectInside(PROBLEMS, result.diagnostics);
  });

  it('sorts diagnostics by position, then by rule id', () => {
    const result = lint(PROBLEMS, { format: 'yaml', settings: { extends: 'strict' } });
    const keys = result.diagnostics.map((d) => [d.range[0], d.range[1], d.ruleId] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
    expect(keys).toEqual(sorted);
    expect(result.diagnostics.length).toBeGreaterThan(5);
  });

  it('turns a parse failure into one positioned parse-error diagnostic, for every format', () => {
    const cases: [string, ConfigFormat, string][] = [
      ['lr: 0.1\nbetas: [0.9, 0.95\nname: x\n', 'yaml', '3:1'],
      ['lr: 0.1\nname: "open\n', 'yaml', '3:1'], // the quote runs to the end of the file, as PyYAML also says
      ['{"lr": 0.1,, "x": 1}', 'json', '1:12'],
      ['{"lr": 0.1 // c\n}', 'json', '1:12'],
      ['lr = \'open\n', 'toml', '1:11'],
    ];
    for (const [text, format, pos] of cases) {
      const result = lint(text, { format, settings: { extends: 'strict' } });
      expect(result.diagnostics.map((d) => d.ruleId), text).toEqual([PARSE_ERROR]);
      const [d] = result.diagnostics;
      expect(`${d.line}:${d.column}`, text).toBe(pos);
      expect(d.severity).toBe('error');
      expect(d.message).toMatch(/\.$/);
      expect(d.explanation).toContain(`as ${format.toUpperCase()}`);
      expect(result.analysis).toBeUndefined();
      expectInside(text, result.diagnostics);
    }
  });

  it('tells the user to check the rendered file when a JSON file is a template (LAFTR), instead of to fix the syntax', () => {
    const [d] = lint('{\n  "exp_name": "laftr",\n  "dirs": { {% include "dirs/local.json" %} }\n}\n', { format: 'json', settings: { extends: 'strict' } }).diagnostics;
    expect([d.ruleId, `${d.line}:${d.column}`, d.message]).toEqual([PARSE_ERROR, '3:13', 'Expected a property name in double quotes: `{%` starts a template tag.']);
    expect(d.explanation).toBe('mlconfig could not read this file as JSON, so no other rule ran on it. `{%` starts a Jinja template tag, which JSON does not have: the file is a template that is rendered before a program reads it. Check the rendered file instead, or list this one under `ignores`.');
  });

  it('says a file committed mid-merge holds a Git conflict, on its opening marker, in every format (HEQuant\'s imagenet.yml)', () => {
    const sides = (open: string) => ['lr: 0.01', `${open}`, 'min_lr: 1e-4', 'sched: cosine', '=======', 'min_lr: 1e-5', 'sched: step', '>>>>>>> 5a5a455', ''].join('\n');
    const cases: [string, 'yaml' | 'json' | 'toml', string][] = [
      [sides('<<<<<<< HEAD'), 'yaml', '2:1'],
      [sides('<<<<<<< HEAD').replace(/\n/g, '\r\n'), 'yaml', '2:1'],
      ['{\n  "lr": 0.1,\n<<<<<<< HEAD\n  "epochs": 10\n=======\n  "epochs": 20\n>>>>>>> feature\n}\n', 'json', '3:1'],
      ['lr = 0.1\n<<<<<<<\nepochs = 10\n=======\nepochs = 20\n>>>>>>>\n', 'toml', '2:1'],
    ];
    for (const [text, format, at] of cases) {
      const [d, ...rest] = lint(text, { format, settings: { extends: 'strict' } }).diagnostics;
      expect([d.ruleId, `${d.line}:${d.column}`, rest.length]).toEqual([PARSE_ERROR, at, 0]);
      expect(d.message).toMatch(/^`<<<<<<<(?: HEAD)?` opens an unresolved Git merge conflict\.$/);
      expect(d.explanation).toContain(`no ${format.toUpperCase()} reader can load it`);
    }
    // An error before the conflict is the file's own, and is reported as the parser says.
    const [d] = lint('lr: a: b\n<<<<<<< HEAD\na: 1\n=======\na: 2\n>>>>>>> x\n', { format: 'yaml', settings: { extends: [] } }).diagnostics;
    expect(d.message).not.toContain('merge conflict');
    // Git writes the closing marker too: a lone opening line is no conflict, and a long one is shortened in the message.
    expect(lint('a: 1\n<<<<<<< HEAD\nb: 2\n', { format: 'yaml', settings: { extends: [] } }).diagnostics[0].message).not.toContain('merge conflict');
    const long = lint(`a: 1\n<<<<<<< ${'x'.repeat(500)}\nb: 2\n=======\nb: 3\n>>>>>>> y\n`, { format: 'yaml', settings: { extends: [] } }).diagnostics[0];
    expect([long.message.length < 120, `${long.line}:${long.column}`, long.endColumn]).toEqual([true, '2:1', 509]);
  });

  it('reads an under-indented flow list as PyYAML does (SpeechBrain TIMIT transducer), and says so when the file has another error too', () => {
    expect(lint('model: !new:torch.nn.ModuleList\n  - [1,\n2]\n', { format: 'yaml', settings: { extends: [] } }).diagnostics).toEqual([]);
    const [d] = lint('model: !new:torch.nn.ModuleList\n  - [1,\n2]\nname: "open\n', { format: 'yaml', settings: { extends: [] } }).diagnostics;
    expect(d.ruleId).toBe(PARSE_ERROR);
    expect(d.explanation).toContain('PyYAML ignores indentation inside');
    expect(d.explanation).not.toContain('would fail here too');
    const [other] = lint('lr: 0.1\nname: "open\n', { format: 'yaml', settings: { extends: [] } }).diagnostics;
    expect(other.explanation).toContain('would fail here too');
  });

  it('reads commented JSON when the program strips comments (Coqui TTS), and keeps comments a parse error elsewhere', () => {
    const coqui = [
      '{',
      '  // AUDIO PARAMETERS',
      '  "run_name": "hifigan",',
      '  "run_description": "hifigan mean-var scaling",',
      '  "audio": {"fft_size": 1024, /* stft bins */ "num_mels": 80},',
      '  "text_cleaner": "english_cleaners",',
      '  "batch_size": 0,   // per GPU',
      '  "eval_batch_size": 0 // mlconfig-disable-line batch-size-positive',
      '}',
      '',
    ].join('\n');
    const found = lint(coqui, { format: 'json' });
    expect(found.analysis?.frameworks.map((f) => f.id)).toContain('coqui-tts');
    expect(found.diagnostics.map((d) => `${d.ruleId}@${d.line}`)).toEqual(['batch-size-positive@7']);

    // The same comments without Coqui's keys: Python's json.load would stop at the first one.
    const plain = '{\n  "lr": 0.1, // peak\n  "batch_size": 0\n}\n';
    const [d] = lint(plain, { format: 'json' }).diagnostics;
    expect(`${d.ruleId}@${d.line}:${d.column}`).toBe(`${PARSE_ERROR}@2:14`);
    // Forcing the framework in settings is the way out for a program that strips comments too.
    const forced = lint(plain, { format: 'json', settings: { frameworks: ['coqui-tts'] } }).diagnostics.map((x) => x.ruleId);
    expect(forced).toContain('batch-size-positive');
    expect(forced).not.toContain(PARSE_ERROR);

    // A trailing comma is an error for Coqui too (json.loads after the comments are gone).
    const trailing = coqui.replace('"eval_batch_size": 0', '"eval_batch_size": 0,');
    expect(lint(trailing, { format: 'json' }).diagnostics.map((x) => x.ruleId)).toEqual([PARSE_ERROR]);
  });

  it('reads KAIR\'s and SR3\'s commented JSON options, whose `parse()` strips `//` comments line by line', () => {
    const kair = [
      '{',
      '  "task": "dncnn25"  //  root/task/images-models-options',
      '  , "model": "plain" // "plain"',
      '  , "gpu_ids": [0]',
      '  , "path": { "root": "denoising", "pretrained_netG": null }',
      '  , "netG": { "net_type": "dncnn", "in_nc": 1 }',
      '  , "train": { "G_lossfn_type": "l1", "G_optimizer_type": "adam", "G_optimizer_lr": 1e-4, "G_optimizer_wd": 0,',
      '      "G_scheduler_type": "MultiStepLR", "G_scheduler_milestones": [200000, 400000], "G_scheduler_gamma": 0.5 }',
      '}',
      '',
    ].join('\n');
    const found = lint(kair, { format: 'json' });
    expect(found.analysis?.frameworks.map((f) => f.id)).toEqual(['kair-options']);
    expect(found.diagnostics).toEqual([]);
    const run = found.analysis!.runs[0];
    expect([run.optimizer.lr?.value, run.optimizer.family, run.optimizer.weightDecay?.value, run.schedule.shape]).toEqual([1e-4, 'adam', 0, 'decaying']);
  });

  it('reads JSON5 where the program does (Amphion: comments and trailing commas), and comments only where it strips them', () => {
    const amphion = '{\n  "base_config": "config/tts.json",\n  "model_type": "FastSpeech2",\n  "preprocess": {\n    // acoustic features\n    "extract_audio": true,\n    "extract_mel": true,\n  },\n  "train": {"batch_size": 0,},\n}\n';
    expect(lint(amphion, { format: 'json' }).diagnostics.map((d) => d.ruleId)).toEqual(['batch-size-positive']);
    // tiny-cuda-nn ignores comments but not trailing commas.
    const tcnn = '{\n  // network\n  "encoding": {"otype": "HashGrid"},\n  "network": {"otype": "FullyFusedMLP", "n_neurons": 64,},\n  "optimizer": {"otype": "Adam"}\n}\n';
    expect(lint(tcnn, { format: 'json' }).diagnostics.map((d) => d.ruleId)).toEqual([PARSE_ERROR]);
    expect(lint(tcnn.replace('64,}', '64}'), { format: 'json' }).diagnostics.map((d) => d.ruleId)).toEqual([]);
  });

  it('reports a parse error even when no rule is enabled', () => {
    expect(lint('a: [', { format: 'yaml', settings: { extends: [] } }).diagnostics.map((d) => d.ruleId)).toEqual([PARSE_ERROR]);
  });

  it('turns a rule that throws into a rule-failure diagnostic, and the other rules still report', () => {
    const broken = defineRule({
      id: 'test-throws',
      severity: 'error',
      category: 'range',
      description: 'A rule that always throws',
      presets: ['strict'],
      references: [{ title: 'test' }],
      check() {
        throw new TypeError('boom');
      },
    });
    const result = lint('dropout: 1.5\n', { format: 'yaml', rules: [broken], settings: { extends: [], rules: { 'test-throws': 'error', 'dropout-range': 'error' } } });
    expect(result.diagnostics.map((d) => d.ruleId).sort()).toEqual(['dropout-range', RULE_FAILURE]);
    const failure = result.diagnostics.find((d) => d.ruleId === RULE_FAILURE)!;
    expect(failure.message).toBe('Rule test-throws failed on this file: boom.');
    expect(failure.explanation).toMatch(/bug in mlconfig/);
    expect([failure.line, failure.column, failure.severity]).toEqual([1, 1, 'error']);
    expect(failure.docsUrl).toBeUndefined();
    expect(failedRuleOf(failure)).toBe('test-throws');
    expect(result.diagnostics.filter((d) => d !== failure).map(failedRuleOf)).toEqual([undefined]);
  });

  it('points a finding on an empty value at its key', () => {
    const empty = defineRule({
      id: 'test-empty',
      severity: 'warn',
      category: 'syntax',
      description: 'Reports the field `lr`',
      presets: ['strict'],
      references: [{ title: 'test' }],
      check(ctx) {
        for (const field of ctx.fields) if (field.name === 'lr') ctx.report({ field, message: 'Empty.', explanation: 'Test.' });
      },
    });
    const [d] = lint('x: 1\nlr:\n', { format: 'yaml', rules: [empty], settings: { extends: [], rules: { 'test-empty': 'warn' } } }).diagnostics;
    expect([d.line, d.column, d.endLine, d.endColumn, d.path]).toEqual([2, 1, 2, 3, '/lr']);
  });

  it('reports a finding in an anchored block once, where it is written', () => {
    const text = 'base: &opt\n  dropout: 1.5\nmodel_a: *opt\nmodel_b:\n  <<: *opt\n';
    const result = lint(text, { format: 'yaml', settings: { extends: [], rules: { 'dropout-range': 'error' } } });
    expect(result.diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(['2:12']);
  });

  it('reports positions in UTF-16 columns after astral characters', () => {
    const text = 'name: "🚀 run" ; dropout: 1.5\n'.replace(' ; ', '\n');
    const [d] = lint(text, { format: 'yaml', settings: { extends: [], rules: { 'dropout-range': 'error' } } }).diagnostics;
    expect(`${d.line}:${d.column}`).toBe('2:10');
    const flow = '{"note": "🚀🚀", "dropout": 1.5}';
    const [j] = lint(flow, { format: 'json', settings: { extends: [], rules: { 'dropout-range': 'error' } } }).diagnostics;
    expect(j.column).toBe(flow.indexOf('1.5') + 1); // JavaScript string offsets are UTF-16 code units
  });

  it('lints a document built elsewhere (the ESLint plugin\'s entry point)', () => {
    const doc = parseConfig('dropout: 2\n', { format: 'yaml' }).document!;
    const result = lintDocument(doc, { settings: { extends: [], rules: { 'dropout-range': 'error' } } });
    expect(result.diagnostics.map((d) => `${d.ruleId}@${d.line}:${d.column}`)).toEqual(['dropout-range@1:10']);
  });

  it('never throws and keeps every position inside the text, whatever the input', () => {
    // A deterministic mix of config fragments, brackets, quotes, tags, anchors and control characters.
    const pieces = ['lr: ', '1e-4', '\n', '  ', '- ', '[', ']', '{', '}', '"', "'", '#', ' mlconfig-disable-next-line', '&a ', '*a', '<<: ', '!!python/tuple ', '!ref <lr>', '---\n', ':', ',', 'dropout', '=', '[[x]]', '\r\n', '\t', '\uFEFF', '😀', 'true', '-1', 'auto', '???', '${x}', '\\', '\u0000'];
    let seed = 42;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const formats: ConfigFormat[] = ['yaml', 'json', 'jsonc', 'toml'];
    for (let i = 0; i < 400; i++) {
      let text = '';
      const n = 1 + (next() % 30);
      for (let k = 0; k < n; k++) text += pieces[next() % pieces.length];
      const format = formats[i % formats.length];
      let result;
      try {
        result = lint(text, { format, settings: { extends: 'strict' } });
      } catch (err) {
        throw new Error(`lint threw on ${JSON.stringify(text)} (${format}): ${String(err)}`);
      }
      expect(result.diagnostics.filter((d) => d.ruleId === RULE_FAILURE), JSON.stringify(text)).toEqual([]);
      expectInside(text, result.diagnostics);
    }
  });

  it('has the built-in rules registered once each', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(18);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe('settings the project\'s scripts read only in a commented-out line', () => {
  const unread = { unreadSettings: { 'training_args.warmup_steps': '`#     warmup_steps=cfg.training_args.warmup_steps,` in train.py' } };
  const rules = (text: string, format: ConfigFormat, scripts?: typeof unread): string[] =>
    lint(text, { format, settings: { extends: ['mlconfig:strict'] }, ...(scripts ? { scripts } : {}) }).diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column}`);

  it('drops findings on such a setting in a file the project\'s own code reads, but not the file\'s own faults', () => {
    const own = 'training_args:\n  steps: 60000\n  batch_size: 16\n  warmup_steps: 10000\n';
    expect(rules(own, 'yaml')).toEqual(['warmup-too-long 4:17']);
    expect(rules(own, 'yaml', unread)).toEqual([]);
    const twice = `${own}  warmup_steps: 20000\n`;
    expect(rules(twice, 'yaml', unread)).toEqual(['duplicate-key 5:3']);
  });

  it('keeps them where a framework reads the file itself', () => {
    // DeepSpeed, not the project's code, reads its scheduler's `params`: a comment line naming them says nothing.
    const deepspeed = '{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage": 2},\n "scheduler": {"type": "WarmupDecayLR", "params": {"total_num_steps": 100, "warmup_num_steps": 500}}}';
    const commented = { unreadSettings: { 'params.warmup_num_steps': '`# n = ds["scheduler"]["params"]["warmup_num_steps"]` in train.py' } };
    expect(rules(deepspeed, 'json')).toContain('warmup-longer-than-run 2:96');
    expect(rules(deepspeed, 'json', commented)).toEqual(rules(deepspeed, 'json'));
  });
});
