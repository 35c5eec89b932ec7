import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, FRAMEWORK_IDS, formatFromPath, frameworkById, type ConfigFormat } from '../../src/index.js';
import { CORPUS_DIR, HAS_SHARED } from '../../../../test/helpers/paths.js';
import { analysisOf } from '../document-helpers.js';
import { findings } from '../helpers.js';

/** Small configs in the shape of the shared corpus files named beside each (CORPUS-NOTES §2). */
const SNIPPETS: readonly { framework: string; corpusFile: string; format: ConfigFormat; loader: string; text: string }[] = [
  {
    framework: 'hf-trainer',
    corpusFile: 'huggingface__alignment-handbook/recipes__zephyr-7b-beta__sft__config_full.yaml',
    format: 'yaml',
    loader: 'pyyaml',
    text: 'model_name_or_path: mistralai/Mistral-7B-v0.1\nbf16: true\neval_strategy: epoch\ngradient_accumulation_steps: 1\nlearning_rate: 2.0e-05\nlr_scheduler_type: cosine\nnum_train_epochs: 1\noutput_dir: data/zephyr-7b-sft-full\nper_device_train_batch_size: 16\nwarmup_ratio: 0.1\n',
  },
  {
    framework: 'axolotl',
    corpusFile: 'axolotl-ai-cloud__axolotl/examples__llama-3__lora-1b.yml',
    format: 'yaml',
    loader: 'pyyaml',
    text: 'base_model: NousResearch/Llama-3.2-1B\nadapter: lora\nsequence_len: 2048\nsample_packing: true\nlora_r: 16\nlora_alpha: 32\ngradient_accumulation_steps: 2\nmicro_batch_size: 2\nnum_epochs: 1\noptimizer: adamw_8bit\nlr_scheduler: cosine\nlearning_rate: 0.0002\n',
  },
  {
    framework: 'deepspeed',
    corpusFile: 'huggingface__accelerate/examples__deepspeed_config_templates__zero_stage2_config.json',
    format: 'json',
    loader: 'json',
    text: '{\n  "fp16": {"enabled": true, "loss_scale": 0, "initial_scale_power": 16},\n  "optimizer": {"type": "AdamW", "params": {"lr": "auto", "weight_decay": "auto"}},\n  "zero_optimization": {"stage": 2},\n  "gradient_accumulation_steps": 1,\n  "train_batch_size": "auto",\n  "train_micro_batch_size_per_gpu": "auto"\n}\n',
  },
  {
    framework: 'hydra',
    corpusFile: 'ashleve__lightning-hydra-template/configs__model__mnist.yaml',
    format: 'yaml',
    loader: 'omegaconf',
    text: '_target_: src.models.mnist_module.MNISTLitModule\noptimizer:\n  _target_: torch.optim.Adam\n  _partial_: true\n  lr: 0.001\n  weight_decay: 0.0\nscheduler:\n  _target_: torch.optim.lr_scheduler.ReduceLROnPlateau\n  _partial_: true\n  mode: min\n  factor: 0.1\n  patience: 10\n',
  },
  {
    framework: 'litgpt',
    corpusFile: 'Lightning-AI__litgpt/config_hub__finetune__llama-3.1-8b__lora.yaml',
    format: 'yaml',
    loader: 'jsonargparse',
    text: 'checkpoint_dir: checkpoints/meta-llama/Meta-Llama-3.1-8B\nout_dir: out/finetune/lora\nprecision: bf16-true\ntrain:\n  global_batch_size: 8\n  micro_batch_size: 1\n  lr_warmup_steps: 10\n  epochs: 2\n  min_lr: 6.0e-05\noptimizer:\n  class_path: torch.optim.AdamW\n  init_args:\n    lr: 0.0002\n    weight_decay: 0.0\n    betas:\n      - 0.9\n      - 0.95\n',
  },
  {
    framework: 'nemo',
    corpusFile: 'NVIDIA__NeMo/examples__asr__conf__citrinet__config_bpe.yaml',
    format: 'yaml',
    loader: 'omegaconf',
    text: 'name: &name "ContextNet5x1"\nmodel:\n  train_ds:\n    manifest_filepath: ???\n    batch_size: 32\n  optim:\n    name: adam\n    lr: .1\n    betas: [0.9, 0.999]\n    weight_decay: 0.0001\n    sched:\n      name: CosineAnnealing\n      warmup_ratio: 0.05\n      min_lr: 1e-6\ntrainer:\n  devices: -1\n  max_epochs: 5\n  max_steps: -1\nexp_manager:\n  name: *name\n',
  },
  {
    framework: 'ludwig',
    corpusFile: 'ludwig-ai__ludwig/examples__tabnet__higgs__medium_config.yaml',
    format: 'yaml',
    loader: 'pyyaml',
    text: 'input_features:\n  - name: lepton_pT\n    type: number\noutput_features:\n  - name: label\n    type: binary\ncombiner:\n  type: tabnet\n  num_steps: 8\n  bn_momentum: 0.7\ntrainer:\n  batch_size: 8192\n  epochs: 1000\n  learning_rate: 0.025\n  optimizer:\n    type: adam\n  learning_rate_scheduler:\n    decay: exponential\n    decay_rate: 0.8\n    decay_steps: 10000\n',
  },
  {
    framework: 'torchtitan',
    corpusFile: 'pytorch__torchtitan/torchtitan__models__llama3__train_configs__llama3_8b.toml',
    format: 'toml',
    loader: 'toml',
    text: '[job]\ndump_folder = "./outputs"\ndescription = "Llama 3 8B training"\n\n[optimizer]\nname = "AdamW"\nlr = 3e-4\neps = 1e-8\n\n[lr_scheduler]\nwarmup_steps = 200  # lr scheduler warm up\n\n[training]\nlocal_batch_size = 1\nseq_len = 8192\nmax_norm = 1.0  # grad norm clipping\nsteps = 1000\n\n[parallelism]\ndata_parallel_shard_degree = -1\n',
  },
  {
    framework: 'llm-foundry',
    corpusFile: 'mosaicml__llm-foundry/scripts__train__yamls__pretrain__mpt-125m.yaml',
    format: 'yaml',
    loader: 'omegaconf',
    text: 'variables:\n  max_seq_len: 2048\nmax_seq_len: ${variables.max_seq_len}\ntrain_loader:\n  name: text\neval_loader:\n  name: text\nscheduler:\n  name: cosine_with_warmup\n  t_warmup: 100ba\n  alpha_f: 0.1\noptimizer:\n  name: decoupled_adamw\n  lr: 6.0e-4\n  betas:\n  - 0.9\n  - 0.95\n  weight_decay: 0.0\nmax_duration: 4800ba\nglobal_train_batch_size: 256\ndevice_train_microbatch_size: 16\nprecision: amp_bf16\n',
  },
  {
    framework: 'detectron2',
    corpusFile: 'facebookresearch__detectron2/configs__Base-RCNN-FPN.yaml',
    format: 'yaml',
    loader: 'yacs',
    text: 'MODEL:\n  META_ARCHITECTURE: "GeneralizedRCNN"\n  RESNETS:\n    OUT_FEATURES: ["res2", "res3", "res4", "res5"]\nDATASETS:\n  TRAIN: ("coco_2017_train",)\nSOLVER:\n  IMS_PER_BATCH: 16\n  BASE_LR: 0.02\n  STEPS: (60000, 80000)\n  MAX_ITER: 90000\nINPUT:\n  MIN_SIZE_TRAIN: (640, 672, 704, 736, 768, 800)\nVERSION: 2\n',
  },
];

