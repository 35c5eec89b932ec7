import { describe, expect, it } from 'vitest';
import { CONCEPTS, conceptById, normalizeKey, type ConfigFormat } from '../../src/index.js';
import { analysisOf, fieldAt } from '../document-helpers.js';

/** `kind/concept` of the field at `path` (a dotted path, `[i]` for list items). */
function tag(text: string, path: string, format: ConfigFormat = 'yaml'): string {
  const f = fieldAt(analysisOf(text, format).fields, path);
  return `${f.kind}/${f.concept ?? '-'}`;
}

const M = '[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]]';
const V = '[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2]';

/** [framework or source, config, format, path, expected kind/concept]. */
type Case = readonly [source: string, text: string, format: ConfigFormat, path: string, expected: string];

const HYPERPARAMETERS: Record<string, readonly Case[]> = {
  'learning rate': [
    ['HF Trainer', 'learning_rate: 2.0e-5\n', 'yaml', 'learning_rate', 'hyperparameter/learning-rate'],
    ['torch / Hydra', 'optimizer:\n  _target_: torch.optim.AdamW\n  lr: 0.001\n', 'yaml', 'optimizer.lr', 'hyperparameter/learning-rate'],
    ['DeepSpeed', '{"optimizer": {"type": "AdamW", "params": {"lr": 3e-5}}}', 'json', 'optimizer.params.lr', 'hyperparameter/learning-rate'],
    ['detectron2', 'SOLVER:\n  BASE_LR: 0.02\n', 'yaml', 'SOLVER.BASE_LR', 'hyperparameter/learning-rate'],
    ['Ultralytics', 'lr0: 0.01\nlrf: 0.01\n', 'yaml', 'lr0', 'hyperparameter/learning-rate'],
    ['XGBoost', '{"eta": 0.3, "max_depth": 6}', 'json', 'eta', 'hyperparameter/learning-rate'],
    ['XGBoost alias pair', '{"eta": 0.3, "learning_rate": 0.3, "max_depth": 6}', 'json', 'eta', 'hyperparameter/learning-rate'],
    ['scikit-learn MLP', '{"learning_rate_init": 0.001, "solver": "adam"}', 'json', 'learning_rate_init', 'hyperparameter/learning-rate'],
    ['TF.js camelCase', '{"learningRate": 0.001}', 'json', 'learningRate', 'hyperparameter/learning-rate'],
    ['OneCycleLR', 'scheduler:\n  max_lr: 0.1\n', 'yaml', 'scheduler.max_lr', 'hyperparameter/learning-rate'],
    ['torchtitan', '[optimizer]\nlr = 8e-4\n', 'toml', 'optimizer.lr', 'hyperparameter/learning-rate'],
    ['LightGBM alias', 'shrinkage_rate: 0.1\n', 'yaml', 'shrinkage_rate', 'hyperparameter/learning-rate'],
  ],
  'number of epochs / steps': [
    ['HF Trainer', 'num_train_epochs: 3\n', 'yaml', 'num_train_epochs', 'hyperparameter/epochs'],
    ['axolotl', 'num_epochs: 1\n', 'yaml', 'num_epochs', 'hyperparameter/epochs'],
    ['Lightning', 'trainer:\n  max_epochs: 10\n', 'yaml', 'trainer.max_epochs', 'hyperparameter/epochs'],
    ['Ludwig', 'trainer:\n  epochs: 50\n', 'yaml', 'trainer.epochs', 'hyperparameter/epochs'],
    ['HF max_steps', 'max_steps: 1000\n', 'yaml', 'max_steps', 'hyperparameter/max-steps'],
    ['diffusion_policy env runner', 'task:\n  env_runner:\n    max_steps: 400\n    n_envs: 28\n', 'yaml', 'task.env_runner.max_steps', 'hyperparameter/-'],
    ['an ML-Agents behavior named after its environment', 'behaviors:\n  EnvironmentAgentBehavior:\n    trainer_type: ppo\n    max_steps: 500000\n', 'yaml', 'behaviors.EnvironmentAgentBehavior.max_steps', 'hyperparameter/max-steps'],
    ['nanoGPT', 'max_iters: 5000\n', 'yaml', 'max_iters', 'hyperparameter/max-steps'],
    ['detectron2', 'SOLVER:\n  MAX_ITER: 90000\n', 'yaml', 'SOLVER.MAX_ITER', 'hyperparameter/max-steps'],
    ['Ludwig train_steps', 'trainer:\n  train_steps: 1\n', 'yaml', 'trainer.train_steps', 'hyperparameter/max-steps'],
    ['torchtitan steps', '[training]\nsteps = 10_000\n', 'toml', 'training.steps', 'hyperparameter/max-steps'],
    ['Composer', 'max_duration: 4800ba\n', 'yaml', 'max_duration', 'hyperparameter/max-steps'],
    ['XGBoost rounds', '{"num_boost_round": 100}', 'json', 'num_boost_round', 'hyperparameter/boosting-rounds'],
  ],
  'batch size (micro, per-device, global, accumulation)': [
    ['HF per-device', 'per_device_train_batch_size: 8\n', 'yaml', 'per_device_train_batch_size', 'hyperparameter/micro-batch-size'],
    ['axolotl micro', 'micro_batch_size: 2\n', 'yaml', 'micro_batch_size', 'hyperparameter/micro-batch-size'],
    ['DeepSpeed micro', '{"train_micro_batch_size_per_gpu": 4}', 'json', 'train_micro_batch_size_per_gpu', 'hyperparameter/micro-batch-size'],
    ['LitGPT global', 'train:\n  global_batch_size: 64\n', 'yaml', 'train.global_batch_size', 'hyperparameter/global-batch-size'],
    ['detectron2 global', 'SOLVER:\n  IMS_PER_BATCH: 16\n', 'yaml', 'SOLVER.IMS_PER_BATCH', 'hyperparameter/global-batch-size'],
    ['Composer global', 'global_train_batch_size: 256\n', 'yaml', 'global_train_batch_size', 'hyperparameter/global-batch-size'],
    ['DeepSpeed train_batch_size', '{"train_batch_size": 64}', 'json', 'train_batch_size', 'hyperparameter/batch-size'],
    ['Ludwig / Keras batch_size', 'trainer:\n  batch_size: 128\n', 'yaml', 'trainer.batch_size', 'hyperparameter/batch-size'],
    ['HF accumulation', 'gradient_accumulation_steps: 4\n', 'yaml', 'gradient_accumulation_steps', 'hyperparameter/gradient-accumulation'],
    ['Lightning accumulation', 'trainer:\n  accumulate_grad_batches: 2\n', 'yaml', 'trainer.accumulate_grad_batches', 'hyperparameter/gradient-accumulation'],
  ],
  'number of layers': [
    ['HF config', '{"num_hidden_layers": 12}', 'json', 'num_hidden_layers', 'hyperparameter/num-layers'],
    ['nanoGPT', 'n_layer: 12\n', 'yaml', 'n_layer', 'hyperparameter/num-layers'],
    ['Ludwig', 'combiner:\n  num_fc_layers: 2\n', 'yaml', 'combiner.num_fc_layers', 'hyperparameter/num-layers'],
    ['LLM Foundry', 'model:\n  n_layers: 24\n', 'yaml', 'model.n_layers', 'hyperparameter/num-layers'],
  ],
  'hidden units': [
    ['HF config', '{"hidden_size": 768}', 'json', 'hidden_size', 'hyperparameter/hidden-units'],
    ['nanoGPT', 'n_embd: 768\n', 'yaml', 'n_embd', 'hyperparameter/hidden-units'],
    ['Keras Dense', '{"class_name": "Dense", "config": {"units": 64}}', 'json', 'config.units', 'hyperparameter/hidden-units'],
    ['scikit-learn MLP', '{"hidden_layer_sizes": [100, 50]}', 'json', 'hidden_layer_sizes', 'hyperparameter/hidden-units'],
    ['LLM Foundry', 'model:\n  d_model: 2048\n', 'yaml', 'model.d_model', 'hyperparameter/hidden-units'],
  ],
  'activation function': [
    ['Keras / Ludwig', 'activation: relu\n', 'yaml', 'activation', 'hyperparameter/activation'],
    ['HF config', '{"hidden_act": "gelu"}', 'json', 'hidden_act', 'hyperparameter/activation'],
    ['torch', 'model:\n  nonlinearity: tanh\n', 'yaml', 'model.nonlinearity', 'hyperparameter/activation'],
  ],
  'weight decay and L1/L2': [
    ['torch / HF', 'weight_decay: 0.01\n', 'yaml', 'weight_decay', 'hyperparameter/weight-decay'],
    ['detectron2', 'SOLVER:\n  WEIGHT_DECAY: 0.0001\n', 'yaml', 'SOLVER.WEIGHT_DECAY', 'hyperparameter/weight-decay'],
    ['Ludwig', 'trainer:\n  regularization_lambda: 0.1\n', 'yaml', 'trainer.regularization_lambda', 'hyperparameter/l2-regularization'],
    ['LightGBM L1', 'lambda_l1: 0.1\nnum_leaves: 31\n', 'yaml', 'lambda_l1', 'hyperparameter/l1-regularization'],
    ['LightGBM L2', 'lambda_l2: 1.0\nnum_leaves: 31\n', 'yaml', 'lambda_l2', 'hyperparameter/l2-regularization'],
    ['XGBoost reg_alpha', '{"reg_alpha": 0.5}', 'json', 'reg_alpha', 'hyperparameter/l1-regularization'],
    ['XGBoost alpha', '{"alpha": 0.5, "lambda": 1, "booster": "gbtree", "tree_method": "hist"}', 'json', 'alpha', 'hyperparameter/l1-regularization'],
    ['XGBoost lambda', '{"alpha": 0.5, "lambda": 1, "booster": "gbtree", "tree_method": "hist"}', 'json', 'lambda', 'hyperparameter/l2-regularization'],
    ['scikit-learn alpha', '{"alpha": 0.0001, "penalty": "l2", "solver": "sgd"}', 'json', 'alpha', 'hyperparameter/l2-regularization'],
    ['scikit-learn C', '{"C": 1.0, "penalty": "l2", "solver": "lbfgs"}', 'json', 'C', 'hyperparameter/l2-regularization'],
    ['Keras regularizer', 'kernel_regularizer: l2\n', 'yaml', 'kernel_regularizer', 'hyperparameter/l2-regularization'],
  ],
  'dropout rate': [
    ['generic', 'dropout: 0.1\n', 'yaml', 'dropout', 'hyperparameter/dropout'],
    ['HF BERT', '{"hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1}', 'json', 'attention_probs_dropout_prob', 'hyperparameter/dropout'],
    ['GPT-2', '{"resid_pdrop": 0.1}', 'json', 'resid_pdrop', 'hyperparameter/dropout'],
    ['PEFT', 'lora_dropout: 0.05\n', 'yaml', 'lora_dropout', 'hyperparameter/dropout'],
    ['timm', 'drop_path_rate: 0.1\n', 'yaml', 'drop_path_rate', 'hyperparameter/dropout'],
    ['torch Dropout p', 'drop:\n  _target_: torch.nn.Dropout\n  p: 0.2\n', 'yaml', 'drop.p', 'hyperparameter/dropout'],
    ['Keras Dropout rate', '{"class_name": "Dropout", "config": {"rate": 0.5}}', 'json', 'config.rate', 'hyperparameter/dropout'],
    ['LightningCLI Dropout p', 'head:\n  class_path: torch.nn.Dropout\n  init_args:\n    p: 0.3\n', 'yaml', 'head.init_args.p', 'hyperparameter/dropout'],
    ['NeMo', 'model:\n  encoder:\n    dropout_att: 0.1\n', 'yaml', 'model.encoder.dropout_att', 'hyperparameter/dropout'],
  ],
  'dropout keep probability': [
    ['TensorFlow keep_prob', '{"keep_prob": 0.9, "num_units": 512}', 'json', 'keep_prob', 'hyperparameter/dropout-keep'],
    ['contact_graspnet', 'MODEL:\n  joint_head:\n    conv1d: 4\n    dropout_keep: 0.7\n', 'yaml', 'MODEL.joint_head.dropout_keep', 'hyperparameter/dropout-keep'],
    ['DropoutWrapper', 'rnn:\n  input_keep_prob: 0.8\n', 'yaml', 'rnn.input_keep_prob', 'hyperparameter/dropout-keep'],
    ['session-rec GRU4Rec', 'params:\n  layers: [100]\n  dropout_pkeep: 0.9\n', 'yaml', 'params.dropout_pkeep', 'hyperparameter/dropout-keep'],
  ],
  'optimizer choice': [
    ['HF optim', 'optim: adamw_torch\n', 'yaml', 'optim', 'hyperparameter/optimizer'],
    ['axolotl', 'optimizer: adamw_bnb_8bit\n', 'yaml', 'optimizer', 'hyperparameter/optimizer'],
    ['DeepSpeed type', '{"optimizer": {"type": "AdamW", "params": {}}}', 'json', 'optimizer.type', 'hyperparameter/optimizer'],
    ['Hydra _target_', 'optimizer:\n  _target_: torch.optim.Adam\n', 'yaml', 'optimizer._target_', 'hyperparameter/optimizer'],
    ['LightningCLI class_path', 'optimizer:\n  class_path: torch.optim.AdamW\n', 'yaml', 'optimizer.class_path', 'hyperparameter/optimizer'],
    ['NeMo', 'model:\n  optim:\n    name: adamw\n', 'yaml', 'model.optim.name', 'hyperparameter/optimizer'],
    ['scikit-learn solver', '{"solver": "adam"}', 'json', 'solver', 'hyperparameter/optimizer'],
    ['SpeechBrain', 'opt_class: !name:torch.optim.Adam\n', 'yaml', 'opt_class', 'hyperparameter/optimizer'],
    ['Keras', '{"optimizer": {"class_name": "Adam", "config": {}}}', 'json', 'optimizer.class_name', 'hyperparameter/optimizer'],
  ],
  'loss function': [
    ['Keras / generic', 'loss: categorical_crossentropy\n', 'yaml', 'loss', 'hyperparameter/loss'],
    ['XGBoost / LightGBM objective', '{"objective": "binary:logistic"}', 'json', 'objective', 'hyperparameter/loss'],
    ['scikit-learn trees', '{"criterion": "gini"}', 'json', 'criterion', 'hyperparameter/loss'],
    ['TRL DPO', 'loss_type: sigmoid\n', 'yaml', 'loss_type', 'hyperparameter/loss'],
  ],
  'weight initialization': [
    ['HF config', '{"initializer_range": 0.02}', 'json', 'initializer_range', 'hyperparameter/weight-init'],
    ['Keras', 'kernel_initializer: glorot_uniform\n', 'yaml', 'kernel_initializer', 'hyperparameter/weight-init'],
    ['Ludwig', 'encoder:\n  weights_initializer: xavier_uniform\n', 'yaml', 'encoder.weights_initializer', 'hyperparameter/weight-init'],
    ['PEFT', 'init_lora_weights: gaussian\n', 'yaml', 'init_lora_weights', 'hyperparameter/weight-init'],
  ],
  'momentum and betas': [
    ['torch SGD', 'optimizer:\n  _target_: torch.optim.SGD\n  momentum: 0.9\n', 'yaml', 'optimizer.momentum', 'hyperparameter/momentum'],
    ['detectron2', 'SOLVER:\n  MOMENTUM: 0.9\n', 'yaml', 'SOLVER.MOMENTUM', 'hyperparameter/momentum'],
    ['torch betas', 'optimizer:\n  betas: [0.9, 0.999]\n', 'yaml', 'optimizer.betas', 'hyperparameter/betas'],
    ['HF adam_beta2', 'adam_beta2: 0.95\n', 'yaml', 'adam_beta2', 'hyperparameter/betas'],
    ['nanoGPT beta2', 'beta2: 0.95\n', 'yaml', 'beta2', 'hyperparameter/betas'],
    ['Keras / sklearn beta_1', '{"beta_1": 0.9}', 'json', 'beta_1', 'hyperparameter/betas'],
    ['RMSprop alpha', 'optimizer:\n  type: RMSprop\n  alpha: 0.99\n', 'yaml', 'optimizer.alpha', 'hyperparameter/momentum'],
  ],
  'learning-rate schedule and warmup': [
    ['HF', 'lr_scheduler_type: cosine\n', 'yaml', 'lr_scheduler_type', 'hyperparameter/lr-schedule'],
    ['axolotl', 'lr_scheduler: cosine\n', 'yaml', 'lr_scheduler', 'hyperparameter/lr-schedule'],
    ['DeepSpeed', '{"scheduler": {"type": "WarmupDecayLR"}}', 'json', 'scheduler.type', 'hyperparameter/lr-schedule'],
    ['Ludwig decay', 'trainer:\n  learning_rate_scheduler:\n    decay: cosine\n', 'yaml', 'trainer.learning_rate_scheduler.decay', 'hyperparameter/lr-schedule'],
    ['detectron2', 'SOLVER:\n  LR_SCHEDULER_NAME: WarmupCosineLR\n', 'yaml', 'SOLVER.LR_SCHEDULER_NAME', 'hyperparameter/lr-schedule'],
    ['StepLR gamma', 'scheduler:\n  _target_: torch.optim.lr_scheduler.StepLR\n  gamma: 0.1\n  step_size: 30\n', 'yaml', 'scheduler.gamma', 'hyperparameter/lr-decay'],
    ['detectron2 STEPS', 'SOLVER:\n  STEPS: (60000, 80000)\n', 'yaml', 'SOLVER.STEPS', 'hyperparameter/lr-decay'],
    ['HF warmup_ratio', 'warmup_ratio: 0.1\n', 'yaml', 'warmup_ratio', 'hyperparameter/warmup'],
    ['HF warmup_steps', 'warmup_steps: 100\n', 'yaml', 'warmup_steps', 'hyperparameter/warmup'],
    ['DeepSpeed', '{"scheduler": {"params": {"warmup_num_steps": 1000}}}', 'json', 'scheduler.params.warmup_num_steps', 'hyperparameter/warmup'],
    ['Composer t_warmup', 'scheduler:\n  t_warmup: 100ba\n', 'yaml', 'scheduler.t_warmup', 'hyperparameter/warmup'],
    ['LitGPT', 'train:\n  lr_warmup_steps: 100\n', 'yaml', 'train.lr_warmup_steps', 'hyperparameter/warmup'],
    ['nanoGPT', 'warmup_iters: 2000\n', 'yaml', 'warmup_iters', 'hyperparameter/warmup'],
  ],
  'batch-normalization parameters': [
    ['TabNet (Ludwig)', 'combiner:\n  bn_momentum: 0.4\n  bn_virtual_bs: 512\n', 'yaml', 'combiner.bn_momentum', 'hyperparameter/batch-norm'],
    ['BN block momentum', 'norm:\n  momentum: 0.99\n', 'yaml', 'norm.momentum', 'hyperparameter/batch-norm'],
    ['Keras BatchNormalization', '{"class_name": "BatchNormalization", "config": {"momentum": 0.99, "epsilon": 0.001}}', 'json', 'config.momentum', 'hyperparameter/batch-norm'],
    ['Keras BatchNormalization eps', '{"class_name": "BatchNormalization", "config": {"momentum": 0.99, "epsilon": 0.001}}', 'json', 'config.epsilon', 'hyperparameter/batch-norm'],
    ['HF layer norm', '{"layer_norm_eps": 1e-12}', 'json', 'layer_norm_eps', 'hyperparameter/batch-norm'],
    ['Lightning', 'trainer:\n  sync_batchnorm: true\n', 'yaml', 'trainer.sync_batchnorm', 'hyperparameter/batch-norm'],
  ],
  'kernel size': [
    ['torch / Keras', 'conv:\n  kernel_size: 3\n', 'yaml', 'conv.kernel_size', 'hyperparameter/kernel-size'],
    ['Keras Conv2D', '{"class_name": "Conv2D", "config": {"kernel_size": [3, 3]}}', 'json', 'config.kernel_size', 'hyperparameter/kernel-size'],
    ['Ludwig', 'encoder:\n  filter_size: 3\n', 'yaml', 'encoder.filter_size', 'hyperparameter/kernel-size'],
  ],
  'pooling size': [
    ['Keras', '{"class_name": "MaxPooling2D", "config": {"pool_size": [2, 2]}}', 'json', 'config.pool_size', 'hyperparameter/pool-size'],
    ['Ludwig', 'encoder:\n  pool_kernel_size: 2\n', 'yaml', 'encoder.pool_kernel_size', 'hyperparameter/pool-size'],
    ['Ludwig pool function', 'encoder:\n  pool_function: max\n', 'yaml', 'encoder.pool_function', 'hyperparameter/pool-size'],
  ],
};

