import { defineRule } from '../rule-kit/types.js';
import { toDotted, toPointer } from '../document/pointer.js';

/**
 * The same key twice in one mapping: PyYAML and `json.load` silently keep the last value, while
 * OmegaConf and DeepSpeed's JSON loader refuse the file. Either way one of the two values is lost.
 */
/**
 * JSON has no comments, so programs that read it with `json.load` often write them as keys repeated in every
 * block (`"_comment": " that's all"` in DeepMD-kit's inputs, `"//"` elsewhere); losing one loses nothing a
 * program reads. So are keys named as a comment on the key below them (`"_comment_savedir": "where to save output"`
 * in AnimalPoseForecasting's configs, whose reader drops every key matching `^_comment`). DeepSpeed's loader still
 * refuses any duplicate, so its files keep the finding.
 */
const COMMENT_KEY = /^(?:_+comments?(?:_[\w.-]*)?|\/\/|#)$/i;

/**
 * A bare `"comment"` key may be a setting, but repeated with prose each time (AMPL's test configs write a
 * `"comment": "Model parameters"` line before each group of keys) it is a comment too: `json.load` keeps the
 * last sentence, which nothing reads.
 */
const BARE_COMMENT_KEY = /^comments?$/i;
const PROSE_VALUE = /^[ \t]*:[ \t]*"[^"\n]*[ \t][^"\n]*"/;

/**
 * A YAML key repeated only to host anchors (`define: &img_size 384`, then `define: &backbone resnet50`, in
 * BasicSR-style option files) is never read for its own value: the anchors are, through their aliases.
 */
const ANCHORED_VALUE = /^[ \t]*:[ \t]*&[^\s]/;

export default defineRule({
  id: 'duplicate-key',
  severity: 'error',
  category: 'syntax',
  description: 'Forbid the same key twice in one mapping',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'OmegaConf YAML loader: "found duplicate key"', url: 'https://github.com/omry/omegaconf/blob/master/omegaconf/_utils.py' },
    { title: 'DeepSpeed config: dict_raise_error_on_duplicate_keys', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/config_utils.py' },
  ],
  check(ctx) {
    const commentsAsKeys = ctx.doc.format !== 'yaml' && ctx.doc.format !== 'toml' && !ctx.hasFramework('deepspeed');
    for (const dup of ctx.doc.duplicateKeys) {
      if (commentsAsKeys && COMMENT_KEY.test(dup.name)) continue;
      if (commentsAsKeys && BARE_COMMENT_KEY.test(dup.name) && proseAfter(ctx.doc.text, dup.first[1]) && proseAfter(ctx.doc.text, dup.key[1])) continue;
      if (ctx.doc.format === 'yaml' && anchorHost(ctx.doc.text, dup.first[1]) && anchorHost(ctx.doc.text, dup.key[1])) continue;
      const firstLine = ctx.lines.positionAt(dup.first[0]).line;
      ctx.report({
        range: dup.key,
        pointer: toPointer(dup.path),
        message: `Key \`${dup.name}\` is already set on line ${firstLine}.`,
        explanation:
          `\`${toDotted(dup.path)}\` appears twice in the same mapping. PyYAML and \`json.load\` keep the last value without a word, OmegaConf (Hydra, NeMo) and DeepSpeed refuse the file, ` +
          'so depending on the loader one of the two values is silently lost or the run does not start. Remove one of them.',
      });
    }
  },
});

/** Whether the value after the JSON key that ends at `keyEnd` is a string of more than one word. */
function proseAfter(text: string, keyEnd: number): boolean {
  return PROSE_VALUE.test(text.slice(keyEnd, keyEnd + 400));
}

/** Whether the value after the key that ends at `keyEnd` carries an anchor. */
function anchorHost(text: string, keyEnd: number): boolean {
  return ANCHORED_VALUE.test(text.slice(keyEnd, keyEnd + 200));
}
