import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'high-dropout';

describe(RULE, () => {
  it('flags attention and FFN dropout of 0.5 (CORPUS-NOTES W14)', () => {
    const d = findings(RULE, 'model:\n  transformer_encoder:\n    attn_score_dropout: 0.5\n    attn_layer_dropout: 0.5\n    ffn_dropout: 0.1\n');
    expect(positions(d)).toEqual(['3:25', '4:25']);
    expect(d[0]!.message).toBe('Dropout 0.5 discards half of the activations at every step.');
    expect(d[0]!.explanation).toContain('Transformer and attention layers');
  });

  it('flags 0.5 in a block with an attention-head count and in LLM fine-tuning configs', () => {
    expect(positions(findings(RULE, 'encoder:\n  num_layers: 6\n  num_heads: 8\n  dropout: 0.5\n'))).toEqual(['4:12']);
    expect(positions(findings(RULE, 'base_model: meta-llama/Llama-3.2-1B\nadapter: lora\nlora_r: 16\nlora_dropout: 0.5\nmicro_batch_size: 2\nnum_epochs: 1\n'))).toEqual(['4:15']);
  });

  it('leaves TensorFlow keep probabilities alone (contact_graspnet: `dropout_keep: 0.7` keeps seven units in ten)', () => {
    const heads = 'MODEL:\n  grasp_dir_head:\n    conv1d: 3\n    dropout_keep: 0.7\n  joint_head:\n    dropout_keep_prob: 0.8\n    keep_dropout: 0.9\n';
    expect(findings(RULE, heads)).toEqual([]);
    expect(findings('dropout-range', heads.replace('0.7', '1.5'))).toEqual([]);
    expect(positions(findings(RULE, heads.replace('dropout_keep: 0.7', 'dropout_rate: 0.7')))).toEqual(['4:19']);
  });

  it('leaves stochastic depth alone (PointMamba `drop_path: 0.5`, Swin-B `drop_path_rate: 0.5`)', () => {
    expect(findings(RULE, 'model:\n  NAME: PointMambaScan\n  trans_dim: 384\n  depth: 12\n  num_heads: 6\n  drop_path: 0.5\n  drop_out: 0.\n')).toEqual([]);
    expect(findings(RULE, 'MODEL:\n  TYPE: swin\n  DROP_PATH_RATE: 0.5\n  SWIN:\n    NUM_HEADS: [4, 8, 16, 32]\n')).toEqual([]);
  });

  it("leaves RecBole's sequential transformers at their default 0.5 (DuoRec, SASRec), and reports more", () => {
    const sasrec = "USER_ID_FIELD: user_id\nITEM_ID_FIELD: item_id\nMAX_ITEM_LIST_LENGTH: 50\nn_layers: 2\nn_heads: 2\nhidden_size: 64\ninner_size: 256\nhidden_dropout_prob: 0.5\nattn_dropout_prob: 0.5\nloss_type: 'CE'\n";
    expect(findings(RULE, sasrec)).toEqual([]);
    expect(positions(findings(RULE, sasrec.replace('attn_dropout_prob: 0.5', 'attn_dropout_prob: 0.7')))).toEqual(['9:20']);
    // Without RecBole's names, the same block is a transformer's.
    expect(positions(findings(RULE, 'n_layers: 2\nn_heads: 2\nhidden_size: 64\nhidden_dropout_prob: 0.5\n'))).toEqual(['4:22']);
  });

  it("holds GraphGym's graph transformers to the other layers' threshold (Exphormer, GraphGPS: attention dropout 0.5)", () => {
    const exphormer = 'metric_best: accuracy\ndataset:\n  task: node\n  task_type: classification\n  transductive: true\ngt:\n  layer_type: Exphormer\n  n_heads: 4\n  dropout: 0.5\n  attn_dropout: 0.5\ngnn:\n  layers_pre_mp: 0\n';
    expect(findings(RULE, exphormer)).toEqual([]);
    expect(positions(findings(RULE, exphormer.replace('  dropout: 0.5', '  dropout: 0.7')))).toEqual(['9:12']);
  });

  it("reads RecBole's model names in a block another program hands to RecBole (TD3's Hydra `SASRec:` block)", () => {
    const td3 = 'SASRec:\n  n_heads: 1\n  n_layers: 1\n  hidden_size: 32\n  inner_size: 64\n  hidden_dropout_prob: 0.2\n  attn_dropout_prob: 0.5\n  hidden_act: gelu\n  loss_type: CE\n';
    expect(findings(RULE, td3)).toEqual([]);
    expect(positions(findings(RULE, td3.replace('attn_dropout_prob: 0.5', 'attn_dropout_prob: 0.7')))).toEqual(['7:22']);
  });

  it('leaves 0.5 in fully connected, recurrent and convolutional layers (NeMo MSDD LSTM, RAD-TTS predictors, SpeakerNet)', () => {
    // msdd_5scl_15_05_50Povl_256x3x32x2.yaml: LSTM + linear layers; 0.5 is the classic rate there (Srivastava et al. 2014).
    expect(findings(RULE, 'model:\n  msdd_module:\n    hidden_size: 256\n    num_lstm_layers: 3\n    dropout_rate: 0.5\n')).toEqual([]);
    // rad-tts_feature_pred_ipa.yaml: convolutional attribute predictor.
    expect(findings(RULE, 'f0_model_config:\n  arch_hparams:\n    n_layers: 2\n    kernel_size: 11\n    p_dropout: 0.5\n')).toEqual([]);
    expect(findings(RULE, 'dropout: &drop 0.5\nencoder:\n  jasper:\n    - filters: 512\n      dropout: *drop\n')).toEqual([]);
    // NATSpeech's FastSpeech: a transformer TTS whose convolutional variance predictors use the paper's 0.5.
    expect(findings(RULE, 'hidden_size: 256\nnum_heads: 2\ndropout: 0.05\nenc_layers: 4\npredictor_layers: 5\npredictor_dropout: 0.5\n')).toEqual([]);
    expect(findings(RULE, 'hidden_size: 256\nnum_heads: 2\ndropout: 0.5\npredictor_dropout: 0.5\n').map((d) => d.line)).toEqual([3]);
    // Above one half, every layer is reported, with the fully connected wording.
    const d = findings(RULE, 'model:\n  msdd_module:\n    num_lstm_layers: 3\n    dropout_rate: 0.7\n');
    expect(positions(d)).toEqual(['4:19']);
    expect(d[0]!.explanation).toContain('0.5 is the classic rate');
  });

  it('flags dropout above one half in TOML', () => {
    expect(findings(RULE, '[model]\ndropout = 0.6\n', 'toml')[0]!.message).toBe('Dropout 0.6 discards more than half of the activations at every step.');
  });

  it('stays quiet on usual rates, conditioning dropout, masking, search spaces and out-of-range values', () => {
    expect(findings(RULE, 'dropout: 0.1\nlora_dropout: 0.05\n')).toEqual([]);
    expect(findings(RULE, 'train:\n  control_dropout: 0.5\n  caption_dropout_rate: 0.5\n  inpaint_dropout: 0.5\n')).toEqual([]);
    expect(findings(RULE, 'mask_prob: 0.65\n')).toEqual([]);
    // claf's QANet: `layer_dropout` is stochastic depth's survival probability (0.9 in the paper), not unit dropout.
    expect(findings(RULE, '{"model": {"name": "qanet", "qanet": {"model_dim": 128, "num_head_in_modeling": 8, "layer_dropout": 0.9, "dropout": 0.1}}}', 'json')).toEqual([]);
    expect(findings(RULE, 'hydra:\n  sweeper:\n    params:\n      dropout: interval(0, 1)\ndropout: 0.2\n')).toEqual([]);
    expect(findings(RULE, 'dropout: 1.5\n')).toEqual([]);
  });
});