const LEARNED: Record<string, readonly Case[]> = {
  weights: [
    ['torch state dict', `fc.weight: ${M}\n`, 'yaml', 'fc.weight', 'learned-parameter/weights'],
    ['torch nested module', `state_dict:\n  layer1.0.conv1.weight: ${M}\n`, 'yaml', 'state_dict.layer1.0.conv1.weight', 'learned-parameter/weights'],
    ['MultiheadAttention', `attn.in_proj_weight: ${M}\n`, 'yaml', 'attn.in_proj_weight', 'learned-parameter/weights'],
    ['RNN', `rnn.weight_ih_l0: ${M}\n`, 'yaml', 'rnn.weight_ih_l0', 'learned-parameter/weights'],
    ['RNN without prefix', `weight_hh_l1_reverse: ${M}\n`, 'yaml', 'weight_hh_l1_reverse', 'learned-parameter/weights'],
    ['PEFT LoRA', `lora_A.default.weight: ${M}\n`, 'yaml', 'lora_A.default.weight', 'learned-parameter/weights'],
    ['generic weights matrix', `weights: ${M}\n`, 'yaml', 'weights', 'learned-parameter/weights'],
    ['Keras embeddings', `{"embeddings": ${M}}`, 'json', 'embeddings', 'learned-parameter/weights'],
    ['Keras BN gamma', `{"gamma": ${V}}`, 'json', 'gamma', 'learned-parameter/weights'],
  ],
  biases: [
    ['torch state dict', `fc.bias: ${V}\n`, 'yaml', 'fc.bias', 'learned-parameter/biases'],
    ['RNN', `rnn.bias_ih_l0: ${V}\n`, 'yaml', 'rnn.bias_ih_l0', 'learned-parameter/biases'],
    ['Keras bias vector', `{"bias": ${V}}`, 'json', 'bias', 'learned-parameter/biases'],
    ['scikit-learn intercept_', '{"intercept_": [0.5]}', 'json', 'intercept_', 'learned-parameter/biases'],
  ],
  'kernel weights': [
    ['Keras kernel', `{"kernel": ${M}}`, 'json', 'kernel', 'learned-parameter/kernel-weights'],
    ['explicit name', `kernel_weights: ${M}\n`, 'yaml', 'kernel_weights', 'learned-parameter/kernel-weights'],
  ],
  'feature weights': [
    ['scikit-learn importances', `{"feature_importances_": ${V}}`, 'json', 'feature_importances_', 'learned-parameter/feature-weights'],
    ['TF-IDF idf_', `{"idf_": ${V}}`, 'json', 'idf_', 'learned-parameter/feature-weights'],
  ],
  coefficients: [
    ['scikit-learn coef_', `{"coef_": ${M}}`, 'json', 'coef_', 'learned-parameter/coefficients'],
    ['SVM dual_coef_', `{"dual_coef_": ${V}}`, 'json', 'dual_coef_', 'learned-parameter/coefficients'],
    ['KMeans centers', `{"cluster_centers_": ${M}}`, 'json', 'cluster_centers_', 'learned-parameter/coefficients'],
  ],
  'decision thresholds': [
    ['TunedThresholdClassifierCV', '{"best_threshold_": 0.42}', 'json', 'best_threshold_', 'learned-parameter/decision-thresholds'],
    ['XGBoost model dump', `{"learner": {"gradient_booster": {"model": {"trees": [{"split_conditions": ${V}}]}}}}`, 'json', 'learner.gradient_booster.model.trees[0].split_conditions', 'learned-parameter/decision-thresholds'],
    ['LightGBM tree threshold', `tree_info:\n  - threshold: ${V}\n`, 'yaml', 'tree_info[0].threshold', 'learned-parameter/decision-thresholds'],
  ],
  'support vectors': [
    ['SVC', `{"support_vectors_": ${M}}`, 'json', 'support_vectors_', 'learned-parameter/support-vectors'],
    ['SVC indices', '{"support_": [0, 4, 9]}', 'json', 'support_', 'learned-parameter/support-vectors'],
  ],
  'running statistics': [
    ['torch BN', `bn1.running_mean: ${V}\n`, 'yaml', 'bn1.running_mean', 'learned-parameter/running-stats'],
    ['torch BN var', `bn1.running_var: ${V}\n`, 'yaml', 'bn1.running_var', 'learned-parameter/running-stats'],
    ['torch BN counter', 'bn1.num_batches_tracked: 1200\n', 'yaml', 'bn1.num_batches_tracked', 'learned-parameter/running-stats'],
    ['Keras BN', `{"moving_mean": ${V}, "moving_variance": ${V}}`, 'json', 'moving_variance', 'learned-parameter/running-stats'],
    ['StandardScaler', `{"mean_": ${V}, "scale_": ${V}}`, 'json', 'scale_', 'learned-parameter/running-stats'],
  ],
  'optimizer state': [
    ['torch Adam state', `state:\n  "0":\n    exp_avg: ${V}\n    exp_avg_sq: ${V}\n`, 'yaml', 'state.0.exp_avg_sq', 'learned-parameter/optimizer-state'],
    ['torch SGD state', `momentum_buffer: ${V}\n`, 'yaml', 'momentum_buffer', 'learned-parameter/optimizer-state'],
  ],
};

