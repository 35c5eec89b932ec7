/**
 * Each built-in schema accepts the configs of ../shared/corpus that its framework accepts.
 *
 * Every corpus file whose detected framework has a built-in schema is validated twice: with the
 * rule's defaults (nothing may be reported), and with `unknownKeys: "all"`, which turns the closed
 * schemas into an exact check of every key. The only keys the second pass rejects are listed below
 * with the reason; they are not TrainingArguments fields but fields of the other dataclasses that
 * TRL's and alignment-handbook's parsers read from the same file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORK_SCHEMAS, formatFromPath, lint, schemaForFrameworks, type Diagnostic } from '../../packages/core/src/index.js';
import { createSchemaLoader } from '../../packages/cli/src/schemas/schema-loader.js';
import { CORPUS_DIR, HAS_SHARED, REPO_ROOT } from '../helpers/paths.js';

/**
 * Keys of files detected as HF Trainer configs that `TrainingArguments` does not define. They belong
 * to TRL's `ScriptArguments`/`ModelConfig`/`SFTConfig`/`DPOConfig` and alignment-handbook's
 * `ScriptArguments`, which `TrlParser`/`H4ArgumentParser` parse from the same YAML; neither parser
 * rejects them. They are one or more edits away from every TrainingArguments field, so the default
 * `unknownKeys: "typos"` stays quiet on them.
 */
const TRL_AND_ALIGNMENT_HANDBOOK_KEYS = new Set([
  'model_name_or_path', 'model_revision', 'torch_dtype', 'attn_implementation', 'trust_remote_code', 'chat_template', 'eos_token',
  'dataset_mixture', 'dataset_name', 'dataset_config', 'dataset_train_split', 'dataset_test_split', 'dataset_num_proc', 'dataset_kwargs',
  'max_seq_length', 'max_length', 'max_prompt_length', 'packing', 'packing_strategy', 'padding_free', 'assistant_only_loss',
  'beta', 'loss_type', 'hub_model_revision', 'use_peft', 'lora_r', 'lora_alpha', 'lora_dropout', 'lora_target_modules', 'load_in_4bit',
  // alignment-handbook's older DataArguments
  'dataset_mixer', 'dataset_splits',
]);
const TRL_FILES = /^(?:huggingface__alignment-handbook|huggingface__trl)\//;

interface CorpusFile {
  readonly path: string;
  readonly text: string;
  readonly format: NonNullable<ReturnType<typeof formatFromPath>>;
}

function corpusFiles(): CorpusFile[] {
  if (!HAS_SHARED) return [];
  const out: CorpusFile[] = [];
  for (const repo of readdirSync(CORPUS_DIR).sort()) {
    if (repo.includes('.')) continue; // SOURCES.md, MANIFEST.tsv
    for (const file of readdirSync(join(CORPUS_DIR, repo)).sort()) {
      const format = formatFromPath(file);
      if (!format || format === 'js') continue;
      out.push({ path: `${repo}/${file}`, text: readFileSync(join(CORPUS_DIR, repo, file), 'utf8'), format });
    }
  }
  return out;
}

describe.skipIf(!HAS_SHARED)('built-in schemas on ../shared/corpus', () => {
  const loader = createSchemaLoader(REPO_ROOT);
  const run = (f: CorpusFile, unknownKeys: 'typos' | 'all'): { diagnostics: Diagnostic[]; schema?: string } => {
    const result = lint(f.text, { format: f.format, filePath: f.path.replace(/^.*\//, ''), settings: { extends: [], rules: { 'schema-validation': ['warn', { unknownKeys }] } }, schemas: loader });
    const schema = result.analysis ? schemaForFrameworks(result.analysis.frameworks)?.ref : undefined;
    return { diagnostics: result.diagnostics.filter((d) => d.ruleId === 'schema-validation'), ...(schema ? { schema } : {}) };
  };
  // Each file is linted once per mode; the tests below read these results.
  let typos: { file: CorpusFile; diagnostics: Diagnostic[]; schema?: string }[] = [];
  let all: { file: CorpusFile; diagnostics: Diagnostic[] }[] = [];
  beforeAll(() => {
    const files = corpusFiles();
    typos = files.map((file) => ({ file, ...run(file, 'typos') }));
    // Files without a built-in schema are not validated in either mode: no need to lint them twice.
    all = typos.filter((r) => r.schema).map(({ file }) => ({ file, diagnostics: run(file, 'all').diagnostics }));
  });

  it('validates files of every framework that has a schema', () => {
    const perSchema = new Map<string, number>();
    for (const r of typos) if (r.schema) perSchema.set(r.schema, (perSchema.get(r.schema) ?? 0) + 1);
    for (const name of new Set(Object.values(FRAMEWORK_SCHEMAS))) expect(perSchema.get(`mlconfig:${name}`) ?? 0, name).toBeGreaterThan(0);
    // Most of the corpus is covered (axolotl 42, LitGPT 30, Ludwig 26, torchtitan 23, DeepSpeed 13, …).
    expect([...perSchema.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(150);
  });

  it('reports nothing with the default options', () => {
    expect(typos.flatMap((r) => r.diagnostics.map((d) => `${r.file.path}:${d.line}:${d.column} ${d.message}`))).toEqual([]);
  });

  it('with unknownKeys "all", rejects only the TRL / alignment-handbook keys of HF-detected recipes', () => {
    const unexpected: string[] = [];
    const rejectedTrlKeys = new Set<string>();
    for (const r of all) {
      for (const d of r.diagnostics) {
        const key = /^Unknown key `([^`]+)`\.$/.exec(d.message)?.[1];
        if (key && TRL_FILES.test(r.file.path) && TRL_AND_ALIGNMENT_HANDBOOK_KEYS.has(key)) rejectedTrlKeys.add(key);
        else unexpected.push(`${r.file.path}:${d.line}:${d.column} ${d.message}`);
      }
    }
    expect(unexpected).toEqual([]);
    // The list above is not stale: the corpus really uses these keys.
    expect(rejectedTrlKeys.size).toBeGreaterThan(15);
  });
});
