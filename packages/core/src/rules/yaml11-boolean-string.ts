import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { quoteScalar } from '../rule-kit/edits.js';
import { walkNodes } from '../rule-kit/walk.js';
import { normalizeKey } from '../classify/normalize.js';
import type { ScalarNode } from '../document/types.js';
import { BOOL_11_WORDS as BOOLEAN_WORD } from '../loader/yaml-scalars.js';

/** Keys whose consumers expect a string (an enum or a name), so a boolean is never what was meant. */
const STRING_KEYS = new Set([
  'distributed_type', 'dynamo_backend', 'eval_strategy', 'evaluation_strategy', 'save_strategy', 'logging_strategy', 'hub_strategy',
  'report_to', 'lr_scheduler_type', 'optim', 'compute_environment', 'rdzv_backend', 'fsdp_sharding_strategy', 'fsdp_state_dict_type',
  'fsdp_backward_prefetch', 'fsdp_auto_wrap_policy', 'offload_optimizer_device', 'offload_param_device', 'zero3_init_flag_mode',
  'include_num_input_tokens_seen', 'padding_side', 'truncation_side',
]);
const STRING_SUFFIX = /_(?:strategy|type|mode|backend|policy|method|format|device)$/;

/**
 * PyYAML (and OmegaConf, jsonargparse, which build on it) read the plain words `yes`, `no`, `on` and
 * `off` in any of their listed spellings as booleans. `eval_strategy: no` then reaches HF Trainer as
 * `False` ("False is not a valid IntervalStrategy") and `distributed_type: NO` reaches Accelerate as
 * `False` instead of `"NO"`. Accelerate's `mixed_precision: no` is converted back on purpose and is
 * not reported.
 */
export default defineRule({
  id: 'yaml11-boolean-string',
  severity: 'warn',
  category: 'syntax',
  description: 'Flag unquoted yes/no/on/off that PyYAML reads as booleans where a string is expected',
  presets: ['recommended', 'strict'],
  fixable: true,
  references: [
    { title: 'PyYAML resolver: bool is yes|Yes|YES|no|No|NO|true|...|on|On|ON|off|Off|OFF', url: 'https://github.com/yaml/pyyaml/blob/main/lib/yaml/resolver.py' },
    { title: 'YAML 1.1 boolean type (yes/no/on/off)', url: 'https://yaml.org/type/bool.html' },
    { title: 'accelerate config_args.py: converts mixed_precision False back to "no"', url: 'https://github.com/huggingface/accelerate/blob/main/src/accelerate/commands/config/config_args.py' },
  ],
  check(ctx) {
    if (ctx.doc.format !== 'yaml' || !ctx.loader.yaml11Booleans) return;
    const accelerate = ctx.hasFramework('accelerate');
    for (const { node, key } of walkNodes(ctx.doc)) {
      if (key && isBooleanWord(key)) {
        ctx.report({
          range: key.range,
          pointer: node.pointer,
          message: `The key \`${key.raw}\` is read as the boolean ${String(key.value === true || /^(?:yes|on)$/i.test(key.raw))} by ${ctx.loader.name}.`,
          explanation: `${ctx.loader.name} follows YAML 1.1, where a plain \`${key.raw}\` is a boolean even as a mapping key, so code that looks the key up by name ("${key.raw}") does not find it. Quote it: \`"${key.raw}"\`.`,
          fix: { description: `Write "${key.raw}"`, edits: [quoteScalar(key)] },
        });
      }
      if (!key || node.kind !== 'scalar' || !isBooleanWord(node)) continue;
      const name = normalizeKey(String(key.value));
      if (!STRING_KEYS.has(name) && !STRING_SUFFIX.test(name)) continue;
      if (accelerate && name === 'mixed_precision') continue;
      const field = ctx.fields.find((f) => f.value === node);
      const meant = /^(?:yes|on)$/i.test(node.raw.trim());
      ctx.report({
        ...(field ? { field } : { node }),
        message: `${node.raw.trim()} is read as the boolean ${meant} by ${ctx.loader.name}, not as the string "${node.raw.trim()}".`,
        explanation:
          `${field ? fieldName(field) : `\`${String(key.value)}\``} expects a name, but ${ctx.loader.name} follows YAML 1.1 and reads the plain word \`${node.raw.trim()}\` as ${meant}. ` +
          'The program then receives a boolean where it expects a string: an enum lookup fails ("False is not a valid IntervalStrategy") or the setting is silently read as off. ' +
          `Quote it: \`"${node.raw.trim()}"\` means the same string to every YAML loader.`,
        fix: { description: `Write "${node.raw.trim()}"`, edits: [quoteScalar(node)] },
      });
    }
  },
});

function isBooleanWord(node: ScalarNode): boolean {
  return node.style === 'plain' && !node.tag && BOOLEAN_WORD.test(node.raw.trim());
}