describe('framework detection', () => {
  it.each(SNIPPETS.map((s) => [s.framework, s] as const))('detects %s from a realistic snippet, best first, and picks its loader', (id, s) => {
    const a = analysisOf(s.text, s.format);
    expect(a.frameworks[0]?.id).toBe(id);
    expect(a.frameworks[0].evidence.length).toBeGreaterThan(0);
    expect(a.loader.id).toBe(s.loader);
  });

  it('does not detect a framework in a file that has no fingerprints', () => {
    const a = analysisOf('name: my-run\nseed: 42\nlr: 0.001\n');
    expect(a.frameworks).toEqual([]);
    expect(a.loader.id).toBe('pyyaml'); // YAML without a known reader: assume PyYAML, the common case
  });

  it('uses a framework forced in settings whatever the fingerprints say', () => {
    const a = analysisOf('lr: 2e-5\n', 'yaml', { frameworks: ['hydra'] });
    expect(a.frameworks.map((f) => [f.id, f.forced])).toEqual([['hydra', true]]);
    expect(a.loader.id).toBe('omegaconf');
  });

  it('detects rl_games agent files and reads `learning_rate` as rl_games does, through float()', () => {
    const text = 'params:\n  algo:\n    name: a2c_continuous\n  network:\n    name: actor_critic\n    mlp:\n      units: [256, 128]\n  config:\n    learning_rate: 3e-4\n    kl_threshold: 8e-3\n    e_clip: 0.2\n    horizon_length: 16\n    mini_epochs: 4\n';
    const a = analysisOf(text);
    expect([a.frameworks[0]?.id, a.loader.id]).toEqual(['rl-games', 'pyyaml']);
    const values = Object.fromEntries(a.fields.filter((f) => f.value.kind === 'scalar').map((f) => [f.normalized, (f.value as { value: unknown }).value]));
    // Only the converted key becomes a number; `kl_threshold` reaches rl_games as the string PyYAML made.
    expect([values.learning_rate, values.kl_threshold]).toEqual([3e-4, '8e-3']);
  });

  it('detects SevenNet input files and converts the loss weights its `_const.py` types as float, not `optim_param`', () => {
    const text = 'model:\n  chemical_species: auto\n  cutoff: 5.0\n  num_convolution_layer: 3\n  is_parity: False\ntrain:\n  is_train_stress: True\n  epoch: 200\n  optimizer: adam\n  optim_param:\n    lr: 5e-3\n  force_loss_weight: 0.1\n  stress_loss_weight: 1e-06\ndata:\n  batch_size: 4\n  data_divide_ratio: 0.1\n';
    const a = analysisOf(text);
    expect([a.frameworks[0]?.id, a.loader.id]).toEqual(['sevennet', 'pyyaml']);
    // `config_initialize` casts `stress_loss_weight` with `float`; `optim_param` reaches torch as PyYAML made it.
    expect(findings('yaml-sci-notation-string', text).map((d) => d.line)).toEqual([11]);
  });

  it('detects LibKGE configs (HittER, kge-iclr20), whose `Config.set` turns numeric strings into numbers and, with auto_correct, a negative dropout into 0', () => {
    const hitter = 'job.type: train\ndataset.name: fb15k-237\nmodel: trme\neval:\n  batch_size: 1024\n  metrics_per:\n    relation_type: true\n  trace_level: example\ntrain:\n  loss: kl\n  auto_correct: true\n  max_epochs: 300\n  optimizer: Adamax\n  optimizer_args:\n    lr: 0.01\n    eps: 1e-6\nlookup_embedder:\n  dim: 320\n  dropout: -0.03\n';
    const a = analysisOf(hitter);
    expect([a.frameworks.map((f) => f.id), a.loader.id]).toEqual([['libkge'], 'typed']);
    expect(findings('yaml-sci-notation-string', hitter)).toEqual([]);
    expect(findings('dropout-range', hitter)).toEqual([]);
    // Without auto_correct, torch's Dropout refuses the negative value.
    expect(findings('dropout-range', hitter.replace('  auto_correct: true\n', '')).map((d) => d.line)).toEqual([18]);
  });

  it("detects ESPnet recipes, whose `optim` and `save_strategy` are ESPnet's options, not HF Trainer's", () => {
    // SeediqSpeech's LoRA recipe (conf/train_asr_xlsr_lora.yaml), read by ESPnet's asr.sh.
    const text = 'frontend: s3prl\nfrontend_conf:\n  download_dir: ./downloads\nuse_adapter: true\nadapter: lora\nsave_strategy: adapter\nencoder: transformer\n' +
      'encoder_conf:\n  output_size: 256\nbatch_type: sorted\nbatch_size: 16\naccum_grad: 4\nmax_epoch: 50\nkeep_nbest_models: 5\noptim: adam\noptim_conf:\n  lr: 0.001\n' +
      'scheduler: warmuplr\nscheduler_conf:\n  warmup_steps: 5000\n';
    const a = analysisOf(text);
    expect([a.frameworks.map((f) => f.id), a.loader.id]).toEqual([['espnet'], 'pyyaml']);
    expect(findings('enum-optimizer-name', text)).toEqual([]);
    expect(findings('enum-misc', text)).toEqual([]);
    // Without the recipe's component mappings, `optim` and `save_strategy` are HF Trainer's.
    const hf = 'output_dir: out\nsave_strategy: adapter\noptim: adam\nlogging_steps: 10\n';
    expect(findings('enum-optimizer-name', hf)).toHaveLength(1);
  });

  it("detects kohya-ss sd-scripts' settings (the kohya_ss GUI's JSON, a `--config_file` TOML), whose `lr_scheduler_args` and `output_dir` are sd-scripts' options, not HF Trainer's", () => {
    // headshots-lora's train/headshot_train_config.json, which a launcher turns into train_network.py flags.
    const gui = '{\n  "LoRA_type": "Standard",\n  "cache_latents": true,\n  "gradient_checkpointing": true,\n  "learning_rate": 0.0001,\n  "lr_scheduler": "cosine",\n' +
      '  "lr_scheduler_args": "",\n  "lr_scheduler_type": "",\n  "max_grad_norm": 1,\n  "network_alpha": 16,\n  "network_dim": 32,\n  "output_dir": "out",\n  "use_cp": false\n}\n';
    const a = analysisOf(gui, 'json');
    expect(a.frameworks.map((f) => f.id)).toEqual(['kohya']);
    expect(findings('unknown-key', gui, 'json')).toEqual([]);
    // Off-Live's setting.toml, read by train_network.py's `--config_file`.
    const toml = 'output_dir = "output"\nsave_precision = "fp16"\nmax_train_steps = 3000\noptimizer_type = "AdamW8bit"\nlearning_rate = 5e-5\nlr_scheduler = "cosine"\nunet_lr = 5e-5\nnetwork_module = "networks.lora"\nnetwork_dim = 8\n';
    expect(analysisOf(toml, 'toml').frameworks.map((f) => f.id)).toEqual(['kohya']);
    // Without the LoRA network's keys, the HF names are HF Trainer's again.
    const hf = gui.replace('  "LoRA_type": "Standard",\n  "cache_latents": true,\n', '').replace('  "network_alpha": 16,\n  "network_dim": 32,\n', '');
    expect(analysisOf(hf, 'json').frameworks.map((f) => f.id)).toEqual(['hf-trainer']);
  });

  it("detects timm's train.py settings, whose float options argparse converts from PyYAML's strings (Spikformer's cifar10.yml)", () => {
    const text = 'epochs: 500\ntime_step: 4\nlayer: 4\naa: rand-m9-n1-mstd0.4-inc1\nmixup: 0.5\nmixup_off_epoch: 200\nreprob: 0.25\nremode: const\nbatch_size: 128\n' +
      'lr: 5e-4\nmin_lr: 1e-5\nsched: cosine\nweight_decay: 6e-2\ncooldown_epochs: 10\nwarmup_epochs: 20\nwarmup_lr: 0.00001\nopt: adamw\nsmoothing: 0.1\ntau: 2e-1\n';
    const a = analysisOf(text);
    expect(a.frameworks.map((f) => f.id)).toEqual(['timm']);
    // timm declares lr, min_lr and weight_decay with `type=float`; the project's own `tau` stays the string PyYAML made.
    expect(findings('yaml-sci-notation-string', text).map((d) => d.line)).toEqual([19]);
    // A file with a few of timm's names is not timm's.
    expect(analysisOf('lr: 5e-4\nopt: adamw\nsched: cosine\nsmoothing: 0.1\n').frameworks).toEqual([]);
  });

  it('detects `mlx_lm.lora` configs, whose loader reads `3e-5` as a float (a poem-style LoRA of Qwen2.5)', () => {
    const text = 'model: "mlx-community/Qwen2.5-32B-Instruct-4bit"\ntrain: true\nfine_tune_type: lora\ndata: "./data"\nnum_layers: 16\nbatch_size: 2\niters: 3000\n' +
      'val_batches: 25\nlearning_rate: 3e-5\nsteps_per_report: 20\nsteps_per_eval: 200\nadapter_path: "adapters6"\nsave_every: 200\ngrad_checkpoint: false\n' +
      'lora_parameters:\n  rank: 8\n  dropout: 0.1\n  scale: 16.0\nlr_schedule:\n  name: cosine_decay\n  warmup: 200\n  warmup_init: 1e-7\n  arguments: [3e-5, 3000, 1e-7]\n';
    expect(analysisOf(text).frameworks.map((f) => f.id)).toEqual(['mlx-lm']);
    expect(findings('yaml-sci-notation-string', text)).toEqual([]);
    // The same rate in a plain PyYAML file is still a string.
    expect(findings('yaml-sci-notation-string', 'learning_rate: 3e-5\nbatch_size: 2\n').map((d) => d.line)).toEqual([1]);
  });

  it("detects dlhpcstarter's files, which its package reads with Hydra's compose API (cvt2distilgpt2's `encoder_lr: 5e-5`)", () => {
    const text = 'exp_dir: experiments\ndataset_dir: datasets\nckpt_zoo_dir: checkpoints\ndevices: 4\nmodule: cvt2distilgpt2_iu_x_ray_chen\ndefinition: CvT2DistilGPT2IUXRayChen\n' +
      'encoder_lr: 5e-5\ndecoder_lr: 5e-4\nmbatch_size: 4\nevery_n_epochs: 1\nmonitor: val_chen_cider\nmonitor_mode: max\nprecision: 16\npatience: 10\nmin_delta: 1e-4\n';
    const a = analysisOf(text);
    expect([a.frameworks.map((f) => f.id), a.loader.id]).toEqual([['dlhpcstarter'], 'omegaconf']);
    expect(findings('yaml-sci-notation-string', text)).toEqual([]);
    // `module:` and `definition:` alone say little: a plain file with them is still read by PyYAML.
    expect(findings('yaml-sci-notation-string', 'module: net\ndefinition: Net\nlr: 5e-5\n').map((d) => d.line)).toEqual([3]);
  });

  it("detects MACE's `mace_run_train --config` files, which configargparse hands to typed options (Orchestr.AI's `weight_decay: 1e-5`)", () => {
    const text = 'model: MACE\nnum_interactions: 2\nnum_channels: 128\nmax_L: 1\ncorrelation: 3\nr_max: 5.0\nmax_ell: 3\nE0s: "average"\nswa: true\nstart_swa: 400\n' +
      'swa_energy_weight: 1.0\nswa_forces_weight: 100.0\noptimizer: adam\nlr: 0.001\nweight_decay: 1e-5\nscheduler: ReduceLROnPlateau\n';
    const a = analysisOf(text);
    expect([a.frameworks.map((f) => f.id), a.loader.id]).toEqual([['mace'], 'typed']);
    expect(findings('yaml-sci-notation-string', text)).toEqual([]);
    // MACE's `adam` is torch's Adam, so its decay is still an L2 penalty.
    expect(findings('adam-coupled-weight-decay', text).map((d) => d.line)).toEqual([15]);
  });

  it("detects VeOmni's train/model/data files, which share LitGPT's batch names, and reads them through typed argparse options", () => {
    const text = 'model:\n  model_path: Qwen/Qwen2.5-Coder-0.5B\ndata:\n  train_path: ./data\n  dataloader_type: native\n  datasets_type: mapping\ntrain:\n  data_parallel_mode: ddp\n  ulysses_parallel_size: 1\n  global_batch_size: 512\n  micro_batch_size: 8\n  rmpad: false\n  optimizer: adamw\n  lr: 3.0e-4\n  lr_decay_style: cosine\n  lr_warmup_ratio: 0.01\n  lr_min: 3e-6\n';
    const a = analysisOf(text);
    expect([a.frameworks.map((f) => f.id), a.loader.id]).toEqual([['veomni'], 'typed']);
    // Neither LitGPT's `data.class_path` nor PyYAML's string: parse_args types `lr_min` as the float its field is.
    expect(findings('schema-validation', text)).toEqual([]);
    expect(findings('yaml-sci-notation-string', text)).toEqual([]);
  });

  it('detects Coqui TTS JSON, whose loader strips comments', () => {
    const a = analysisOf('{"run_name": "vits", "run_description": "x", "audio": {"fft_size": 1024, "num_mels": 80}, "text_cleaner": "phoneme_cleaners"}', 'json');
    expect(a.frameworks.map((f) => f.id)).toContain('coqui-tts');
  });

  it('reads OmegaConf\'s relative and resolver interpolations as Hydra evidence, but not a shell default', () => {
    expect(analysisOf('params:\n  seed: ${...seed}\n  config:\n    name: ${resolve_default:Ant,${....experiment}}\n').loader.id).toBe('omegaconf');
    expect(analysisOf('image: app\nport: ${PORT:-8080}\n').loader.id).toBe('pyyaml');
    // An absolute dotted path (PhysicsNeMo's `${training.outdir}` in a config group file).
    expect(analysisOf('outdir: rundir\nrundir: ./${training.outdir}/${training.experiment_name}\nlr: 4E-4\n').loader.id).toBe('omegaconf');
  });

  it('lets a framework rule out another that shares its names (OpenNMT-py is not HF Trainer)', () => {
    const onmt = analysisOf('src_vocab: v.src\ntgt_vocab: v.tgt\nsave_model: m\nvalid_steps: 5000\ngpu_ranks: [0]\noptim: adam\nlearning_rate: 2\nwarmup_steps: 8000\nlogging_steps: 10\nmax_grad_norm: 0\nadam_beta2: 0.998\n');
    expect(onmt.frameworks.map((f) => f.id)).toContain('opennmt');
    expect(onmt.frameworks.map((f) => f.id)).not.toContain('hf-trainer');
  });

  it('does not take UPPER_CASE keys for HF Trainer\'s arguments, which HfArgumentParser matches exactly (tae898/erc)', () => {
    const erc = 'DATASET: IEMOCAP\nmodel_checkpoint: roberta-large\nBATCH_SIZE: 4\nNUM_TRAIN_EPOCHS: 5\nWEIGHT_DECAY: 0.01\nWARMUP_RATIO: 0.2\nSEEDS: [0, 1]\n';
    expect(analysisOf(erc).frameworks.map((f) => f.id)).not.toContain('hf-trainer');
    // The same names in lower case are HF's; a name written both ways counts.
    expect(analysisOf(erc.toLowerCase()).frameworks.map((f) => f.id)).toContain('hf-trainer');
    expect(analysisOf(`${erc}num_train_epochs: 5\n`).frameworks.map((f) => f.id)).toContain('hf-trainer');
    // The same holds for the other readers of typed, lower-case fields (axolotl's pydantic model).
    const axolotl = 'base_model: m\nmicro_batch_size: 2\nsequence_len: 2048\nlora_r: 8\ngradient_accumulation_steps: 4\n';
    expect(analysisOf(axolotl).frameworks.map((f) => f.id)).toContain('axolotl');
    expect(analysisOf(axolotl.toUpperCase().replace('M\n', 'm\n')).frameworks.map((f) => f.id)).not.toContain('axolotl');
  });

  it('does not take keys written as command-line flags for HF Trainer\'s arguments, and reads them as the options they name (SimpleTuner)', () => {
    const flags = '{"--model_family": "flux", "--output_dir": "out", "--num_train_epochs": 0, "--max_train_steps": 1000, "--gradient_checkpointing": "true",\n "--learning_rate": "1e-4", "--lr_scheduler": "polynomial", "--lr_warmup_steps": 2000, "--max_grad_norm": 1.0}\n';
    const a = analysisOf(flags, 'json');
    expect(a.frameworks.map((f) => f.id)).not.toContain('hf-trainer');
    expect(a.runs[0].duration.maxSteps?.value).toEqual({ amount: 1000 });
    expect(a.runs[0].schedule.warmupSteps?.value).toEqual({ amount: 2000 });
    // Without the dashes and without SimpleTuner's own names they are HF's names.
    expect(analysisOf(flags.replaceAll('"--', '"').replace('"model_family": "flux", ', ''), 'json').frameworks.map((f) => f.id)).toContain('hf-trainer');
  });

  it('reads an Oumi training config with OmegaConf, as `oumi train` does', () => {
    const oumi = 'model:\n  model_name: meta-llama/Llama-3.1-8B-Instruct\n  torch_dtype_str: bfloat16\n  load_pretrained_weights: true\ntraining:\n  trainer_type: TRL_SFT\n  optimizer: adamw_torch_fused\n  learning_rate: 3e-4\n  lr_scheduler_type: cosine\n  warmup_steps: 100\n  enable_wandb: true\n';
    const a = analysisOf(oumi);
    expect(a.frameworks.map((f) => f.id)).toContain('oumi');
    expect(a.loader.id).toBe('omegaconf');
    expect(findings('yaml-sci-notation-string', oumi)).toEqual([]);
    // The same section names alone are any program's.
    expect(analysisOf('model:\n  model_name: x\ntraining:\n  learning_rate: 3e-4\n').frameworks.map((f) => f.id)).not.toContain('oumi');
  });

  it('tells SimpleTuner\'s config.json by its own options, written plain or as flags, and not as HF Trainer\'s', () => {
    const plain = '{"base_model_precision": "int8-quanto", "checkpointing_steps": 10, "data_backend_config": "config/multidatabackend.json", "gradient_checkpointing": true,\n' +
      ' "hub_model_id": "x", "learning_rate": 1e-4, "lora_type": "standard", "lr_scheduler": "constant", "max_train_steps": 100, "model_family": "flux",\n' +
      ' "num_train_epochs": 0, "output_dir": "out", "push_to_hub": false, "report_to": "wandb", "seed": 42, "train_batch_size": 1, "validation_guidance": 4.0}\n';
    for (const text of [plain, plain.replaceAll('{"', '{"--').replaceAll(', "', ', "--').replaceAll('\n "', '\n "--')]) {
      const ids = analysisOf(text, 'json').frameworks.map((f) => f.id);
      expect(ids).toContain('simpletuner');
      expect(ids).not.toContain('hf-trainer');
    }
  });

  it('reads a DeepSpeed config written as JSON in a .yaml file as JSON, as DeepSpeed\'s json.load does (CogVideo)', () => {
    const a = analysisOf('{\n  "train_micro_batch_size_per_gpu": 1,\n  "zero_optimization": {"stage": 2, "reduce_bucket_size": 5e8},\n  "steps_per_print": 50\n}\n');
    expect(a.loader.id).toBe('json');
  });

  it('lets a strongly Hydra file rule out HF Trainer: the app reads the keys itself (unilm PFPO)', () => {
    const pfpo = 'defaults:\n  - hydra: default\n  - _self_\nhydra:\n  run:\n    dir: ./\nmodel:\n  _target_: models.llama.LlamaForCausalLM.from_pretrained\nper_gpu_train_batch_size: 4\nlearning_rate: 1e-6\nnum_train_epochs: 2\nlr_scheduler_type: cosine\n';
    const ids = analysisOf(pfpo).frameworks.map((f) => f.id);
    expect(ids).toContain('hydra');
    expect(ids).not.toContain('hf-trainer');
  });

  it('reads MMF configs with OmegaConf and does not take their `{type, params}` blocks for DeepSpeed', () => {
    const mmf = 'model_config:\n  lxmert:\n    num_labels: 3129\ndataset_config:\n  vqa2:\n    return_features_info: true\noptimizer:\n  type: adam_w\n  params:\n    lr: 1e-4\nscheduler:\n  type: warmup_linear\n  params:\n    num_warmup_steps: 6000\ntraining:\n  max_updates: 60000\n';
    const a = analysisOf(mmf);
    expect(a.frameworks.map((f) => f.id)).toEqual(['mmf']);
    expect(a.loader.id).toBe('omegaconf');
    // The two blocks alone no longer make a DeepSpeed file; with one of DeepSpeed's own keys they do.
    expect(analysisOf('optimizer:\n  type: Adam\n  params:\n    lr: 0.001\nscheduler:\n  type: WarmupLR\n  params:\n    warmup_num_steps: 10\n').frameworks.map((f) => f.id)).not.toContain('deepspeed');
    expect(analysisOf('{"optimizer": {"type": "Adam", "params": {"lr": 0.001}}, "steps_per_print": 10, "scheduler": {"type": "WarmupLR", "params": {}}}', 'json').frameworks.map((f) => f.id)).toContain('deepspeed');
  });

  it('treats a file holding only an optimizer\'s settings as one option of a composed config', () => {
    expect(analysisOf("method: 'sgd'\nlr: 0.6\nweight_decay: 1e-6\nmomentum: 0.9\nnesterov: True\n").partial).toBe(true);
    expect(analysisOf('type = "SGD"\nlr = 6e-4\nnesterov = true\n', 'toml').partial).toBe(true);
    expect(analysisOf('db: mnist\nlearning_rate: 0.1\nbatch_size: 32\n').partial).toBe(false);
  });

  it('treats a file that names another YAML file under an include key as extending it (torchprune\'s `file:`)', () => {
    const torchprune = 'file: "training/imagenet/common.yaml"\n\nbatchSize: 256\n\noptimizer: "SGD"\noptimizerKwargs:\n  lr: 0.1\n  weight_decay: 1.0e-4\n  momentum: 0.9\n';
    expect(analysisOf(torchprune).partial).toBe(true);
    expect(analysisOf('include: [base.yml, data/cifar.yml]\nlr: 0.1\n').partial).toBe(true);
    // A data file, a dataset's name or a nested `file:` is not an include.
    expect(analysisOf('file: data/train.json\nlr: 0.1\nbatch_size: 32\n').partial).toBe(false);
    expect(analysisOf('include: [cifar10]\nlr: 0.1\nbatch_size: 32\n').partial).toBe(false);
    expect(analysisOf('data:\n  file: splits.yaml\nlr: 0.1\nbatch_size: 32\n').partial).toBe(false);
  });

  it('reads a DeepSpeed-style file name also in copies that flatten paths with `__`', () => {
    const text = '{"optimizer": {"type": "AdamW", "params": {"lr": 0.0001}}, "gradient_clipping": 1.0}';
    const ids = (filePath: string): string[] => analysisOf(text, 'json', { filePath }).frameworks.map((f) => f.id);
    expect(ids('configs/ds_config.json')).toContain('deepspeed');
    expect(ids('owner__repo/configs__ds_config.json')).toContain('deepspeed');
    expect(ids('configs/train.json')).not.toContain('deepspeed');
  });

  it('lets an explicit loader setting win over detection', () => {
    const hydra = SNIPPETS.find((s) => s.framework === 'hydra')!;
    expect(analysisOf(hydra.text, 'yaml', { loader: 'pyyaml' }).loader.id).toBe('pyyaml');
  });

  it("reads fairseq's Hydra configs with OmegaConf, also without their `# @package _group_` header", () => {
    const config = 'common:\n  fp16: true\n  log_interval: 200\ntask:\n  _name: translation\ndataset:\n  max_tokens: 4096\noptimization:\n  max_update: 300000\n  lr: [0.0005]\noptimizer:\n  _name: adam\n  adam_eps: 1e-08\nlr_scheduler:\n  _name: inverse_sqrt\n  warmup_updates: 4000\n';
    const stripped = analysisOf(config);
    expect(stripped.frameworks.map((f) => f.id)).toEqual(['fairseq-hydra']);
    expect(stripped.loader.id).toBe('omegaconf');
    expect(analysisOf(`# @package _group_\n${config}`).loader.id).toBe('omegaconf');
    // fairseq's command-line options at the top of a file stay configargparse's.
    expect(analysisOf('max_update: 3000\nwarmup_updates: 4000\nwarmup_init_lr: 1e-7\n').frameworks[0]!.id).toBe('fairseq-cli');
  });

  it('reads SpeechBrain HyperPyYAML tags as evidence, and LightningCLI class_path/init_args', () => {
    const sb = analysisOf('lr: 0.001\nopt_class: !name:torch.optim.Adam\n  lr: !ref <lr>\n');
    expect(sb.frameworks[0].id).toBe('speechbrain');
    // HyperPyYAML 1.2 builds the objects with ruamel.yaml's YAML 1.2 Loader.
    expect(sb.loader.id).toBe('yaml-1.2');
    const cli = analysisOf('trainer:\n  max_epochs: 3\nmodel:\n  class_path: my.Model\n  init_args:\n    hidden: 64\n');
    expect(cli.frameworks[0].id).toBe('lightning');
    expect(cli.loader.id).toBe('jsonargparse');
  });

  it('detects yacs CfgNode files by their UPPER_CASE keys and reads them with the yacs loader', () => {
    const swin = analysisOf('MODEL:\n  TYPE: swin\n  NAME: swin_base\nDATA:\n  IMG_SIZE: 224\nTRAIN:\n  EPOCHS: 30\n  BASE_LR: 2e-05\n  LAYER_DECAY: 0.9\n');
    expect(swin.frameworks[0].id).toBe('yacs');
    expect(swin.loader.id).toBe('yacs');
    // Mapping values are decoded as Python literals (a float), list items are left as PyYAML read them.
    expect(analysisOf('TRAIN:\n  BASE_LR: 2e-05\n  STEPS: [1e-3]\nMODEL:\n  NAME: x\nSEED: 1\n').fields.filter((f) => f.value.kind !== 'map').map((f) => f.value.kind === 'scalar' ? f.value.value : f.value.kind === 'seq' && f.value.items[0].kind === 'scalar' ? [f.value.items[0].value] : null)).toEqual([2e-5, ['1e-3'], 'x', 1]);
    expect(analysisOf('model:\n  type: swin\ntrain:\n  epochs: 30\n  base_lr: 2e-05\n').frameworks.map((f) => f.id)).not.toContain('yacs');
    expect(analysisOf('A: 1\nB: 2\nC: 3\n').frameworks.map((f) => f.id)).not.toContain('yacs'); // too few keys to tell
  });

  it('detects Megatron-LM arguments, but not Nanotron configs that share a few of their names', () => {
    const megatron = analysisOf('tensor_model_parallel_size: 1\npipeline_model_parallel_size: 1\nlr_decay_style: cosine\nlr_warmup_fraction: null\noptimizer: adam\n');
    expect([megatron.frameworks[0]?.id, megatron.loader.id]).toEqual(['megatron', 'pyyaml']);
    const nanotron = analysisOf('optimizer:\n  clip_grad: 1.0\n  learning_rate_scheduler:\n    lr_decay_style: cosine\nmodel:\n  make_vocab_size_divisible_by: 1\n');
    expect(nanotron.frameworks.map((f) => f.id)).not.toContain('megatron');
  });

  it('detects Levanter and reads it as draccus does, converting values to their fields\' types', () => {
    const a = analysisOf('trainer:\n  mp: f32\n  num_train_steps: 100\n  per_device_parallelism: 1\noptimizer:\n  type: adam\n  learning_rate: 6E-4\n');
    expect([a.frameworks[0]?.id, a.loader.id]).toEqual(['levanter', 'typed']);
  });

  it.each([
    ['torchtune', 'omegaconf', 'tokenizer:\n  _component_: torchtune.models.gemma.gemma_tokenizer\noptimizer:\n  _component_: torch.optim.AdamW\n  lr: 2e-5\n'],
    ['autotrain', 'typed', 'task: llm\nbase_model: x\nproject_name: p\ndata:\n  path: d\n  column_mapping:\n    text_column: text\nparams:\n  lr: 3e-5\n'],
    ['verl', 'omegaconf', 'actor_rollout_ref:\n  actor:\n    optim:\n      lr: 1e-6\n      lr_warmup_steps: -1\ncritic:\n  optim:\n    lr: 1e-5\nalgorithm:\n  gamma: 1.0\n'],
    // A config group file of verl's own, which names the dataclass it fills (demon2036/verl_qwen_grpo's optim/fsdp.yaml).
    ['verl', 'omegaconf', '_target_: verl.workers.config.FSDPOptimizerConfig\noptimizer: AdamW\nlr: 1e-3\nlr_warmup_steps_ratio: 0.0\nlr_warmup_steps: -1\n'],
    // verl's SFT trainer config, copied into a project (chainofexperts' config/sft_trainer.yaml), which Hydra reads.
    ['verl', 'omegaconf', 'data:\n  train_batch_size: 256\nmodel:\n  partial_pretrain: ~/models/gemma-1.1-7b-it\noptim:\n  lr: 6e-4\n  warmup_steps_ratio: 0.05\nulysses_sequence_parallel_size: 1\nuse_remove_padding: False\ntrainer:\n  default_hdfs_dir: hdfs://tmp/x\n  project_name: gsm8k-sft\n'],
    ['ml-agents', 'typed', 'behaviors:\n  Pyramids:\n    trainer_type: ppo\n    max_steps: 1.0e7\n    time_horizon: 128\n    summary_freq: 30000\n'],
    ['lavis', 'omegaconf', 'model:\n  arch: blip2\nrun:\n  task: captioning\n  lr_sched: linear_warmup_cosine_lr\n  init_lr: 1e-5\n'],
    ['nemo-rl', 'omegaconf', 'defaults: ./grpo_math_1B.yaml\ngrpo:\n  num_prompts_per_step: 32\npolicy:\n  model_name: Qwen/Qwen2.5-1.5B\n  optimizer:\n    kwargs:\n      eps: 1e-8\ncluster:\n  gpus_per_node: 8\n'],
    ['lingua', 'omegaconf', 'dump_dir: /out\nname: debug\nsteps: 1000\noptim:\n  lr: 3e-4\n  warmup: 2000\n  lr_min_ratio: 0.000001\ndistributed:\n  fsdp_type: full_shard\n  model_dtype: bf16\n'],
    ['ml-agents', 'typed', 'default:\n  trainer: offline_bc\n  batch_size: 64\n  summary_freq: 1000\n  max_steps: 5.0e4\n  batches_per_epoch: 10\n  use_recurrent: false\n'],
    ['qlib', 'yaml-1.2', 'qlib_init:\n  provider_uri: ~/.qlib/qlib_data/cn_data\nmarket: &market csi300\ntask:\n  model:\n    class: GRU\n    module_path: qlib.contrib.model.pytorch_gru\n    kwargs:\n      lr: 2e-4\n'],
    ['paddleclas', 'yacs', 'Global:\n  epochs: 300\n  print_batch_step: 10\n  eval_during_train: True\nArch:\n  name: ResNet50\nOptimizer:\n  name: Momentum\n  lr:\n    learning_rate: 0.1\n'],
    ['recbole', 'pyyaml-sci', 'epochs: 300\ntrain_batch_size: 2048\nlearner: adam\nlearning_rate: 1e-3\ntrain_neg_sample_args:\n  distribution: uniform\neval_args:\n  split: {RS: [0.8, 0.1, 0.1]}\nvalid_metric: MRR@10\n'],
    ['autogluon', 'omegaconf', 'env:\n  per_gpu_batch_size: 8\n  inference_batch_size_ratio: 4\n  deepspeed_allgather_size: 1e9\n'],
    ['graphgym', 'yacs', 'out_dir: results\nmetric_best: accuracy\ndataset:\n  task_type: classification\ngnn:\n  layers_pre_mp: 0\n  layers_mp: 2\noptim:\n  base_lr: 0.001\n  weight_decay: 1e-5\n'],
    ['mava', 'omegaconf', 'total_timesteps: ~\nnum_updates: 1220\nadd_agent_id: True\nactor_lr: 5e-4\nupdate_batch_size: 2\nrollout_length: 128\n'],
    ['opennmt', 'typed', 'src_vocab: data/vocab.src\ntgt_vocab: data/vocab.tgt\nsave_model: run/model\ngpu_ranks: [0]\naccum_count: [3]\noptim: adam\nlearning_rate: 2\nwarmup_steps: 6000\ndecay_method: noam\n'],
    // KonfAI's Config.yml (Synthrad2025_Task_2): ruamel.yaml's round-trip loader, so `eps: 1e-08` is a float.
    ['konfai', 'yaml-1.2', 'Trainer:\n  Model:\n    classpath: UNetpp:UNetpp\n    UNetpp:\n      Optimizer:\n        name: AdamW\n        lr: 0.001\n        eps: 1e-08\n  Dataset:\n    groups_src: {}\n    batch_size: 32\n  train_name: Phase_1\n  epochs: 100\n  it_validation: 2500\n'],
    ['dreamerv3', 'yaml-1.2', 'defaults:\n  logdir: ~/logdir/{timestamp}\n  batch_size: 16\n  batch_length: 64\n  report_length: 32\n  consec_train: 1\n  replay_context: 1\n  run:\n    steps: 1e10\n'],
    ['albef-blip', 'yaml-1.2', 'image_root: /export/share/datasets/vision/coco/images/\nann_root: annotation\nvit: base\nvit_grad_ckpt: False\nvit_ckpt_layer: 0\ninit_lr: 1e-5\n'],
    ['fedscale', 'typed', 'ps_ip: 10.0.0.1\nworker_ips:\n  - 10.0.0.2:[4]\nexp_path: $FEDSCALE_HOME/fedscale/cloud\naggregator_entry: aggregation/aggregator.py\nexecutor_entry: execution/executor.py\njob_conf:\n  - learning_rate: 0.05\n  - yogi_eta: 3e-3\n'],
    ['sat', 'omegaconf', 'args:\n  checkpoint_activations: True\n  model_parallel_size: 1\n  experiment_name: lora\n  mode: finetune\n  train_iters: 1000\n  eval_iters: 1\ndeepspeed:\n  optimizer:\n    type: sat.ops.FusedEmaAdam\n    params:\n      lr: 1e-4\n'],
    ['glm-finetune', 'yaml-1.2', 'data_config:\n  train_file: train.jsonl\n  num_proc: 1\nmax_input_length: 512\nmax_output_length: 512\ntraining_args:\n  learning_rate: 5e-4\n'],
    ['pytorch-tabular', 'omegaconf', 'optimizer: AdamW\noptimizer_params:\n  weight_decay: 1e-5\nlr_scheduler: CosineAnnealingWarmRestarts\nlr_scheduler_params:\n  T_0: 100\nlr_scheduler_monitor_metric: val_loss\n'],
    ['graphmae', 'pyyaml', 'cora:\n  lr: 0.001\n  lr_f: 0.01\n  weight_decay: 2e-4\n  weight_decay_f: 1e-4\n  max_epoch_f: 300\n  mask_rate: 0.5\n  optimizer: adam\n'],
    ['yacs', 'yacs', 'DATASET:\n  num_class: 150\nMODEL:\n  arch_encoder: hrnetv2\nTRAIN:\n  batch_size_per_gpu: 2\n  optim: "SGD"\n  lr_encoder: 0.02\n  weight_decay: 1e-4\nDIR: "ckpt/ade20k"\n'],
    ['hydra', 'omegaconf', 'task: quadruped-run\naction_repeat: ???\ntrain_steps: 500000/${action_repeat}\nbatch_size: 512\nlr: 1e-3\n'],
    ['tune-a-video', 'omegaconf', 'pretrained_model_path: ./models/base\ntrain_data:\n  n_sample_frames: 2\n  sample_frame_rate: 30\nvalidation_data:\n  num_inference_steps: 50\nlearning_rate: 1e-5\ntrainable_modules:\n  - "attn1"\n'],
    ['open-assistant', 'pyyaml', 'defaults:\n  learning_rate: 1e-5\n  adam_epsilon: 1e-12\n  use_custom_sampler: false\n  sort_by_length: false\n  per_digit_tokens: false\n  datasets_extra: []\n'],
    ['paddlespeech-asr', 'yacs', 'training:\n  n_epoch: 240\n  accum_grad: 2\n  global_grad_clip: 5.0\n  optim: adam\n  optim_conf:\n    lr: 0.002\n    weight_decay: 1e-6\n  checkpoint:\n    kbest_n: 50\n'],
    ['dreamerv3', 'yaml-1.2', 'defaults:\n  steps: 1e6\n  model_lr: 1e-4\n  batch_length: 64\n  train_ratio: 512\n  imag_horizon: 15\n  discount_lambda: 0.95\n'],
    ['jaxmarl', 'omegaconf', '"LR": 2.5e-4\n"NUM_ENVS": 16\n"NUM_STEPS": 128\n"TOTAL_TIMESTEPS": 1e7\n"UPDATE_EPOCHS": 4\n"ANNEAL_LR": True\n"ENV_KWARGS": {}\n'],
    ['voxceleb-trainer', 'typed', 'model: RawNet3\ntrainfunc: aamsoftmax\nnPerSpeaker: 1\nnClasses: 5994\nnOut: 256\nlr: 5e-05\n'],
    ['gliner', 'pyyaml', 'model_name: microsoft/deberta-v3-large\nspan_mode: markerV0\nmax_width: 12\nlr_encoder: 1e-5\nlr_others: 5e-5\nmax_types: 25\nshuffle_types: true\n'],
    ['imaginaire', 'pyyaml-sci', 'logging_iter: 100\nmax_iter: 500000\nwandb_scalar_iter: 100\nwandb_image_iter: 10000\noptim:\n  type: AdamW\n  params:\n    lr: 1e-3\n'],
    ['hysts-classification', 'yacs', 'train:\n  batch_size: 128\n  subdivision: 1\n  optimizer: sgd\n  base_lr: 0.1\n  weight_decay: 1e-4\n  use_test_as_val: True\n'],
    ['invoke-training', 'typed', 'type: SD_LORA\nbase_output_dir: output/run\noptimizer:\n  optimizer_type: AdamW\n  learning_rate: 1e-4\nmax_train_steps: 2000\nvalidate_every_n_steps: 200\n'],
    ['gymnax-blines', 'pyyaml', 'train_config:\n  train_type: "PPO"\n  num_train_steps: 150000\n  num_train_envs: 8\n  lr_begin: 5e-04\n  lr_end: 5e-04\n  lr_warmup: 0.05\n'],
    ['simclr-lineage', 'pyyaml', 'batch_size: 32\nepochs: 100\neval_every_n_epochs: 1\nfine_tune_from: pretrained_gin\nlog_every_n_steps: 50\nfp16_precision: False\ninit_lr: 0.0005\nweight_decay: 1e-6\n'],
    ['donut', 'yaml-1.2', 'pretrained_model_name_or_path: naver-clova-ix/donut-base\ndataset_name_or_paths: ["naver-clova-ix/cord-v2"]\nsort_json_key: False\ntrain_batch_sizes: [8]\nval_batch_sizes: [1]\nlr: 3e-5\nwarmup_steps: 300\nnum_training_samples_per_epoch: 800\nmax_epochs: 30\n'],
    ['pfl-research', 'typed', 'central_optimizer: adam\nlearning_rate: 1.0\ncentral_num_iterations: 1500\ncohort_size: 50\nlocal_num_epochs: 1\nlocal_learning_rate: 0.1\ncentral_privacy_mechanism: none\ncentral_delta: 1e-6\n'],
    ['textbox', 'pyyaml-sci', 'gpu_id: 0\ngenerated_text_dir: generated/\nepochs: 50\ntrain_batch_size: 16\noptimizer: adamw\nlearning_rate: 3e-5\nvalid_strategy: epoch\nvalid_intervals: 1\nstopping_steps: 2\n'],
    ['taming-main', 'omegaconf', 'model:\n  base_learning_rate: 4.5e-6\n  target: RestoreFormer.models.vqgan_v1.RestoreFormerModel\n  params:\n    comp_style_weight: 2e3\ndata:\n  target: main.DataModuleFromConfig\n  params:\n    batch_size: 4\n'],
    ['trl-online', 'typed', 'model_name_or_path: Qwen/Qwen2.5-1.5B-Instruct\ndataset_name: openr1/math\nlearning_rate: 5e-6\nnum_generations: 8\nmax_completion_length: 1024\nuse_vllm: true\nper_device_train_batch_size: 4\nlr_scheduler_type: cosine\nwarmup_ratio: 0.1\nnum_train_epochs: 1\n'],
    ['torchrl-sota', 'omegaconf', 'env:\n  env_name: HalfCheetah-v4\ncollector:\n  frames_per_batch: 2048\n  total_frames: 1_000_000\noptim:\n  lr: 3e-4\n  weight_decay: 0.0\n  anneal_lr: True\nloss:\n  gamma: 0.99\n  mini_batch_size: 64\n  ppo_epochs: 10\n  clip_epsilon: 0.2\n'],
    ['contrastors', 'typed', 'train_args:\n  num_epochs: 10\n  learning_rate: 3.0e-5\n  eps: 1e-6\n  schedule_type: "linear"\n  warmup_pct: 0.06\n  cooldown_steps: null\n  log_grads_every: 100\nmodel_args:\n  model_type: "glue"\n'],
    ['zju3dv-config', 'yacs', 'task: if_nerf\nparent_cfg: configs/nerf/nerf_313.yaml\ntrain_dataset_module: lib.datasets.light_stage.can_smpl\nnetwork_module: lib.networks.latent_xyzc\ntrain:\n  lr: 5e-4\n  epoch: 400\nep_iter: 500\nsave_ep: 1000\n'],
    ['animate-anyone', 'omegaconf', 'data:\n  train_bs: 4\nsolver:\n  gradient_accumulation_steps: 1\n  enable_xformers_memory_efficient_attention: True\n  learning_rate: 1e-5\n  lr_warmup_steps: 1\n  lr_scheduler: constant\n  use_8bit_adam: True\nnoise_scheduler_kwargs:\n  num_train_timesteps: 1000\n'],
    ['x-flux', 'omegaconf', 'model_name: "flux-dev"\ndata_config:\n  train_batch_size: 1\n  img_dir: images/\nreport_to: wandb\nmax_train_steps: 100000\nlearning_rate: 1e-5\nlr_scheduler: cosine\nlr_warmup_steps: 10\nadam_beta1: 0.9\nadam_weight_decay: 0.01\nadam_epsilon: 1e-8\ncheckpointing_steps: 2500\ngradient_accumulation_steps: 2\ntracker_project_name: finetune_test\n'],
    ['kong-separation', 'pyyaml', 'train:\n  optimizer:\n    optimizer_type: AdamW\n    learning_rate: 1e-3\n    warm_up_steps: 10000\n    reduce_lr_steps: 1000000\n    lr_lambda_type: constant_warm_up\n  evaluate_step_frequency: 10000\n'],
    ['msst-htdemucs', 'omegaconf', 'audio:\n  chunk_size: 485100\nmodel: htdemucs\ntraining:\n  batch_size: 8\n  lr: 9.0e-05\n  instruments: [vocals, other]\n  target_instrument: vocals\nhtdemucs:\n  channels: 48\n  dconv_init: 1e-3\n'],
    ['yparams', 'yaml-1.2', 'full_field: &FULL_FIELD\n  lr: 1E-3\n  max_epochs: 50\n  batch_size: 64\n  n_history: 0\n  N_grid_channels: 0\n  time_means_path: /data/time_means.npy\n  global_means_path: /data/global_means.npy\n  log_to_screen: !!bool True\nafno_backbone:\n  <<: *FULL_FIELD\n  lr: 5E-4\n'],
    ['rvt', 'yacs', 'exp_id: rvt\ntasks: all\nbs: 3\nepochs: 15\nsample_distribution_mode: task_uniform\nperact:\n  lr: 1e-4\n  warmup_steps: 2000\n  optimizer_type: lamb\n  lr_cos_dec: True\n  lambda_weight_l2: 1e-4\n  transform_augmentation_xyz: [0.125, 0.125, 0.125]\n'],
    // RecBole's own model property files (SASRec's names), as RecBole-based projects ship them (UniSRec's `props/`).
    ['recbole', 'pyyaml-sci', 'n_layers: 2\nn_heads: 2\nhidden_size: 300\ninner_size: 256\nhidden_dropout_prob: 0.5\nattn_dropout_prob: 0.5\nhidden_act: \'gelu\'\nlayer_norm_eps: 1e-12\ninitializer_range: 0.02\nloss_type: \'CE\'\nlambda: 1e-3\n'],
    ['mmrec', 'pyyaml-sci', 'embedding_size: 64\nfeat_embed_dim: 64\nlambda_coeff: 0.9\nreg_weight: [0.0, 1e-05, 1e-04, 1e-03]\nknn_k: 10\ndropout: [0.8, 0.9]\nhyper_parameters: ["dropout", "reg_weight"]\n'],
    // ST-LLM (MiniGPT-4 lineage): LAVIS's `Config` reads the file, and its `run:` block becomes HF Trainer arguments.
    // SALMONN fine-tunes (Fineutuned-SALMONN): LAVIS's `Config`, the optimizer in `run.optims`.
    ['lavis', 'omegaconf', 'model:\n  lora: True\n  lora_rank: 8\ndatasets:\n  batch_size_train: 8\nrun:\n  seed: 42\n  iters_per_epoch: 3000\n  accum_grad_iters: 1\n  optims:\n    max_epoch: 30\n    warmup_start_lr: 1e-6\n    init_lr: 3e-5\n    min_lr: 1e-5\n'],
    ['lavis', 'omegaconf', 'model:\n  arch: st_llm_hf\n  model_type: instructblip_vicuna0_btadapter\n  max_txt_len: 256\ndatasets:\n  caption_videochatgpt:\n    num_frames: 16\nrun:\n  task: video_text_it\n  bf16: True\n  num_train_epochs: 2\n  per_device_train_batch_size: 16\n  learning_rate: 2e-5\n  warmup_ratio: 0.03\n  lr_scheduler_type: cosine\n'],
    ['deepda', 'typed', 'backbone: resnet50\ntransfer_loss_weight: 0.5\ntransfer_loss: lmmd\nlr: 0.01\nweight_decay: 5e-4\nmomentum: 0.9\nlr_scheduler: True\nlr_gamma: 0.0003\nlr_decay: 0.75\nn_iter_per_epoch: 500\n'],
    // PaddleVideo's `create_attr_dict` turns `value: 1e-4` in a mapping into a float.
    ['paddlevideo', 'yacs', 'MODEL:\n  framework: "Recognizer2D"\n  head:\n    drop_ratio: 0.5\nDATASET:\n  batch_size: 16\nOPTIMIZER:\n  name: Momentum\n  learning_rate:\n    name: CustomWarmupCosineDecay\n    cosine_base_lr: 0.01\n  weight_decay:\n    name: L2\n    value: 1e-4\nMETRIC:\n  name: CenterCropMetric\nepochs: 80\n'],
    // MindCV hands the flat file to argparse as defaults, and `type=float` converts `1e-5`.
    ['mindcv', 'typed', 'mode: 0\ndistribute: True\nbatch_size: 48\nmodel: "vit_l_16_224"\nepoch_size: 300\ndataset_sink_mode: True\namp_level: "O2"\nscheduler: "warmup_cosine_decay"\nlr: 0.0005\nmin_lr: 1e-5\nwarmup_epochs: 32\nopt: "adamw"\nweight_decay: 0.05\nfilter_bias_and_bn: True\n'],
    // HAT's fairseq options as a configargparse file: argparse converts each value to the option's type.
    ['fairseq-cli', 'typed', 'arch: transformersuper_wmt_en_de\nshare-all-embeddings: True\nmax-tokens: 4096\noptimizer: adam\nadam-betas: (0.9, 0.98)\nclip-norm: 0.0\nupdate-freq: 16\nmax-update: 40000\nwarmup-updates: 4000\nlr-scheduler: cosine\nwarmup-init-lr: 1e-7\nmax-lr: 0.001\nlr: 1e-7\n'],
    // Determined AI's CLI reads experiment configs with ruamel's pure safe loader (YAML 1.2).
    ['determined', 'yaml-1.2', 'description: pong_const\nhyperparameters:\n  lr: 1e-4\n  global_batch_size: 2\nsearcher:\n  name: single\n  metric: mean_reward\n  max_steps: 100\n  smaller_is_better: false\nentrypoint: model_def:A2CTrial\nmin_validation_period: 2\nresources:\n  slots_per_trial: 2\n'],
    // Marian's yaml-cpp converts each option to its declared type.
    ['marian', 'yaml-1.2', 'clip-norm: 0\nearly-stopping: 20\nlearn-rate: 0.0003\nlr-decay-inv-sqrt: 32000\nlr-warmup: 16000\nmini-batch-fit: true\noptimizer-delay: 2\noptimizer-params: [0.9, 0.98, 1e-09]\nvalid-freq: 5000\n'],
  ])('detects %s and reads its YAML as %s does', (id, loader, text) => {
    const a = analysisOf(text);
    expect([a.frameworks[0]?.id, a.loader.id]).toEqual([id, loader]);
    expect(findings('yaml-sci-notation-string', text)).toEqual([]); // each converts `1e-5` to a float
  });

  it('reads a Guild AI guildfile as Guild does, with its patched float resolver (IKML `geom_end: 1e12`), by its name', () => {
    const guildfile = '- model: maml\n  operations:\n    train:\n      main: train\n      flags:\n        meta_lr: 0.001\n        geom_end: 1e12\n        num_iterations: 10000\n';
    const a = analysisOf(guildfile, 'yaml', { filePath: '/p/guild.yml' });
    expect([a.frameworks[0]?.id, a.loader.id]).toEqual(['guild', 'pyyaml-sci']);
    expect(analysisOf(guildfile, 'yaml', { filePath: '/p/configs/maml.yml' }).loader.id).toBe('pyyaml');
    // A properties file of a library built on RecBole (RecBole-GNN's SimGCL) is read by RecBole's Config as well.
    const simgcl = 'embedding_size: 64\nn_layers: 2\nreg_weight: 1e-4\nlambda: 0.5\n';
    expect(analysisOf(simgcl, 'yaml', { filePath: '/p/recbole_gnn/properties/model/SimGCL.yaml' }).loader.id).toBe('pyyaml-sci');
    expect(analysisOf(simgcl, 'yaml', { filePath: '/p/my_gnn/properties/model/SimGCL.yaml' }).loader.id).not.toBe('pyyaml-sci');
  });

  it('puts the program that reads the file before frameworks that only share its names (profiles\' `readsBefore`)', () => {
    // A Hydra app's `trainer:` fingerprints Lightning more strongly (5 against 2), but OmegaConf reads the file.
    const hydraApp = 'trainer:\n  _target_: lightning.pytorch.trainer.Trainer\n  max_epochs: 10\n  accelerator: gpu\n  devices: 1\n  check_val_every_n_epoch: 1\n  gradient_clip_val: 1.0\n  precision: 16-mixed\nmodel:\n  _target_: src.models.Net\n  lr: 1e-3\n';
    const app = analysisOf(hydraApp);
    expect(app.frameworks.map((f) => f.id)).toEqual(['hydra', 'lightning']);
    expect(app.frameworks[1].score).toBeGreaterThan(app.frameworks[0].score);
    expect(app.loader.id).toBe('omegaconf');
    // jsonargparse's own `class_path` shows LightningCLI reads it after all.
    const cli = analysisOf(`${hydraApp}optimizer:\n  class_path: torch.optim.AdamW\n  init_args:\n    lr: 0.001\n`);
    expect(cli.frameworks[0].id).toBe('lightning');
    // `'all'`: TrlParser reads a GRPO recipe before HF Trainer and TRL, which its keys fingerprint as well.
    const grpo = analysisOf('learning_rate: 5e-6\nnum_generations: 8\nmax_completion_length: 1024\nuse_vllm: true\nper_device_train_batch_size: 4\nnum_train_epochs: 1\nlr_scheduler_type: cosine\nwarmup_ratio: 0.1\ngradient_accumulation_steps: 4\nlogging_steps: 10\n');
    expect(grpo.frameworks[0].id).toBe('trl-online');
    expect(grpo.frameworks.slice(1).map((f) => f.id)).toContain('hf-trainer');
    // A framework forced in settings stays first: what the user says decides the loader.
    const forced = analysisOf('learning_rate: 5e-6\nnum_generations: 8\nmax_completion_length: 1024\nuse_vllm: true\nper_device_train_batch_size: 4\n', 'yaml', { frameworks: ['hf-trainer'] });
    expect(forced.frameworks[0]).toMatchObject({ id: 'hf-trainer', forced: true });
    expect(forced.loader.id).toBe('pyyaml');
  });

  it('takes UNITER-style JSON (ClipBERT) for its own trainer, whose `optim: adamw` is not HF TrainingArguments\' `optim`', () => {
    const clipbert = JSON.stringify({ output_dir: '/storage/vqa', train_batch_size: 32, val_batch_size: 32, gradient_accumulation_steps: 1, num_train_epochs: 5, min_valid_steps: 100, num_valid: 30, learning_rate: 1e-4, weight_decay: 1e-3, decay: 'linear', optim: 'adamw', betas: [0.9, 0.98], grad_norm: 2.0 }, null, 2);
    expect(analysisOf(clipbert, 'json').frameworks.map((f) => f.id)).toEqual(['uniter-lineage']);
    expect(findings('enum-optimizer-name', clipbert, 'json')).toEqual([]);
    // VALOR keeps UNITER's `pin_mem` beside `grad_norm` and `optim`.
    const valor = JSON.stringify({ output_dir: '', gradient_accumulation_steps: 1, learning_rate: 1e-4, optim: 'adamw', betas: [0.9, 0.98], weight_decay: 0.01, grad_norm: 5.0, warmup_ratio: 0.1, seed: 50, fp16: true, pin_mem: true }, null, 2);
    expect(analysisOf(valor, 'json').frameworks[0]?.id).toBe('uniter-lineage');
    expect(findings('enum-optimizer-name', valor, 'json')).toEqual([]);
    // HF's own `optim` stays checked.
    expect(findings('enum-optimizer-name', JSON.stringify({ output_dir: 'out', num_train_epochs: 3, per_device_train_batch_size: 8, optim: 'adamw' }), 'json')).toHaveLength(1);
  });

  it('does not take AudioLDM\'s `target`/`params` layout, which it reads with PyYAML, for taming-transformers\' main.py', () => {
    const audioldm = 'project: audioldm\nmodel:\n  target: audioldm_train.modules.latent_diffusion.ddpm.LatentDiffusion\n  params:\n    base_learning_rate: 1e-4\n';
    expect(analysisOf(audioldm).frameworks.map((f) => f.id)).not.toContain('taming-main');
    expect(findings('yaml-sci-notation-string', audioldm)).toHaveLength(1);
  });

  it('leaves the alignment handbook\'s H4ArgumentParser recipes to PyYAML: it converts nothing, unlike TrlParser', () => {
    const h4 = 'dataset_mixer:\n  HuggingFaceH4/ultrafeedback_binarized: 1.0\nlearning_rate: 1e-5\nmax_prompt_length: 512\nnum_generations: 4\nper_device_train_batch_size: 8\nnum_train_epochs: 1\n';
    expect(analysisOf(h4).frameworks.map((f) => f.id)).not.toContain('trl-online');
    expect(findings('yaml-sci-notation-string', h4)).toHaveLength(1);
    // The HF schema still applies to a TrlParser recipe.
    const grpo = 'learning_rate: 5e-6\nnum_generations: 8\nmax_completion_length: 1024\nuse_vllm: true\nper_device_train_batch_size: 4\nnum_train_epochs: 1\nlr_scheduler_type: cosine\n';
    expect(analysisOf(grpo).frameworks.map((f) => f.id)).toEqual(expect.arrayContaining(['trl-online', 'hf-trainer']));
  });

  it('does not take a program of its own for HF Trainer on `lr_scheduler_type` alone (MOMENT, pytorch-template)', () => {
    const moment = 'train_batch_size : 64\nmax_epoch: 5\nlr_scheduler_type: \'onecyclelr\'\ninit_lr: 0.00005\ndebug: False\nweight_decay: 0\n';
    expect(analysisOf(moment).frameworks.map((f) => f.id)).not.toContain('hf-trainer');
    expect(findings('enum-scheduler-name', moment)).toEqual([]);
    expect(analysisOf('learning_rate: 2.0e-5\nlr_scheduler_type: cosine\nwarmup_ratio: 0.1\noutput_dir: out\n').frameworks[0]?.id).toBe('hf-trainer');
  });

  it('reads PaddleNLP argument files as PaddleNLP\'s, not HF Trainer\'s (`evaluation_strategy` is current there)', () => {
    const paddle = '{\n  "model_name_or_path": "meta-llama/Meta-Llama-3-8B",\n  "dataset_name_or_path": "./data",\n  "per_device_train_batch_size": 1,\n  "learning_rate": 3e-04,\n  "evaluation_strategy": "steps",\n  "tensor_parallel_degree": 1,\n  "unified_checkpoint": true\n}\n';
    const a = analysisOf(paddle, 'json');
    expect(a.frameworks.map((f) => f.id)).toEqual(['paddlenlp']);
    expect(findings('deprecated-key', paddle, 'json')).toEqual([]);
    expect(findings('deprecated-key', 'per_device_train_batch_size: 1\nlearning_rate: 3.0e-4\nevaluation_strategy: steps\n')).toHaveLength(1);
  });

  it('reads PaddleFormers\' ERNIEKit files as PaddleNLP\'s successor\'s (paddleocr-aksara-jawa)', () => {
    const ernie = 'train_dataset_type: messages\ntrain_dataset_path: ./train.jsonl\ntrain_dataset_prob: "1.0"\nmodel_name_or_path: PaddlePaddle/PaddleOCR-VL\n' +
      'per_device_train_batch_size: 8\nnum_train_epochs: 5\nmax_estimate_samples: 500\neval_steps: 200\nevaluation_strategy: steps\nlearning_rate: 2.0e-4\n' +
      'sharding: stage1\nbf16: true\nfp16_opt_level: O2\npre_alloc_memory: 16\nsave_checkpoint_format: "flex_checkpoint"\n';
    expect(analysisOf(ernie).frameworks.map((f) => f.id)).toEqual(['paddlenlp']);
    expect(findings('deprecated-key', ernie)).toEqual([]);
  });

  it('takes UPPER_CASE reinforcement-learning settings for JaxMARL\'s Hydra scripts, but not the same names in lower case', () => {
    const lower = 'lr: 2.5e-4\nnum_envs: 16\nnum_steps: 128\ntotal_timesteps: 1e7\nupdate_epochs: 4\nanneal_lr: true\nenv_kwargs: {}\n';
    expect(analysisOf(lower).loader.id).toBe('pyyaml');
    expect(findings('yaml-sci-notation-string', lower).map((d) => d.line)).toEqual([4]);
  });

  it('does not take a TOML file for axolotl or LLaMA-Factory, whose command lines read YAML (qlora-pipe-lite)', () => {
    const names = 'model_dir = "/models/llama"\nload_in_4bit = true\nlora_r = 64\nlora_dropout = 0.05\nsequence_len = 4096\nmicro_batch_size = 1\nsample_packing = true\nlr = 2e-5\n';
    expect(analysisOf(names, 'toml').frameworks.map((f) => f.id)).not.toContain('axolotl');
    const yaml = names.replace(/ = /g, ': ');
    expect(analysisOf(yaml).frameworks[0]?.id).toBe('axolotl');
  });

  it('does not take a program of its own that counts micro-batches and epochs for axolotl without a key only axolotl writes', () => {
    // baichuan2-lora (the alpaca-lora lineage): `micro_batch_size` and `num_epochs` beside its own names.
    const own = 'r: 16\nalpha: 32\ndropout: 0.05\nnum_epochs: 2\nbatch_size: 2\nmicro_batch_size: 4\nlr: 2.0e-5\nweight_decay: 0.1\ngamma: 0.1\n';
    expect(analysisOf(own).frameworks.map((f) => f.id)).not.toContain('axolotl');
    expect(analysisOf(`base_model: NousResearch/Llama-2-7b-hf\n${own}`).frameworks.map((f) => f.id)).toContain('axolotl');
    expect(analysisOf('micro_batch_size: 2\nnum_epochs: 3\nsequence_len: 2048\nlearning_rate: 2e-4\n').frameworks[0]?.id).toBe('axolotl');
  });

  it('has a profile for each framework id', () => {
    for (const id of FRAMEWORK_IDS) expect(frameworkById(id)?.id).toBe(id);
    expect(frameworkById('nope')).toBeUndefined();
  });
});

