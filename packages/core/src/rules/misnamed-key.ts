import { UNREAD_KEY_REFERENCES, ownCodeVocabulary } from '../rule-kit/project-code.js';
import { defineRule, type Fix } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { replaceScalar } from '../rule-kit/edits.js';
import { otherNameRead } from '../rule-kit/other-names.js';

/**
 * A setting written under a name the project's code never reads, while the code reads the same setting under another
 * name in that section: nhtlongcs/liveness-detection's configs write `trainer: {lr: 0.0004}` and its models read
 * `self.cfg.get("trainer", {}).get("learning_rate", 1e-3)`, so every run trains at 1e-3. YAML and a dictionary take any
 * key, and the program's default stands in for the value written.
 *
 * Only where the project's whole Python code was read, in a file no framework reads, for names that mean one setting
 * wherever they are used (SYNONYMS). The key is named nowhere in the code (not as an attribute, a quoted key or a
 * declared field), its section is neither handed on whole (`**cfg.trainer`, `build(cfg.trainer)`) nor gone through
 * entry by entry, and the other name is read through that section (`.trainer.learning_rate`, `["trainer"]["learning_rate"]`).
 */
export default defineRule({
  id: 'misnamed-key',
  severity: 'warn',
  category: 'consistency',
  description: "Flag a setting the project's code never reads when it reads the same setting under another name in that section",
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  references: UNREAD_KEY_REFERENCES,
  check(ctx) {
    const vocabulary = ownCodeVocabulary(ctx);
    if (vocabulary === undefined) return;
    for (const field of ctx.fields) {
      const read = otherNameRead(field, vocabulary, ctx.fields, ctx.packagePath);
      if (read === undefined) continue;
      const rename: Fix = { description: `Rename to \`${read.name}\``, edits: [replaceScalar(field.key, read.name)] };
      ctx.report({
        field,
        on: 'key',
        message: `No script of the project reads \`${field.name}\`; the code reads this setting as \`${read.section}.${read.name}\`.`,
        explanation:
          `${fieldName(field)}${field.parent === undefined ? ` (under \`${ctx.packagePath}\`, where the composing config puts this file's keys)` : ''} is named nowhere in the project's Python code, while ${read.script} reads \`${read.section}.${read.name}\`, another name for the same setting. ` +
          'A YAML or JSON file and the dictionary it loads into take any key: the program asks for the name it knows and gets its default (or a KeyError), so the value written here never reaches training. ' +
          `Rename the key to \`${read.name}\`; if another program reads this file, tell mlconfig with an inline \`mlconfig-disable-next-line misnamed-key\` comment.`,
        suggestions: [rename],
      });
    }
  },
});
