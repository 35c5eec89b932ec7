import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'llama-factory-finetuning-args';
const BASE = 'model_name_or_path: Qwen/Qwen2.5-7B\ndo_train: true\ndataset: alpaca_en_demo\ntemplate: qwen\ncutoff_len: 2048\nlearning_rate: 1.0e-4\n';

describe(RULE, () => {
  it('reports a method LLaMA-Factory does not know, with the lower-case spelling as a suggestion', () => {
    const d = findings(RULE, `${BASE}stage: sft\nfinetuning_type: LoRA\n`);
    expect(positions(d)).toEqual(['8:18']);
    expect(d[0].message).toBe('`LoRA` is not a fine-tuning method of LLaMA-Factory, which takes lora, oft, freeze or full.');
    expect(d[0].explanation).toContain('"Invalid fine-tuning method."');
    expect(d[0].suggestions?.[0].edits[0].text).toBe('lora');
    expect(findings(RULE, `${BASE}stage: sft\nfinetuning_type: qlora\n`)[0].suggestions?.[0].edits[0].text).toBe('lora');
  });

  it('reports options that only LoRA has under another method, on the option', () => {
    const d = findings(RULE, `${BASE}stage: sft\nfinetuning_type: full\nuse_dora: true\nloraplus_lr_ratio: 16.0\nuse_rslora: false\nlora_rank: 8\n`);
    expect(d.map((x) => [x.line, x.message])).toEqual([
      [9, '`use_dora` applies to LoRA only, but the fine-tuning method is full.'],
      [10, '`loraplus_lr_ratio` applies to LoRA only, but the fine-tuning method is full.'],
    ]);
    // lora_rank beside another method is harmless, and so is a null loraplus_lr_ratio.
    expect(findings(RULE, `${BASE}stage: sft\nfinetuning_type: freeze\nlora_rank: 8\nloraplus_lr_ratio: null\n`)).toEqual([]);
  });

  it('reports GaLore, APOLLO or BAdam beside LoRA, also when LoRA is the default, and two of them together', () => {
    const d = findings(RULE, `${BASE}stage: sft\nuse_galore: true\n`);
    expect(positions(d)).toEqual(['8:1']);
    expect(d[0].message).toBe('GaLore trains the full model and cannot be combined with LoRA.');
    expect(d[0].explanation).toContain('its default, lora');
    expect(findings(RULE, `${BASE}stage: sft\nfinetuning_type: full\nuse_galore: true\n`)).toEqual([]);
    expect(findings(RULE, `${BASE}stage: sft\nfinetuning_type: full\nuse_galore: true\nuse_badam: true\n`).map((x) => x.message)).toEqual(['BAdam cannot be combined with GaLore.']);
  });

  it('reports LLaMA Pro with full fine-tuning, and label smoothing with a DPO loss other than sigmoid', () => {
    expect(findings(RULE, `${BASE}stage: sft\nfinetuning_type: full\nuse_llama_pro: true\n`).map((x) => x.line)).toEqual([9]);
    expect(findings(RULE, `${BASE}stage: sft\nfinetuning_type: freeze\nuse_llama_pro: true\n`)).toEqual([]);
    const dpo = findings(RULE, `${BASE}stage: dpo\npref_loss: ipo\ndpo_label_smoothing: 0.1\n`);
    expect(dpo.map((x) => x.message)).toEqual(['Label smoothing works only with the sigmoid DPO loss, not with `pref_loss: ipo`.']);
    expect(findings(RULE, `${BASE}stage: dpo\ndpo_label_smoothing: 0.1\n`)).toEqual([]);
  });

  it('reports PPO without a reward model, and PiSSA for a stage with a reference model', () => {
    expect(findings(RULE, `${BASE}stage: ppo\n`).map((x) => x.message)).toEqual(['PPO needs a `reward_model`, which the file does not set.']);
    expect(findings(RULE, `${BASE}stage: ppo\nreward_model: saves/rm\n`)).toEqual([]);
    expect(findings(RULE, `${BASE}stage: dpo\npissa_init: true\n`).map((x) => x.message)).toEqual(['PiSSA cannot initialise the adapters of a DPO run that uses a reference model.']);
    expect(findings(RULE, `${BASE}stage: dpo\npref_loss: simpo\npissa_init: true\n`)).toEqual([]);
  });

  it('reports a built-in stage written in capitals, and leaves a fork\'s own stage alone', () => {
    const d = findings(RULE, `${BASE}finetuning_type: lora\nstage: SFT\n`);
    expect(d.map((x) => [x.line, x.column, x.message])).toEqual([[8, 8, '`SFT` is not a stage of LLaMA-Factory, whose stages are written in lower case.']]);
    expect(d[0]!.explanation).toContain('ValueError ("Unknown task: SFT.")');
    expect(d[0]!.suggestions?.[0]?.edits[0]?.text).toBe('sft');
    expect(findings(RULE, `${BASE}finetuning_type: lora\nstage: attrib\n`)).toEqual([]);
  });

  it('stays quiet on placeholders and on files that are not LLaMA-Factory\'s', () => {
    expect(findings(RULE, `${BASE}stage: sft\nfinetuning_type: \${method}\nuse_galore: true\n`)).toEqual([]);
    expect(findings(RULE, 'base_model: m\nmicro_batch_size: 2\nsequence_len: 2048\nsample_packing: true\nuse_galore: true\n')).toEqual([]);
    // A file both profiles match is LLaMA-Factory's when its profile matches better.
    expect(findings(RULE, 'base_model: m\nmicro_batch_size: 2\nfinetuning_type: lora\nstage: sft\nuse_galore: true\n').map((x) => x.line)).toEqual([5]);
  });
});
