import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { hyperparameterConceptOfName } from '../classify/classify.js';
import { normalizeKey } from '../classify/normalize.js';
import { stringValue } from '../loader/special-values.js';
import { NUMERIC_CONCEPTS, WORD_NAME } from '../rule-kit/numeric-concepts.js';

/** `opt.lr`, `training.batch_size`: a dotted path of two or more key names, and nothing else. */
const KEY_PATH = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;

/**
 * A reference to another setting written without OmegaConf's `${…}`: mcmikey101/recognition_model's Hydra option
 * `scheduler/onecyclelr.yaml` writes `max_lr: opt.lr`, meaning the optimizer's rate, and OmegaConf hands OneCycleLR the
 * string "opt.lr", which it divides by `div_factor` when it is built (`unsupported operand type(s) for /: 'str' and
 * 'float'`). Only in files OmegaConf reads, where `${opt.lr}` is the fix, and only where the path's last key names the
 * same setting as the key it is written under (a rate for a rate, a batch size for a batch size), so a value that
 * merely contains a dot is left alone.
 */
export default defineRule({
  id: 'interpolation-missing-braces',
  severity: 'error',
  category: 'syntax',
  description: 'Flag a numeric setting whose value is another setting\'s key path written without OmegaConf\'s `${...}`',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'OmegaConf: variable interpolation is written ${path.to.key}', url: 'https://omegaconf.readthedocs.io/en/latest/usage.html#variable-interpolation' },
    { title: 'torch.optim.lr_scheduler.OneCycleLR: max_lr is a float or a list of floats', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.OneCycleLR.html' },
  ],
  check(ctx) {
    if (ctx.loader.id !== 'omegaconf') return;
    for (const field of ctx.fields) {
      if (field.concept === undefined || !NUMERIC_CONCEPTS.has(field.concept) || WORD_NAME.test(field.normalized)) continue;
      const value = stringValue(field.value);
      if (value === undefined || !KEY_PATH.test(value)) continue;
      const last = value.slice(value.lastIndexOf('.') + 1);
      if (normalizeKey(last) !== field.normalized && hyperparameterConceptOfName(last) !== field.concept) continue;
      ctx.report({
        field,
        message: `\`${field.name}\` is the string "${value}", not the value of \`${value}\`; OmegaConf interpolates only \`\${${value}}\`.`,
        explanation:
          `${fieldName(field)} holds a number, and its value names another setting by its key path. OmegaConf replaces a reference with the value it points to only when it is written \`\${${value}}\`; ` +
          `without the braces the program receives the text "${value}" and fails where it needs a number (a PyTorch optimizer compares it with 0, OneCycleLR divides it, a DataLoader refuses it as a batch size). ` +
          `Write \`${field.name}: \${${value}}\` (quote it in flow style), or the number itself.`,
      });
    }
  },
});
