/**
 * The top-level keys `litgpt pretrain|finetune|finetune_lora|finetune_adapter --config x.yaml` accepts: the parameters
 * of those commands' `setup(...)` functions, which jsonargparse turns into the config's keys and refuses any other. The
 * same list is `schemas/litgpt.schema.json`'s properties (its `additionalProperties` is false); a test keeps the two equal.
 */
export const LITGPT_KEYS: ReadonlySet<string> = new Set([
  'out_dir', 'precision', 'devices', 'num_nodes', 'seed', 'logger_name', 'log', 'data', 'train', 'eval', 'optimizer', 'checkpoint_dir', 'quantize',
  'access_token', 'resume', 'lora_r', 'lora_alpha', 'lora_dropout', 'lora_query', 'lora_key', 'lora_value', 'lora_projection', 'lora_mlp', 'lora_head',
  'model_name', 'model_config', 'initial_checkpoint_dir', 'tokenizer_dir',
]);
