import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// A real validator: ajv compiles the schemas (the CLI does the same, with files and caching).
import Ajv2020Module from 'ajv/dist/2020.js';
import { builtinSchemaFile, lint, type ConfigFormat, type Diagnostic, type MlconfigSettings, type SchemaError, type SchemaLoader } from '../../src/index.js';
import { positions } from '../helpers.js';

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;

/** A loader over in-memory schemas, keyed by the reference the settings (or detection) use. */
function loader(schemas: Record<string, object>, builtin: (ref: string) => boolean = (ref) => ref.startsWith('mlconfig:')): SchemaLoader {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, logger: false });
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  return (ref) => {
    const schema = schemas[ref];
    if (!schema) return { problem: `${ref}: the file does not exist` };
    let validate = compiled.get(ref);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(ref, validate);
    }
    const fn = validate;
    return { validator: { name: 'Run', source: ref, builtin: builtin(ref), validate: (data) => (fn(data) ? [] : ((fn.errors ?? []) as SchemaError[])) } };
  };
}

const RUN_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['optimizer'],
  properties: {
    learning_rate: { type: 'number', minimum: 0, description: 'Peak learning rate.' },
    scheduler: { enum: ['linear', 'cosine', 'constant'] },
    batch: { anyOf: [{ type: 'integer' }, { const: 'auto' }] },
    epochs: { type: 'integer' },
    optimizer: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: { name: { type: 'string' }, betas: { type: 'array', items: { type: 'number' } } },
    },
    model: { anyOf: [{ type: 'string' }, { type: 'object', additionalProperties: false, properties: { layers: { type: 'integer' } } }] },
    ema: { type: 'boolean' },
    ema_decay: { type: 'number' },
  },
  dependentRequired: { ema: ['ema_decay'] },
};

function check(text: string, format: ConfigFormat = 'yaml', options: { schemas?: Record<string, object>; settings?: Partial<MlconfigSettings>; ruleOptions?: object; filePath?: string } = {}): Diagnostic[] {
  const filePath = options.filePath ?? `run.${format}`;
  const result = lint(text, {
    format,
    filePath,
    settings: {
      extends: [],
      schemas: [{ files: '*', schema: 'run.schema.json' }],
      ...options.settings,
      rules: { 'schema-validation': options.ruleOptions ? ['warn', options.ruleOptions] : 'warn' },
    },
    schemas: loader(options.schemas ?? { 'run.schema.json': RUN_SCHEMA }),
  });
  return result.diagnostics.filter((d) => d.ruleId === 'schema-validation' || d.ruleId === 'parse-error' || d.ruleId === 'rule-failure');
}

