/**
 * The keys the frameworks mlconfig knows define, and the words they are made of (see model/code-words.ts): a word a
 * framework uses in a key is spelt on purpose wherever it appears, whatever a project's own code says.
 */
import { AXOLOTL_KEYS } from '../frameworks-data/axolotl.js';
import { DS_BF16_KEYS, DS_FP16_KEYS, DS_TOP_LEVEL_KEYS, DS_ZERO_KEYS } from '../frameworks-data/deepspeed.js';
import { HF_SCRIPT_KEYS, HF_TRAINING_ARGS } from '../frameworks-data/hf-training-args.js';
import { LIGHTGBM_ALIASES, LIGHTGBM_PARAMS } from '../frameworks-data/lightgbm.js';
import { LITGPT_KEYS } from '../frameworks-data/litgpt.js';
import { LLAMA_FACTORY_KEYS } from '../frameworks-data/llama-factory.js';
import { LUDWIG_LR_SCHEDULER_KEYS, LUDWIG_OPTIMIZER_FIELDS } from '../frameworks-data/ludwig.js';
import { ML_AGENTS_RUN_KEYS, ML_AGENTS_TRAINER_KEYS } from '../frameworks-data/ml-agents.js';
import { LIGHTNING_1_TRAINER_ARGS } from '../frameworks-data/torch.js';
import { XGBOOST_PARAMS } from '../frameworks-data/xgboost.js';
import { CONCEPTS } from '../classify/concepts.js';
import { wordsOf } from '../model/code-words.js';

let keys: ReadonlySet<string> | undefined;
let words: ReadonlySet<string> | undefined;

/** Every key of the frameworks' schemas and of the concept vocabulary, lower-cased. */
export function knownFrameworkKeys(): ReadonlySet<string> {
  if (keys !== undefined) return keys;
  const all = new Set<string>();
  const add = (names: Iterable<string>): void => {
    for (const n of names) all.add(n.toLowerCase());
  };
  for (const set of [AXOLOTL_KEYS, DS_BF16_KEYS, DS_FP16_KEYS, DS_TOP_LEVEL_KEYS, DS_ZERO_KEYS, HF_SCRIPT_KEYS, HF_TRAINING_ARGS, LIGHTGBM_PARAMS, LITGPT_KEYS, LLAMA_FACTORY_KEYS, LUDWIG_LR_SCHEDULER_KEYS, ML_AGENTS_RUN_KEYS, ML_AGENTS_TRAINER_KEYS, LIGHTNING_1_TRAINER_ARGS, XGBOOST_PARAMS]) add(set);
  add(Object.keys(LIGHTGBM_ALIASES));
  for (const fields of Object.values(LUDWIG_OPTIMIZER_FIELDS)) add(fields);
  for (const concept of CONCEPTS) add(concept.names);
  keys = all;
  return all;
}

/** The words of those keys. */
export function knownWords(): ReadonlySet<string> {
  if (words !== undefined) return words;
  const all = new Set<string>();
  for (const key of knownFrameworkKeys()) for (const w of wordsOf(key)) all.add(w);
  words = all;
  return all;
}