/** RULES-CATALOG.md §B.2 look-alikes, plus CORPUS-NOTES §5: none of these is a learned parameter. */
const TRAPS: readonly (readonly [why: string, text: string, format: ConfigFormat, path: string, expected: string])[] = [
  ['a loss term\'s single `coefficients`', 'loss:\n  coefficients: 0.5\n', 'yaml', 'loss.coefficients', 'hyperparameter/-'],
  ['a single `intercept` offset', 'model:\n  slope: 2.0\n  intercept: 0.5\n', 'yaml', 'model.intercept', 'hyperparameter/-'],
  ['a fitted model\'s `coef` matrix', `model:\n  type: logistic_regression\n  C: 1.0\n  coef: ${M}\n`, 'yaml', 'model.coef', 'learned-parameter/coefficients'],
  ['a fitted model\'s `intercept` vector', 'model:\n  type: logistic_regression\n  intercept: [-0.8812]\n', 'yaml', 'model.intercept', 'learned-parameter/biases'],
  ['scikit-learn\'s fitted `intercept_`, even one number', 'intercept_: 0.8812\n', 'yaml', 'intercept_', 'learned-parameter/biases'],
  ['PEFT `bias: none`', 'r: 16\nlora_alpha: 32\nbias: none\n', 'yaml', 'bias', 'hyperparameter/adapter'],
  ['PEFT `bias: lora_only` in JSON', '{"peft_type": "LORA", "r": 8, "bias": "lora_only"}', 'json', 'bias', 'hyperparameter/adapter'],
  ['nanoGPT `bias: false`', 'n_layer: 12\nbias: false\n', 'yaml', 'bias', 'hyperparameter/-'],
  ['Keras `use_bias`', '{"class_name": "Dense", "config": {"units": 4, "use_bias": true}}', 'json', 'config.use_bias', 'hyperparameter/-'],
  ['detectron2 `MODEL.WEIGHTS` path', 'MODEL:\n  WEIGHTS: "detectron2://ImageNetPretrained/MSRA/R-50.pkl"\n', 'yaml', 'MODEL.WEIGHTS', 'other/-'],
  ['a checkpoint path named weights', 'weights: checkpoints/best.pt\n', 'yaml', 'weights', 'other/-'],
  ['Ludwig `pretrained_adapter_weights`', 'adapter:\n  pretrained_adapter_weights: org/adapter\n', 'yaml', 'adapter.pretrained_adapter_weights', 'other/-'],
  ['`init_from`', 'init_from: gpt2-xl\n', 'yaml', 'init_from', 'other/-'],
  ['ESD\'s `eta` beside its learning rate', 'eta: 1.0\nlearning_rate: 1.0e-5\nnum_steps: 1000\n', 'yaml', 'eta', 'other/-'],
  // XGBoost's `gamma` is also a discount: beside `lr` and `gamma` alone, `eta` is still not the learning rate.
  ['an RL `eta` beside a discount', 'lr: 3.0e-4\ngamma: 0.99\neta: 0.01\n', 'yaml', 'eta', 'other/-'],
  ["Polyaxon's Hyperband `eta` (its halving rate)", 'matrix:\n  kind: hyperband\n  maxIterations: 10\n  eta: 3\n', 'yaml', 'matrix.eta', 'other/-'],
  ["hpbandster's BOHB `eta`", 'min_budget: 1\nmax_budget: 81\neta: 3\n', 'yaml', 'eta', 'other/-'],
  ["XGBoost's `eta`", 'eta: 0.3\nmax_depth: 6\nobjective: binary:logistic\n', 'yaml', 'eta', 'hyperparameter/learning-rate'],
  ["an initialisation block's `running_mean` (its starting value)", 'initialization:\n  batch_norm:\n    running_mean: 0.0\n    running_variance: 1.0\n', 'yaml', 'initialization.batch_norm.running_mean', 'hyperparameter/weight-init'],
  ['a BatchNorm state dict\'s `running_mean`', 'bn1:\n  running_mean: [0.1, -0.2, 0.05]\n', 'yaml', 'bn1.running_mean', 'learned-parameter/running-stats'],
  ['`resume_from_checkpoint`', 'resume_from_checkpoint: out/checkpoint-500\n', 'yaml', 'resume_from_checkpoint', 'other/-'],
  ['DPO `beta` (alignment-handbook)', 'beta: 0.01\nlearning_rate: 5.0e-7\nloss_type: sigmoid\nmax_prompt_length: 512\n', 'yaml', 'beta', 'hyperparameter/preference-beta'],
  ['`beta_1` of Keras Adam', '{"class_name": "Adam", "config": {"beta_1": 0.9}}', 'json', 'config.beta_1', 'hyperparameter/betas'],
  ['Adam `betas` tuple', 'optimizer:\n  betas: [0.9, 0.999]\n', 'yaml', 'optimizer.betas', 'hyperparameter/betas'],
  ['ILQL `betas` (trlx, advantage temperatures)', 'method:\n  name: ilqlconfig\n  tau: 0.7\n  gamma: 0.99\n  betas: [8]\n', 'yaml', 'method.betas', 'other/-'],
  ['`betas` beside `tau` and a learning rate', 'train:\n  lr: 0.001\n  tau: 0.005\n  betas: [0.9, 0.999]\n', 'yaml', 'train.betas', 'hyperparameter/betas'],
  ['`kernel_size`', 'conv:\n  kernel_size: [3, 3]\n', 'yaml', 'conv.kernel_size', 'hyperparameter/kernel-size'],
  ['SVM `kernel: rbf`', '{"kernel": "rbf", "C": 1.0}', 'json', 'kernel', 'hyperparameter/-'],
  ['`kernel_initializer`', 'kernel_initializer: he_normal\n', 'yaml', 'kernel_initializer', 'hyperparameter/weight-init'],
  ['`bias_initializer`', 'bias_initializer: zeros\n', 'yaml', 'bias_initializer', 'hyperparameter/weight-init'],
  ['`beta_initializer`', 'beta_initializer: zeros\n', 'yaml', 'beta_initializer', 'hyperparameter/weight-init'],
  ['`moving_mean_initializer`', 'moving_mean_initializer: zeros\n', 'yaml', 'moving_mean_initializer', 'hyperparameter/weight-init'],
  ['TabNet `bn_momentum` (CORPUS-NOTES §5)', 'combiner:\n  type: tabnet\n  bn_momentum: 0.4\n', 'yaml', 'combiner.bn_momentum', 'hyperparameter/batch-norm'],
  ['TabNet `bn_virtual_bs`', 'combiner:\n  bn_virtual_bs: 512\n', 'yaml', 'combiner.bn_virtual_bs', 'hyperparameter/batch-norm'],
  ['GMM `means_init` array', `{"n_components": 2, "means_init": ${M}}`, 'json', 'means_init', 'hyperparameter/weight-init'],
  ['GMM `weights_init`', '{"weights_init": [0.3, 0.7]}', 'json', 'weights_init', 'hyperparameter/weight-init'],
  ['GMM `precisions_init`', `{"precisions_init": ${M}}`, 'json', 'precisions_init', 'hyperparameter/weight-init'],
  ['KMeans `init` array', `{"n_clusters": 2, "init": ${M}}`, 'json', 'init', 'hyperparameter/weight-init'],
  ['StepLR `gamma`', 'scheduler:\n  type: StepLR\n  gamma: 0.1\n', 'yaml', 'scheduler.gamma', 'hyperparameter/lr-decay'],
  ['XGBoost `gamma`', '{"gamma": 0.5, "booster": "gbtree", "tree_method": "hist"}', 'json', 'gamma', 'hyperparameter/tree-complexity'],
  ['focal-loss `gamma`', 'loss:\n  name: focal\n  gamma: 2.0\n  alpha: 0.25\n', 'yaml', 'loss.gamma', 'hyperparameter/loss'],
  ['LoRA `alpha`', 'lora:\n  r: 8\n  alpha: 16\n', 'yaml', 'lora.alpha', 'hyperparameter/lora-alpha'],
  ['`dpo_loss_weights`', 'dpo_loss_weights: [1.0, 0.5]\n', 'yaml', 'dpo_loss_weights', 'hyperparameter/loss'],
  ['`class_weight` list', `{"class_weight": [1, 5, 5, 5, 5, 5, 5, 5, 5, 5]}`, 'json', 'class_weight', 'hyperparameter/loss'],
  ['loss `weight` per class', 'criterion:\n  weight: [1.0, 2.0, 0.5]\n', 'yaml', 'criterion.weight', 'hyperparameter/loss'],
  ['`loss_weights`', 'loss_weights: [1, 0.5, 0.2]\n', 'yaml', 'loss_weights', 'hyperparameter/loss'],
  ['LightGBM `label_gain`', `label_gain: ${V}\n`, 'yaml', 'label_gain', 'hyperparameter/loss'],
  ['LightGBM `monotone_constraints`', 'monotone_constraints: [1, -1, 0, 0, 0, 0, 0, 0, 0, 0]\n', 'yaml', 'monotone_constraints', 'other/-'],
  ['`milestones`', 'milestones: [30, 60, 90]\n', 'yaml', 'milestones', 'hyperparameter/lr-decay'],
  ['XGBoost `base_score`', '{"base_score": 0.5}', 'json', 'base_score', 'other/-'],
  ['`threshold` of ReduceLROnPlateau', 'scheduler:\n  type: ReduceLROnPlateau\n  threshold: 0.0001\n', 'yaml', 'scheduler.threshold', 'hyperparameter/-'],
  ['an app threshold', 'alignment_threshold: 0.45\n', 'yaml', 'alignment_threshold', 'hyperparameter/-'],
  ['RL discount `gamma` beside `tau` (SAC)', 'train:\n  gamma: 0.99\n  tau: 0.005\n  learning_starts: 1000\n', 'yaml', 'train.gamma', 'hyperparameter/-'],
  ['RL `tau` (target-network smoothing)', 'train:\n  gamma: 0.99\n  tau: 0.005\n', 'yaml', 'train.tau', 'hyperparameter/-'],
  ['PPO `ent_coef` weights the entropy bonus', 'ent_coef: 0.01\nvf_coef: 0.5\nclip_range: 0.2\n', 'yaml', 'ent_coef', 'hyperparameter/loss'],
  ['PPO `gae_lambda`', 'gamma: 0.99\ngae_lambda: 0.95\n', 'yaml', 'gae_lambda', 'hyperparameter/-'],
  ["3D-Speaker's `margin_scheduler` schedules the ArcFace margin, not the rate", 'margin_scheduler:\n  obj: speakerlab.process.scheduler.MarginScheduler\n  args:\n    initial_margin: 0.0\n', 'yaml', 'margin_scheduler', 'hyperparameter/-'],
  ["a `temperature_scheduler`'s `gamma` decays the temperature", 'temperature_scheduler:\n  gamma: 0.5\n  step_size: 10\n', 'yaml', 'temperature_scheduler.gamma', 'hyperparameter/-'],
  ['a `teacher_lr_scheduler` is still the rate\'s', 'teacher_lr_scheduler:\n  gamma: 0.5\n  step_size: 10\n', 'yaml', 'teacher_lr_scheduler.gamma', 'hyperparameter/lr-decay'],
  ["an EMA block's `warmup_steps` ramps the average's decay", 'ema:\n  decay: 0.9999\n  warmup_steps: 20000\n', 'yaml', 'ema.warmup_steps', 'hyperparameter/ema'],
  ['Karras noise-schedule `rho` in a `schedule:` block (consistency models)', 'schedule:\n  sigma_min: 0.002\n  sigma_max: 80.0\n  rho: 7.0\n', 'yaml', 'schedule.rho', 'hyperparameter/-'],
  ['Karras `rho` beside the discretisation bounds', 'lr: 0.0001\nrho: 7.0\nfinal_timesteps: 250\ninitial_timesteps: 20\n', 'yaml', 'rho', 'hyperparameter/-'],
  ['Adadelta `rho` in an optimizer block', 'optimizer:\n  type: adadelta\n  lr: 1.0\n  rho: 0.9\n', 'yaml', 'optimizer.rho', 'hyperparameter/momentum'],
  ["MHPI hydrology's `rho: 365`, a training window of days beside Adadelta's rate", 'warm_up: 365\nrho: 365\nbatch_size: 100\nlearning_rate: 1.0\n', 'yaml', 'rho', 'other/-'],
  ["commonlitreadabilityprize's `multisample_dropout: 5` beside its rate counts dropout heads", 'model:\n  multisample_dropout: 5\n  multisample_dropout_rate: 0.5\n', 'yaml', 'model.multisample_dropout', 'hyperparameter/-'],
  ['its `multisample_dropout_rate` is the dropout rate', 'model:\n  multisample_dropout: 5\n  multisample_dropout_rate: 0.5\n', 'yaml', 'model.multisample_dropout_rate', 'hyperparameter/dropout'],
  ['a dropout of 5 with no rate beside it stays a dropout rate (and out of range)', 'model:\n  dropout: 5\n  hidden_size: 256\n', 'yaml', 'model.dropout', 'hyperparameter/dropout'],
  ['an out-of-range Adadelta `rho` written as a fraction stays a decay', 'optimizer:\n  type: adadelta\n  lr: 1.0\n  rho: 1.5\n', 'yaml', 'optimizer.rho', 'hyperparameter/momentum'],
  ['SB3 PPO `n_steps` is the rollout length, not the run\'s', 'n_timesteps: 1000000\nn_steps: 512\ngae_lambda: 0.92\nclip_range: 0.2\n', 'yaml', 'n_steps', 'hyperparameter/-'],
  ['CleanRL PPO `num_steps` beside `num_envs`', 'total_timesteps: 10000000\nnum_envs: 8\nnum_steps: 128\n', 'yaml', 'num_steps', 'hyperparameter/-'],
  ['`n_steps` without reinforcement-learning settings', 'n_steps: 10000\nlr: 0.001\n', 'yaml', 'n_steps', 'hyperparameter/max-steps'],
  ['Ultralytics augmentation `mosaic`', 'lr0: 0.01\nmosaic: 1.0\nfliplr: 0.5\n', 'yaml', 'mosaic', 'hyperparameter/-'],
  ['Ultralytics `scale` beside augmentations', 'degrees: 0.0\ntranslate: 0.1\nscale: 0.5\nfliplr: 0.5\n', 'yaml', 'scale', 'hyperparameter/-'],
  ["TarDAL's `flip_lr` augmentation probability, not a learning rate", 'detect:\n  translate: 0.1\n  flip_ud: 0.0\n  flip_lr: 0.5\n', 'yaml', 'detect.flip_lr', 'hyperparameter/-'],
  ["bnn's `log_lr: -5`, the logarithm its ExpectationSGD takes, not a learning rate", 'train:\n  epochs: 10\n  log_lr: -5\n  batch_size: 2048\n', 'yaml', 'train.log_lr', 'other/-'],
  ["NNCF's `epochs_lr: -1`, the length of a stage's rate schedule in epochs (SQFT), a schedule setting, not a learning rate", 'schedule:\n  list_stage_descriptions:\n    - {train_dims: [width], epochs: -1, init_lr: -1, epochs_lr: -1}\n', 'yaml', 'schedule.list_stage_descriptions[0].epochs_lr', 'hyperparameter/lr-decay'],
  ['`log10_learning_rate` is a logarithm too', 'log10_learning_rate: -3.5\nbatch_size: 32\n', 'yaml', 'log10_learning_rate', 'other/-'],
  ['`decoder_learning_rate` is still a learning rate', 'decoder_learning_rate: 0.001\nbatch_size: 32\n', 'yaml', 'decoder_learning_rate', 'hyperparameter/learning-rate'],
  ["TarDAL's `lr_i`, the initial learning rate beside `lr_f`", 'optimizer:\n  name: adamw\n  lr_i: 1.0e-3\n  lr_f: 1.0e-3\n', 'yaml', 'optimizer.lr_i', 'hyperparameter/learning-rate'],
  ['VITS `hop_length` in `data:`', 'data:\n  filter_length: 1024\n  hop_length: 256\n', 'yaml', 'data.hop_length', 'hyperparameter/-'],
  ['ViT `patch_size`', 'model:\n  patch_size: 16\n  embed_dim: 768\n', 'yaml', 'model.patch_size', 'hyperparameter/-'],
  ['LDM `num_res_blocks`', 'ddconfig:\n  ch: 128\n  num_res_blocks: 2\n', 'yaml', 'ddconfig.num_res_blocks', 'hyperparameter/-'],
  ['a LightGBM pipeline\'s decision cut-off under `model`, beside its params (jobcare-recommendation)', 'model:\n  fold: 5\n  params:\n    num_leaves: 51\n    subsample: 0.56\n    boosting_type: gbdt\n    objective: binary\n  threshold: 0.3585\n  seed: 42\n', 'yaml', 'model.threshold', 'hyperparameter/-'],
  ['a LightGBM split `threshold` under `model` beside the tree node\'s other keys', 'model:\n  num_leaves: 31\n  bagging_freq: 1\n  split_feature: 3\n  split_gain: 12.5\n  threshold: 0.25\n  left_child: 1\n', 'yaml', 'model.threshold', 'learned-parameter/decision-thresholds'],
  ['a network\'s isosurface `threshold` under `model` (instant-nsr-pl)', 'model:\n  geometry:\n    isosurface:\n      method: mc\n      threshold: 0.0\n', 'yaml', 'model.geometry.isosurface.threshold', 'hyperparameter/-'],
  ['EMA `decay` (diffusion)', 'ema:\n  decay: 0.9999\n', 'yaml', 'ema.decay', 'hyperparameter/ema'],
  ['`running_mean` as a flag', 'track_running_stats: true\n', 'yaml', 'track_running_stats', 'hyperparameter/batch-norm'],
  ['`moving_mean` without values', 'moving_mean: zeros\n', 'yaml', 'moving_mean', 'other/-'],
];

