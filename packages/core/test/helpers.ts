import { lint, type ConfigFormat, type Diagnostic, type MlconfigSettings } from '../src/index.js';

/** Lints `text` with only `ruleId` enabled (at its default severity unless given) and returns its findings. */
export function findings(ruleId: string, text: string, format: ConfigFormat = 'yaml', extra: Partial<MlconfigSettings> & { options?: Record<string, unknown> } = {}): Diagnostic[] {
  const { options, ...settings } = extra;
  const result = lint(text, {
    format,
    filePath: `config.${format === 'jsonc' ? 'jsonc' : format}`,
    settings: { extends: [], ...settings, rules: { [ruleId]: options ? ['error', options] : 'error' } },
  });
  return result.diagnostics.filter((d) => d.ruleId === ruleId || d.ruleId === 'parse-error' || d.ruleId === 'rule-failure');
}

/** `line:column` of each finding, for compact assertions. */
export function positions(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column}`);
}

/**
 * A nested block a program hands to HF's `TrainingArguments` whole (TeenyTinyLlama's `training_args:` beside
 * `model_args:`), for the rules that read such blocks: its lines end at line 7, so a key appended is on line 8.
 */
export const HF_ARGUMENTS_BLOCK = 'model_args:\n  model_name_or_path: gpt2\ntraining_args:\n  output_dir: out\n  per_device_train_batch_size: 8\n  num_train_epochs: 3\n  save_strategy: steps\n';