describe('schema-validation', () => {
  it('reports an unknown key on the key, with "did you mean" and a rename suggestion', () => {
    const [d, ...rest] = check('learning_rte: 0.1\noptimizer:\n  name: adam\n');
    expect(rest).toEqual([]);
    expect(positions([d])).toEqual(['1:1']);
    expect(d.endColumn).toBe(13);
    expect(d.message).toBe('Unknown key `learning_rte` (did you mean `learning_rate`?).');
    expect(d.path).toBe('/learning_rte');
    expect(d.explanation).toContain('“Peak learning rate.”');
    expect(d.suggestions?.[0].edits).toEqual([{ range: [0, 12], text: 'learning_rate' }]);
  });

  it('names the mapping an unknown nested key is in, and keeps quotes in JSON suggestions', () => {
    const [d] = check('{\n  "optimizer": {"name": "adam", "nmae": 1}\n}', 'json');
    expect(positions([d])).toEqual(['2:33']);
    expect(d.message).toBe('Unknown key `nmae` in `optimizer` (did you mean `name`?).');
    expect(d.suggestions?.[0].edits[0].text).toBe('"name"');
  });

  it('reports a wrong type on the value, in YAML, JSON and TOML', () => {
    const yaml = check('learning_rate: fast\noptimizer: {name: adam}\n');
    expect(positions(yaml)).toEqual(['1:16']);
    expect(yaml[0].message).toBe('`learning_rate` must be a number, not the string "fast".');
    expect(positions(check('{"optimizer": {"name": "adam"}, "epochs": "3"}', 'json'))).toEqual(['1:43']);
    const toml = check('epochs = 2.5\n\n[optimizer]\nname = 7\n', 'toml');
    expect(positions(toml)).toEqual(['1:10', '4:8']);
    expect(toml.map((d) => d.message)).toEqual(['`epochs` must be an integer, not 2.5.', '`optimizer.name` must be a string, not 7.']);
  });

  it('accepts 0 and 1 where a boolean is expected, as Python and pydantic do (LMFlow `"tf32": 1`), but not other numbers', () => {
    expect(check('{"optimizer": {"name": "adam"}, "ema": 1, "ema_decay": 0.99}', 'json')).toEqual([]);
    expect(check('{"optimizer": {"name": "adam"}, "ema": 0, "ema_decay": 0.99}', 'json')).toEqual([]);
    expect(check('{"optimizer": {"name": "adam"}, "ema": 2, "ema_decay": 0.99}', 'json').map((d) => d.message)).toEqual(['`ema` must be a boolean, not 2.']);
  });

  it('accepts the string "true" where a boolean is expected (every loader reads it as true), but not "false", which Python takes as true', () => {
    expect(check('{"optimizer": {"name": "adam"}, "ema": "true", "ema_decay": 0.99}', 'json')).toEqual([]);
    const [d] = check('{"optimizer": {"name": "adam"}, "ema": "false", "ema_decay": 0.99}', 'json');
    expect(d!.message).toBe('`ema` must be a boolean, not the string "false".');
    expect(d!.explanation).toContain('Python takes any non-empty string as true');
  });

  it('reports a value outside an enum with the closest allowed value as a suggestion', () => {
    const [d] = check('scheduler: cosin\noptimizer: {name: adam}\n');
    expect(positions([d])).toEqual(['1:12']);
    expect(d.message).toBe('`scheduler` must be one of "linear", "cosine" or "constant", not the string "cosin" (did you mean "cosine"?).');
    expect(d.suggestions?.[0].edits).toEqual([{ range: [11, 16], text: 'cosine' }]);
  });

  it('merges the alternatives of anyOf when the value fits none of them', () => {
    const [d] = check('batch: big\noptimizer: {name: adam}\n');
    expect(d.message).toBe('`batch` must be an integer or "auto", not the string "big".');
    expect(positions([d])).toEqual(['1:8']);
  });

  it('reports the error inside the alternative whose type matched', () => {
    const [d, ...rest] = check('model:\n  layerz: 3\noptimizer: {name: adam}\n');
    expect(rest).toEqual([]);
    expect(d.message).toBe('Unknown key `layerz` in `model` (did you mean `layers`?).');
    expect(positions([d])).toEqual(['2:3']);
  });

  it('reports a missing required key on the key of the mapping that lacks it, and on the first key at the root', () => {
    const nested = check('learning_rate: 0.1\noptimizer:\n  betas: [0.9, 0.99]\n');
    expect(nested.map((d) => [`${d.line}:${d.column}`, d.message])).toEqual([['2:1', '`optimizer` is missing the required key `name`.']]);
    const root = check('# a comment\nlearning_rate: 0.1\n');
    expect(root.map((d) => [`${d.line}:${d.column}`, d.message])).toEqual([['2:1', 'The config is missing the required key `optimizer`.']]);
  });

  it('puts list items at their index', () => {
    const [d] = check('optimizer:\n  name: adam\n  betas:\n    - 0.9\n    - high\n');
    expect(positions([d])).toEqual(['5:7']);
    expect(d.message).toBe('`optimizer.betas[1]` must be a number, not the string "high".');
    expect(d.path).toBe('/optimizer/betas/1');
  });

  it('reports dependentRequired on the key that needs the other one', () => {
    const [d] = check('optimizer: {name: adam}\nema: true\n');
    expect(positions([d])).toEqual(['2:1']);
    expect(d.message).toBe('`ema` requires `ema_decay` to be set as well.');
  });

  it('stays quiet on placeholders: auto, ${...}, ???, !ref', () => {
    expect(check('batch: auto\nlearning_rate: ${base_lr}\nepochs: ???\noptimizer:\n  name: !ref <opt>\n')).toEqual([]);
    // Jinja templates, quoted or not (unquoted, YAML reads `{{ lr }}` as a one-entry mapping).
    expect(check('batch: "{{ bs }}"\nlearning_rate: {{ lr }}\nepochs: {{ epochs | default(3) }}\noptimizer:\n  name: adam\n')).toEqual([]);
    expect(check('learning_rate: { lr: 1 }\noptimizer:\n  name: adam\n').map((d) => d.message)).toEqual(['`learning_rate` must be a number, not a mapping.']);
  });

  it('validates what PyYAML reads as the string "1e-4" as the number it means (yaml-sci-notation-string reports it)', () => {
    expect(check('learning_rate: 1e-4\noptimizer: {name: adam}\n')).toEqual([]);
    // A quoted string is a string whatever the loader.
    expect(check('learning_rate: "1e-4"\noptimizer: {name: adam}\n').map((d) => d.message)).toEqual(['`learning_rate` must be a number, not the string "1e-4".']);
  });

  it('reports where an anchored value is written, not where it is aliased', () => {
    const text = 'base: &base\n  name: 3\noptimizer:\n  <<: *base\n';
    const diagnostics = check(text, 'yaml', { schemas: { 'run.schema.json': { ...RUN_SCHEMA, properties: { ...RUN_SCHEMA.properties, base: { type: 'object' } } } } });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['2:9 `optimizer.name` must be a string, not 3.']);
  });

  it('validates each document of a YAML stream', () => {
    const diagnostics = check('optimizer: {name: adam}\nepochs: x\n---\noptimizer: {name: sgd}\nepochs: y\n');
    expect(positions(diagnostics)).toEqual(['2:9', '5:9']);
  });

  it('does not report missing keys in fragments of composed configs', () => {
    expect(check('defaults:\n  - base\nlearning_rate: 0.1\n', 'yaml', { schemas: { 'run.schema.json': { ...RUN_SCHEMA, properties: { ...RUN_SCHEMA.properties, defaults: { type: 'array' } } } } })).toEqual([]);
  });

  it('validates against every schema the settings map to the file, and none when no mapping matches', () => {
    const schemas = { 'run.schema.json': RUN_SCHEMA, 'strict-lr.schema.json': { type: 'object', properties: { learning_rate: { type: 'number', maximum: 0.01 } } } };
    const settings = { schemas: [{ files: '*.yaml', schema: 'run.schema.json' }, { files: ['configs/**', 'run.yaml'], schema: 'strict-lr.schema.json' }] };
    const both = check('learning_rate: 0.1\noptimizer: {name: adam}\n', 'yaml', { schemas, settings });
    expect(both.map((d) => d.message)).toEqual(['`learning_rate` must be at most 0.01, not 0.1.']);
    expect(check('learning_rate: x\n', 'yaml', { schemas, settings, filePath: 'other.json' })).toEqual([]);
  });

  it('reports a schema that cannot be loaded once, at the start of the file', () => {
    const [d, ...rest] = check('learning_rate: 0.1\n', 'yaml', { settings: { schemas: [{ files: '*', schema: 'missing.schema.json' }] } });
    expect(rest).toEqual([]);
    expect(positions([d])).toEqual(['1:1']);
    expect(d.message).toBe('Schema could not be used: missing.schema.json: the file does not exist.');
  });

  describe('built-in schemas, chosen by framework detection', () => {
    const DS = {
      type: 'object',
      additionalProperties: false,
      properties: {
        train_micro_batch_size_per_gpu: { type: 'integer', minimum: 1 },
        gradient_accumulation_steps: { type: 'integer', minimum: 1 },
        zero_optimization: {
          type: 'object',
          additionalProperties: false,
          properties: {
            stage: { enum: [0, 1, 2, 3] },
            stage3_prefetch_bucket_size: { type: 'integer' },
            offload_optimizer: { type: 'object', properties: { device: { enum: ['none', 'cpu', 'nvme'] } } },
            offload_param: { type: 'object', properties: { device: { enum: ['none', 'cpu', 'nvme'] } } },
          },
        },
        optimizer: { type: 'object', properties: { type: { enum: ['Adam', 'AdamW', 'Lamb'] } } },
      },
    };
    const ds = (text: string, ruleOptions?: object): Diagnostic[] =>
      check(text, 'json', { schemas: { 'mlconfig:deepspeed': DS }, settings: { schemas: [] }, filePath: 'ds_config.json', ...(ruleOptions ? { ruleOptions } : {}) });

    it('validates a detected DeepSpeed config against the built-in DeepSpeed schema', () => {
      const d = ds('{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage": 3, "offload_optimizer": {"device": "gpu"}}}');
      expect(d.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual(['1:105 `zero_optimization.offload_optimizer.device` must be one of "none", "cpu" or "nvme", not the string "gpu" (did you mean "cpu"?).']);
      expect(d[0].explanation).toContain('The built-in Run schema (mlconfig:deepspeed)');
    });

    it('leaves values that a dedicated rule checks to that rule (zero-stage-range, enum-optimizer-name, enum-misc)', () => {
      expect(ds('{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage": 4}}')).toEqual([]);
      expect(ds('{"train_micro_batch_size_per_gpu": 4, "optimizer": {"type": "AdamWW"}}')).toEqual([]);
      // A value of the same schema that no other rule checks is still reported.
      expect(ds('{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"offload_param": {"device": "disk"}}}').map((x) => x.path)).toEqual(['/zero_optimization/offload_param/device']);
    });

    it('leaves unknown keys to unknown-key by default; reports likely typos or all of them when asked', () => {
      const text = '{"train_micro_batch_size_per_gpu": 4, "gradient_accumulation_step": 2, "my_launcher_setting": 1}';
      expect(ds(text)).toEqual([]);
      expect(ds(text, { unknownKeys: 'typos' }).map((x) => x.message)).toEqual(['Unknown key `gradient_accumulation_step` (did you mean `gradient_accumulation_steps`?).']);
      expect(ds(text, { unknownKeys: 'all' }).map((x) => x.message)).toEqual([
        'Unknown key `gradient_accumulation_step` (did you mean `gradient_accumulation_steps`?).',
        'Unknown key `my_launcher_setting`.',
      ]);
    });

    it("reads a null batch size in the shipped DeepSpeed schema as one left out: DeepSpeed's defaults for the three are None and it derives the missing one (align-anything)", () => {
      const shipped = JSON.parse(readFileSync(new URL(`../../../../schemas/${builtinSchemaFile('deepspeed')}`, import.meta.url), 'utf8')) as object;
      const real = (text: string): string[] => check(text, 'json', { schemas: { 'mlconfig:deepspeed': shipped }, settings: { schemas: [] }, filePath: 'ds_config.json' }).map((x) => x.message);
      expect(real('{"train_batch_size": 128, "train_micro_batch_size_per_gpu": 16, "gradient_accumulation_steps": null}')).toEqual([]);
      expect(real('{"train_batch_size": null, "train_micro_batch_size_per_gpu": 16, "gradient_accumulation_steps": 2}')).toEqual([]);
      // Elsewhere null is still no value: gradient clipping's default is 0.0, and DeepSpeed compares it with 0.
      expect(real('{"train_micro_batch_size_per_gpu": 16, "gradient_clipping": null}')).toEqual(['`gradient_clipping` must be a number, "auto" or false, not an empty value.']);
      // false compares as 0 in Python, so it turns clipping off as 0 does (resonance_rope's zero3.json); true is no norm.
      expect(real('{"train_micro_batch_size_per_gpu": 16, "gradient_clipping": false}')).toEqual([]);
      expect(real('{"train_micro_batch_size_per_gpu": 16, "gradient_clipping": true}')).toHaveLength(1);
    });

    it('leaves ranges to the dedicated rules', () => {
      expect(ds('{"train_micro_batch_size_per_gpu": 0}')).toEqual([]);
    });

    it('accepts an integer written as a string inside zero_optimization, which DeepSpeed\'s pydantic model converts (Qwen2.5 `"0"`)', () => {
      expect(ds('{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage3_prefetch_bucket_size": "0"}}')).toEqual([]);
      expect(ds('{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage3_prefetch_bucket_size": "lots"}}').map((x) => x.path)).toEqual(['/zero_optimization/stage3_prefetch_bucket_size']);
      // Outside it DeepSpeed does arithmetic on the value as read.
      expect(ds('{"train_micro_batch_size_per_gpu": "4"}').map((x) => x.path)).toEqual(['/train_micro_batch_size_per_gpu']);
    });

    it('is off with frameworkSchemas: false, and a settings mapping replaces detection', () => {
      expect(ds('{"train_micro_batch_size_per_gpu": "4"}', { frameworkSchemas: false })).toEqual([]);
      const mapped = check('{"train_micro_batch_size_per_gpu": "4"}', 'json', { schemas: { 'mlconfig:deepspeed': DS, 'run.schema.json': { type: 'object' } }, filePath: 'ds_config.json' });
      expect(mapped).toEqual([]);
    });

    it('mapped in the settings, reports likely typos among unknown keys, or all of them with unknownKeys: "all"', () => {
      const text = '{"train_micro_batch_size_per_gpu": 4, "gradient_accumulation_step": 2, "launcher_flag": true}';
      const mapped = (ruleOptions?: object): string[] =>
        check(text, 'json', { schemas: { 'mlconfig:deepspeed': DS }, settings: { schemas: [{ files: 'ds/*.json', schema: 'mlconfig:deepspeed' }] }, filePath: 'ds/config.json', ...(ruleOptions ? { ruleOptions } : {}) }).map((x) => x.message);
      expect(mapped()).toEqual(['Unknown key `gradient_accumulation_step` (did you mean `gradient_accumulation_steps`?).']);
      expect(mapped({ unknownKeys: 'all' })).toEqual(['Unknown key `gradient_accumulation_step` (did you mean `gradient_accumulation_steps`?).', 'Unknown key `launcher_flag`.']);
    });
  });

  describe('the built-in Lightning schema', () => {
    const LIGHTNING = JSON.parse(readFileSync(new URL('../../../../schemas/lightning.schema.json', import.meta.url), 'utf8')) as object;
    const lightning = (text: string, loader: 'omegaconf' | 'jsonargparse' = 'omegaconf'): string[] =>
      check(text, 'yaml', { schemas: { 'mlconfig:lightning': LIGHTNING }, settings: { schemas: [{ files: '*', schema: 'mlconfig:lightning' }], loader } }).map((x) => `${x.line}:${x.column} ${x.message}`);

    it('accepts Lightning 1.x\'s `null` accelerator, strategy and devices (audio-diffusion-pytorch-trainer, flash-attention), not other types', () => {
      expect(lightning('trainer:\n  gpus: 0\n  accelerator: null\n  strategy: null\n  devices: null\n  max_epochs: -1\n')).toEqual([]);
      expect(lightning('trainer:\n  accelerator: 1\n')).toEqual(['2:16 `trainer.accelerator` must be a string, not 1.']);
    });

    it('reads a path where jsonargparse expects a group of settings as the file holding them (COMET `trainer: ../trainer.yaml`)', () => {
      const text = 'model:\n  class_path: comet.models.RegressionMetric\ntrainer: ../trainer.yaml\n';
      expect(lightning(text, 'jsonargparse')).toEqual([]);
      // Anything else is still checked, and OmegaConf (Hydra) hands the string itself to the program.
      expect(lightning('trainer: fast\n', 'jsonargparse')).toEqual(['1:10 `trainer` must be a mapping, not the string "fast".']);
      expect(lightning(text)).toEqual(['3:10 `trainer` must be a mapping, not the string "../trainer.yaml".']);
    });
  });

  it('accepts Unsloth\'s `gradient_checkpointing: unsloth` and `resume_from_checkpoint: true` in an HF Trainer file (qwen-qlora-train, maxent-grpo)', () => {
    const read = (name: string): object => JSON.parse(readFileSync(new URL(`../../../../schemas/${name}.schema.json`, import.meta.url), 'utf8')) as object;
    // The HF schema refers to the DeepSpeed one (`deepspeed:` given inline), as the CLI's loader resolves it.
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, logger: false });
    ajv.addSchema(read('deepspeed'));
    const validate = ajv.compile(read('hf-training-arguments'));
    const schemas: SchemaLoader = () => ({ validator: { name: 'HF TrainingArguments', source: 'mlconfig:hf-training-arguments', builtin: true, validate: (data) => (validate(data) ? [] : ((validate.errors ?? []) as SchemaError[])) } });
    const hf = (value: string, key = 'gradient_checkpointing'): string[] =>
      lint(`per_device_train_batch_size: 1\nlearning_rate: 2.0e-4\n${key}: ${value}\n`, {
        format: 'yaml',
        filePath: 'train.yaml',
        settings: { extends: [], schemas: [{ files: '*', schema: 'mlconfig:hf-training-arguments' }], rules: { 'schema-validation': 'warn' } },
        schemas,
      }).diagnostics.map((x) => `${x.line}:${x.column} ${x.message}`);
    expect(hf('unsloth')).toEqual([]);
    expect(hf('true')).toEqual([]);
    expect(hf('sometimes')).toEqual(['3:25 `gradient_checkpointing` must be a boolean or "unsloth", not the string "sometimes".']);
    // Scripts pass it to `Trainer.train(resume_from_checkpoint=...)`, where `true` means the last checkpoint.
    for (const v of ['true', 'false', 'out/checkpoint-500', 'null']) expect(hf(v, 'resume_from_checkpoint'), v).toEqual([]);
    expect(hf('3', 'resume_from_checkpoint')).toHaveLength(1);
  });

  it('does nothing without a schema loader (core used on its own)', () => {
    const result = lint('learning_rate: fast\n', { format: 'yaml', filePath: 'run.yaml', settings: { extends: [], schemas: [{ files: '*', schema: 'run.schema.json' }], rules: { 'schema-validation': 'warn' } } });
    expect(result.diagnostics).toEqual([]);
  });
});