describe('partial configs', () => {
  it('marks detectron2 children with _BASE_ as partial', () => {
    const a = analysisOf('_BASE_: "../Base-RCNN-FPN.yaml"\nMODEL:\n  WEIGHTS: "detectron2://ImageNetPretrained/MSRA/R-50.pkl"\nSOLVER:\n  MAX_ITER: 270000\n');
    expect(a.partial).toBe(true);
    expect(a.frameworks[0].id).toBe('detectron2');
  });

  it('marks Hydra defaults lists and # @package fragments as partial, but not Ludwig\'s defaults mapping', () => {
    expect(analysisOf('# @package _global_\ndefaults:\n  - override /model: mnist\nseed: 12345\n').partial).toBe(true);
    expect(analysisOf('defaults:\n  - _self_\n  - model: mnist\n').partial).toBe(true);
    expect(analysisOf('defaults:\n  number:\n    preprocessing:\n      normalization: zscore\n').partial).toBe(false);
    expect(analysisOf(SNIPPETS[0].text).partial).toBe(false);
  });
});

describe.skipIf(!HAS_SHARED)('framework detection on the shared corpus files the snippets come from', () => {
  it.each(SNIPPETS.map((s) => [s.framework, s] as const))('detects %s on its corpus file', (id, s) => {
    const path = join(CORPUS_DIR, s.corpusFile);
    expect(existsSync(path), s.corpusFile).toBe(true);
    const a = analysisOf(readFileSync(path, 'utf8'), formatFromPath(path)!);
    expect(a.frameworks[0]?.id).toBe(id);
    expect(a.loader.id).toBe(s.loader);
  });
});

