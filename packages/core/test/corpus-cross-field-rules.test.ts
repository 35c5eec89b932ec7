import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFromPath, lint, type Diagnostic } from '../src/index.js';
import { CORPUS_DIR, HAS_SHARED } from '../../../test/helpers/paths.js';

/**
 * The cross-field, advice and learned-parameter rules on real configs from ../shared/corpus: the
 * files CORPUS-NOTES.md section 8 (and RULES-CATALOG.md C.2) list as "must not be flagged" stay
 * clean, and the section 6 warning cases these rules cover are reported where they are written.
 */
const RULES = [
  'adamw-hparams-without-adamw', 'aggressive-grad-clipping', 'axolotl-batch-fields', 'bagging-fraction-without-freq', 'batchnorm-tiny-batch',
  'bf16-needs-ampere', 'bn-momentum-convention', 'cycle-momentum-needs-momentum', 'decay-horizon-mismatch', 'deepspeed-fsdp-exclusive',
  'ds-amp-vs-zero', 'ds-clip-in-optimizer-params', 'ds-fp16-master-weights-stage2', 'ds-offload-param-stage3', 'ds-onebit-vs-zero', 'ds-partial-offload-stage3',
  'ds-zero-untested-optimizer', 'elasticnet-needs-l1-ratio', 'eval-batch-vs-micro-batch', 'eval-steps-required', 'eval-steps-vs-strategy',
  'gbdt-alias-conflict', 'grpo-batch-divisible', 'hf-deepspeed-mismatch', 'high-dropout', 'high-lr-without-warmup', 'keras-single-clip-mode',
  'learned-intercept-in-params', 'learned-keras-weights', 'learned-threshold-vs-param', 'learned-tree-dump', 'lgbm-multiclass-num-class',
  'lgbm-unbalance-exclusive', 'logreg-solver-penalty', 'lr-batch-scaling', 'lr-too-high-for-optimizer', 'ludwig-effective-batch-divisible',
  'max-depth-without-num-leaves', 'nesterov-needs-momentum', 'onecycle-epoch-interval', 'oob-needs-bootstrap', 'optimizer-specific-hparams-ignored',
  'plateau-scheduler-needs-eval', 'qlora-needs-4bit', 'redundant-warmup', 'save-steps-multiple-of-eval-steps', 'scheduler-milestones-within-run',
  'sgd-schedule-needs-eta0', 'warmup-too-long', 'xgb-depth-and-leaves-unbounded',
];

function check(file: string): Diagnostic[] {
  const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
  const result = lint(text, { format: formatFromPath(file)!, filePath: file, settings: { extends: [], rules: Object.fromEntries(RULES.map((id) => [id, 'error'])) } });
  return result.diagnostics.filter((d) => RULES.includes(d.ruleId) || d.ruleId === 'rule-failure');
}

const at = (ds: Diagnostic[]): string[] => ds.map((d) => `${d.ruleId} ${d.line}:${d.column}`);

describe.skipIf(!HAS_SHARED)('cross-field and advice rules on the shared corpus (skipped: ../shared/corpus is absent)', () => {
  it.each([
    'NVIDIA__NeMo/examples__asr__conf__conformer__conformer_transducer_bpe.yaml', // lr 5.0 is a Noam multiplier
    'speechbrain__speechbrain/recipes__TIMIT__ASR__CTC__hparams__train.yaml', // Adadelta at lr 1.0
    'ludwig-ai__ludwig/examples__lbfgs__config.yaml', // L-BFGS at lr 1, one step
    'axolotl-ai-cloud__axolotl/examples__qwen2__muon-pretrain-fsdp2.yaml', // Muon at lr 0.02
    'ludwig-ai__ludwig/examples__optimizers__config_adafactor.yaml', // Adafactor's lr is a real field
    'facebookresearch__detectron2/configs__Misc__scratch_mask_rcnn_R_50_FPN_9x_gn.yaml', // linear scaling, batch 64 at 0.08
    'NVIDIA__NeMo/examples__nlp__language_modeling__tuning__conf__megatron_gpt_finetuning_config.yaml', // fused_adam
    'huggingface__accelerate/examples__deepspeed_config_templates__zero_stage3_config.json', // "auto" everywhere
    'speechbrain__speechbrain/recipes__PeoplesSpeech__ASR__transformer__hparams__conformer_large.yaml', // key Adam, class AdamW
    'axolotl-ai-cloud__axolotl/examples__expert_parallel__qwen3_30ba3b_ep_lora_4gpu.yaml', // warmup_steps 0.1 as a ratio
    'ashleve__lightning-hydra-template/configs__model__mnist.yaml', // F11: plateau monitor set in code
    'facebookresearch__detectron2/configs__COCO-Detection__faster_rcnn_R_50_FPN_1x.yaml', // F13: MODEL.WEIGHTS is a path
    'huggingface__alignment-handbook/recipes__zephyr-7b-beta__dpo__config_full.yaml', // F8: DPO beta, lr 5e-7, warmup 0.1
    'ludwig-ai__ludwig/examples__alignment__config_kto.yaml', // Ludwig LLM config that looks like axolotl
    'speechbrain__speechbrain/recipes__IWSLT22_lowresource__AST__transformer__hparams__train_samu_nllb_st.yaml', // decay_steps is a cooldown
    'NVIDIA__NeMo/examples__speaker_tasks__diarization__conf__neural_diarizer__msdd_5scl_15_05_50Povl_256x3x32x2.yaml', // W6: dropout 0.5 in LSTM/linear layers
    'NVIDIA__NeMo/examples__speaker_tasks__recognition__conf__SpeakerNet_recognition_3x2x512.yaml', // dropout 0.5 in Jasper conv blocks
  ])('keeps %s clean', (file) => {
    expect(at(check(file))).toEqual([]);
  });

  it.each([
    ['NVIDIA__NeMo/examples__asr__conf__citrinet__config_bpe.yaml', 'lr-too-high-for-optimizer 149:9'], // W5
    ['facebookresearch__hydra/plugins__hydra_nevergrad_sweeper__example__config.yaml', 'high-dropout 31:10'], // W10
    ['ludwig-ai__ludwig/examples__semantic_segmentation__config_camseq.yaml', 'batchnorm-tiny-batch 32:15'], // R6
    ['ludwig-ai__ludwig/examples__timeseries_forecasting__patchtst_example.yaml', 'optimizer-specific-hparams-ignored 22:5'], // R5
    ['mosaicml__llm-foundry/scripts__train__yamls__pretrain__testing.yaml', 'warmup-too-long 61:13'], // 100ba of 200ba
  ])('reports %s', (file, expected) => {
    expect(at(check(file))).toContain(expected);
  });

  it('reports every attention and FFN dropout of 0.5 in the Sortformer config, not the linear head\'s (W14)', () => {
    const d = check('NVIDIA__NeMo/examples__speaker_tasks__diarization__conf__neural_diarizer__sortformer_diarizer_hybrid_loss_4spk-v1.yaml');
    expect(at(d)).toEqual(['high-dropout 132:25', 'high-dropout 133:25', 'high-dropout 134:18']);
  });
});