describe('classifier: hyperparameter concepts with several frameworks\' names', () => {
  for (const [concept, cases] of Object.entries(HYPERPARAMETERS)) {
    it.each(cases)(`${concept}: %s`, (_source, text, format, path, expected) => {
      expect(tag(text, path, format)).toBe(expected);
    });
  }
});

describe('classifier: learned parameters', () => {
  for (const [concept, cases] of Object.entries(LEARNED)) {
    it.each(cases)(`${concept}: %s`, (_source, text, format, path, expected) => {
      expect(tag(text, path, format)).toBe(expected);
    });
  }

  it('needs numbers: a learned-parameter name holding a string is not learned', () => {
    expect(tag('fc.weight: path/to/tensor.pt\n', 'fc.weight')).toBe('other/-');
    expect(tag('coef_: see the notebook\n', 'coef_')).toBe('other/-');
  });
});

describe('classifier: look-alikes that are not learned parameters (RULES-CATALOG §B.2)', () => {
  it.each(TRAPS)('%s', (_why, text, format, path, expected) => {
    expect(tag(text, path, format)).toBe(expected);
  });
});

describe('classifier: fields and evidence', () => {
  it('gives every mapping entry a kind, its key, value, container and parent', () => {
    const a = analysisOf('optimizer:\n  type: AdamW\n  params:\n    lr: 0.001\nnote: hello\n');
    expect(a.fields.map((f) => f.path.join('.'))).toEqual(['optimizer', 'optimizer.type', 'optimizer.params', 'optimizer.params.lr', 'note']);
    const lr = fieldAt(a.fields, 'optimizer.params.lr');
    expect(lr.parent?.name).toBe('params');
    expect(lr.parent?.parent?.name).toBe('optimizer');
    expect(lr.pointer).toBe('/optimizer/params/lr');
    expect(lr.key.value).toBe('lr');
    expect(lr.container.entries.map((e) => e.key.value)).toEqual(['lr']);
    expect(fieldAt(a.fields, 'note').kind).toBe('other');
  });

  it('states the evidence: the name, the path context and the value shape', () => {
    const a = analysisOf('learning_rate: 2e-5\nscheduler:\n  gamma: 0.1\n  step_size: 10\nfc.weight: [[1, 2], [3, 4]]\n');
    expect(fieldAt(a.fields, 'learning_rate').evidence).toEqual(['name `learning_rate` is a known learning rate name', 'value is a number written as a string']);
    expect(fieldAt(a.fields, 'learning_rate').shape).toBe('numeric-string');
    expect(fieldAt(a.fields, 'scheduler.gamma').evidence.join(' ')).toMatch(/schedule/);
    const w = fieldAt(a.fields, 'fc.weight');
    expect(w.shape).toBe('numeric-matrix');
    expect(w.evidence.join('; ')).toBe('name `fc.weight` matches the learned weights pattern; value is a matrix of numbers');
  });

  it('normalises camelCase, UPPER_CASE, kebab-case and spaces to snake_case', () => {
    expect(normalizeKey('learningRate')).toBe('learning_rate');
    expect(normalizeKey('LEARNING_RATE')).toBe('learning_rate');
    expect(normalizeKey('learning-rate')).toBe('learning_rate');
    expect(normalizeKey('Learning Rate')).toBe('learning_rate');
    expect(normalizeKey('fc.weight')).toBe('fc.weight');
    expect(normalizeKey('coef_')).toBe('coef_');
    expect(normalizeKey('IMS_PER_BATCH')).toBe('ims_per_batch');
    // A key written as its command-line flag (SimpleTuner's `config.json`) is that option; a negative number is no flag.
    expect(normalizeKey('--max_train_steps')).toBe('max_train_steps');
    expect(normalizeKey('-lr')).toBe('lr');
    expect(normalizeKey('-1')).toBe('_1');
  });

  it('classifies placeholders by name, with a placeholder shape', () => {
    const a = analysisOf('{"optimizer": {"params": {"lr": "auto"}}, "train_batch_size": "auto"}', 'json');
    const lr = fieldAt(a.fields, 'optimizer.params.lr');
    expect([lr.kind, lr.concept, lr.shape]).toEqual(['hyperparameter', 'learning-rate', 'placeholder']);
  });

  it('classifies fields in every document of a stream and inside lists', () => {
    const a = analysisOf('config:\n  process:\n    - train:\n        lr: 1e-4\n---\nlr: 0.1\n');
    const lrs = a.fields.filter((f) => f.concept === 'learning-rate');
    expect(lrs.map((f) => [f.documentIndex, f.path.join('.')])).toEqual([
      [0, 'config.process.0.train.lr'],
      [1, 'lr'],
    ]);
  });

  it('has a vocabulary whose concept ids are unique and each has names', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CONCEPTS) {
      expect(c.names.length + (c.patterns?.length ?? 0), c.id).toBeGreaterThan(0);
      for (const n of c.names) expect(normalizeKey(n), `${c.id}: ${n} is written normalised`).toBe(n);
    }
    expect(conceptById('learning-rate')?.kind).toBe('hyperparameter');
    expect(conceptById('support-vectors')?.kind).toBe('learned-parameter');
  });
});
