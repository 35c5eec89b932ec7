/**
 * Whether a script is a program of its own that reads its settings as attributes of an argparse namespace
 * (`args.per_gpu_train_batch_size`, `args.fp16`) or of the config object it loaded (`cfg.learning_rate`), and whether it
 * uses HF's argument classes. The pre-Trainer HF example scripts and the research code copied from them (the DSTC9
 * track-1 baseline) take HF's names for their own argparse options and often fill the namespace from a JSON file
 * (`args.update(json.load(f))`); diffusers-style trainers (Era3D, Wonder3D) take them for the fields of their own
 * `TrainingConfig` and read the YAML with OmegaConf: such a file is that program's, not `TrainingArguments`, and HF's
 * deprecations, types and YAML reader do not apply to it.
 */

/** `args.name`, `self.args.name`, `cfg.name`, `self.config.name`: the attribute names a script reads from its settings. */
const SETTINGS_ATTRIBUTE = /(?<![\w.])(?:self\s*\.\s*)?(?:args|cfg|config|conf|opt|hparams)\s*\.\s*([A-Za-z_]\w*)/g;
/**
 * `cfg["name"]`, `train_cfg.get("name", …)`, `PARAMS['name']`: the keys a script reads from a dictionary of settings it
 * loaded (a variable whose name ends in cfg, config, conf, params, hparams, settings or args).
 */
const SETTINGS_KEY = /(?<![\w.])(?:self\s*\.\s*)?[A-Za-z_]*(?:args|cfg|config|conf|params|settings)\s*(?:\[\s*|\.get\(\s*)(["'])([A-Za-z_]\w*)\1/gi;
/** HF's argument classes and parsers, and the trainers that take them. */
const HF_ARGUMENTS = /\b(?:(?:Seq2Seq)?TrainingArguments|HfArgumentParser|SFTConfig|DPOConfig|GRPOConfig|ORPOConfig|KTOConfig|RewardConfig|PPOConfig)\b/;

export interface OwnArgumentReads {
  /** Attribute names read from `args` or a config object, sorted. */
  readonly names: readonly string[];
  /** Keys read from a loaded dictionary of settings (`cfg["lr"]`, `cfg.get("lr")`), sorted. */
  readonly keys: readonly string[];
  /** The script names one of HF's argument classes or parsers. */
  readonly hfArguments: boolean;
}

export function ownArgumentReads(code: string): OwnArgumentReads {
  const names = new Set<string>();
  for (const m of code.matchAll(SETTINGS_ATTRIBUTE)) names.add(m[1]!);
  const keys = new Set<string>();
  for (const m of code.matchAll(SETTINGS_KEY)) keys.add(m[2]!);
  return { names: [...names].sort(), keys: [...keys].sort(), hfArguments: HF_ARGUMENTS.test(code) };
}
