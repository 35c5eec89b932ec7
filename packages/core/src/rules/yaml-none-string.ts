import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { NUMERIC_CONCEPTS, WORD_NAME } from '../rule-kit/numeric-concepts.js';

/**
 * Python's `None` written into YAML. YAML spells null `null`, `~` or nothing; `None` is no null in YAML 1.1 (PyYAML,
 * OmegaConf) or YAML 1.2, so it reaches the program as the string "None". Where a setting holds a number, the
 * program's `if wd is None` then takes the string for a value and hands it on: OpenSeeD's `WEIGHT_DECAY_BIAS: None` goes
 * to AdamW as a weight decay (`'<=' not supported between instances of 'float' and 'str'`). yacs decodes string values
 * with `literal_eval`, which makes `None` None, and is left alone, as are typed loaders, which refuse the string.
 */
export default defineRule({
  id: 'yaml-none-string',
  severity: 'warn',
  category: 'syntax',
  description: 'Flag `None` in YAML, which every YAML loader reads as the string "None", where a number or null belongs',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'PyYAML resolver: null is ~|null|Null|NULL or empty', url: 'https://github.com/yaml/pyyaml/blob/main/lib/yaml/resolver.py' },
    { title: 'YAML 1.2 core schema: null', url: 'https://yaml.org/spec/1.2.2/#1032-tag-resolution' },
    { title: 'yacs config.py _decode_cfg_value: literal_eval of string values', url: 'https://github.com/rbgirshick/yacs/blob/master/yacs/config.py' },
  ],
  check(ctx) {
    if (ctx.doc.format !== 'yaml' || ctx.loader.decodesMappingValues || ctx.loader.id === 'typed' || ctx.loader.id === 'jsonargparse') return;
    for (const field of ctx.fields) {
      const node = field.value;
      if (node.kind !== 'scalar' || node.tag || node.style !== 'plain' || node.raw.trim() !== 'None') continue;
      if (field.concept === undefined || !NUMERIC_CONCEPTS.has(field.concept) || WORD_NAME.test(field.normalized)) continue;
      ctx.report({
        field,
        message: `None is read as the string "None" by ${ctx.loader.name}, not as null.`,
        explanation:
          `${fieldName(field)} holds a number, or nothing. YAML writes nothing as \`null\`, \`~\` or an empty value; Python's \`None\` is no null in any YAML version, so ${ctx.loader.name} returns the string "None". ` +
          'A program that checks `is None` then takes the string for a value and passes it on where a number belongs (`\'<=\' not supported between instances of \'float\' and \'str\'`), or fails to convert it. ' +
          'Write `null` (or remove the key to use the program\'s default); keep `None` only if the program compares the value with the string "None" itself.',
      });
    }
  },
});