if (!HAS_SHARED) console.warn('model/frameworks.test.ts: ../shared/corpus is absent; the corpus-file checks are skipped.');

describe('grid-search lists and loss types that fingerprint recommender toolboxes', () => {
  it('needs `hyper_parameters` to name the file\'s own keys, and RecBole\'s loss types by value', () => {
    expect(analysisOf('hyper_parameters: ["depth"]\nlr: 1e-3\n').frameworks.map((f) => f.id)).not.toContain('mmrec');
    expect(analysisOf('hyper_parameters:\n  lr: 1e-3\n').frameworks.map((f) => f.id)).not.toContain('mmrec');
    expect(analysisOf('inner_size: 256\nattn_dropout_prob: 0.5\nloss_type: sigmoid\nlr: 1e-3\n').frameworks.map((f) => f.id)).not.toContain('recbole');
  });
});

describe('the framework the folder layout shows composing a file', () => {
  it('reads the file first, before frameworks its keys fingerprint more strongly (FlagScale\'s Megatron settings in a Hydra group)', () => {
    const text = 'model:\n  tensor_model_parallel_size: 2\n  pipeline_model_parallel_size: 2\n  use_distributed_optimizer: true\n  lr_decay_style: cosine\n  train_iters: 1000\n  norm_epsilon: 1e-6\n';
    expect(analysisOf(text).frameworks[0]?.id).toBe('megatron');
    const composed = analysisOf(text, 'yaml', { composedBy: { framework: 'hydra', evidence: 'config group `train` in the defaults list of conf/train.yaml' } });
    expect([composed.frameworks.map((f) => f.id), composed.loader.id]).toEqual([['hydra', 'megatron'], 'omegaconf']);
    expect(findings('yaml-sci-notation-string', text)).toHaveLength(1);
    // A framework forced in settings still comes first.
    const forced = analysisOf(text, 'yaml', { frameworks: ['megatron'], composedBy: { framework: 'hydra', evidence: 'x' } });
    expect(forced.frameworks.map((f) => f.id)).toEqual(['megatron', 'hydra']);
  });

  it('reads yacs files with UPPER_CASE `OPTIM:` and `TRAINING:` namespaces (MPRNet) as yacs does', () => {
    const text = 'GPU: [0,1]\nVERBOSE: True\nMODEL:\n  MODE: \'Deblurring\'\nOPTIM:\n  BATCH_SIZE: 16\n  NUM_EPOCHS: 3000\n  LR_INITIAL: 2e-4\n  LR_MIN: 1e-6\nTRAINING:\n  VAL_AFTER_EVERY: 20\n';
    expect(analysisOf(text).loader.id).toBe('yacs');
    expect(findings('yaml-sci-notation-string', text)).toEqual([]);
  });
});


describe('key signals', () => {
  // Detection looks signals that name one key up by that name (frameworks.ts) and never calls their test: a name that
  // disagrees with the test would change what is detected without any snippet above noticing.
  const empty = { names: new Set<string>(), topLevel: new Set<string>(), topLevelKinds: new Map(), paths: new Set<string>(), values: new Map(), tags: new Set<string>(), hasInterpolation: false, comments: [], defaultsEntries: [], upperCaseKeys: false, upperCaseNamespaces: false, upperCaseTopLevel: false, inexactTopLevelNames: new Set<string>(), format: 'yaml' as const };
  it('name the key their test looks for, in the set it looks in', () => {
    let keyed = 0;
    for (const f of FRAMEWORKS) {
      for (const s of f.signals) {
        if (s.key === undefined) continue;
        keyed++;
        expect(s.test(empty), `${f.id}: ${s.evidence}`).toBe(false);
        expect(s.test({ ...empty, [s.key.in]: new Set([s.key.name]) }), `${f.id}: ${s.evidence}`).toBe(true);
      }
    }
    expect(keyed).toBeGreaterThan(900);
  });
});
