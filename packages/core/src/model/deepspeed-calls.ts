/**
 * Whether a script hands DeepSpeed its config itself (`deepspeed.initialize(config=training_args.deepspeed, ...)`, as
 * LOMO's own trainer does with the file its HF-style arguments name) and whether it builds HF's Trainer or one derived
 * from it. HF's Trainer compares the DeepSpeed file with its arguments and refuses to start when they differ
 * (`HfTrainerDeepSpeedConfig.trainer_config_finalize`); a project that only calls `deepspeed.initialize` never runs
 * that comparison, so DeepSpeed uses its own values and the arguments only where the project's code reads them.
 */

/** `deepspeed.initialize(` (or `ds.initialize(` after `import deepspeed as ds`). */
const INITIALIZE = /\bdeepspeed\s*\.\s*initialize\s*\(/;
/** HF's Trainer or TRL's, built (`Seq2SeqTrainer(`) or subclassed (`class LoRATrainer(Trainer):`). */
const HF_TRAINER = /\b(?:transformers\s*\.\s*|trl\s*\.\s*)?(?:Seq2Seq|SFT|DPO|ORPO|KTO|CPO|Reward|PPO|GRPO|RLOO|OnlineDPO|GKD|IterativeSFT)?Trainer\s*(?:\(|\)\s*:|,)/;

export interface DeepSpeedCalls {
  readonly initializes: boolean;
  readonly hfTrainer: boolean;
}

export function deepspeedCalls(code: string): DeepSpeedCalls {
  return {
    initializes: code.includes('initialize') && INITIALIZE.test(code),
    hfTrainer: code.includes('Trainer') && HF_TRAINER.test(code),
  };
}
